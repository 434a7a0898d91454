// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

QString genderCode(Gender gender); // "T", "K", "M"
std::optional<Gender> genderFromCode(const QString& code);
QString statusCode(ValueStatus status); // "", "missing", "not_applicable", "confidential"
std::optional<ValueStatus> statusFromCode(const QString& code);

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
