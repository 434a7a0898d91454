// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"

#include <QString>
#include <optional>

namespace jamfor {

// Kolada splits many indicators by gender: T total, K women (kvinnor), M men.
enum class Gender
{
    Total,
    Women,
    Men
};

// Why an observation has no value. Kolada marks these "-", "." and "..".
enum class ValueStatus
{
    Ok,
    Missing,
    NotApplicable,
    Confidential
};

template <> struct EnumTable<Gender>
{
    static constexpr EnumEntry<Gender> entries[] = {
        {Gender::Total, QLatin1StringView("T"), QT_TRANSLATE_NOOP("jamfor::Enum", "Total")},
        {Gender::Women, QLatin1StringView("K"), QT_TRANSLATE_NOOP("jamfor::Enum", "Women")},
        {Gender::Men, QLatin1StringView("M"), QT_TRANSLATE_NOOP("jamfor::Enum", "Men")},
    };
    static constexpr std::optional<Gender> fallback = std::nullopt; // unknown codes are rejected
};

// The label of Ok is shown nowhere today; the others are the import dialogs' words.
template <> struct EnumTable<ValueStatus>
{
    static constexpr EnumEntry<ValueStatus> entries[] = {
        {ValueStatus::Ok, QLatin1StringView(), QT_TRANSLATE_NOOP("jamfor::Enum", "Has a value")},
        {ValueStatus::Missing, QLatin1StringView("missing"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Missing")},
        {ValueStatus::NotApplicable, QLatin1StringView("not_applicable"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not applicable")},
        {ValueStatus::Confidential, QLatin1StringView("confidential"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Confidential")},
    };
    static constexpr std::optional<ValueStatus> fallback = std::nullopt; // unknown: rejected
};

inline QString genderCode(Gender gender) // "T", "K", "M"
{
    return enumCode(gender);
}
inline std::optional<Gender> genderFromCode(const QString& code)
{
    return enumFromCode<Gender>(code);
}
// "" (null), "missing", "not_applicable", "confidential"
inline QString statusCode(ValueStatus status)
{
    return enumCode(status);
}
inline std::optional<ValueStatus> statusFromCode(const QString& code)
{
    return enumFromCode<ValueStatus>(code);
}

// One number: indicator × unit × year × gender, or the reason it is absent.
struct Observation
{
    QString indicatorId;
    QString unitId;
    int year = 0;
    Gender gender = Gender::Total;
    std::optional<double> value;
    ValueStatus status = ValueStatus::Ok;

    friend bool operator==(const Observation&, const Observation&) = default;
};

} // namespace jamfor
