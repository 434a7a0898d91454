// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <type_traits>

namespace jamfor {

// One value of an enum with its code and the words the user sees.
template <class E> struct EnumEntry
{
    E value;
    // The code in files, the database and the command line. Empty where the enum has none.
    // QLatin1StringView() gives a null QString, QLatin1StringView("") an empty one: the code
    // functions this table replaced returned one or the other, and both are kept.
    QLatin1StringView code;
    // English, written QT_TRANSLATE_NOOP("jamfor::Enum", "...") so that every label of every
    // enum is translated once, in one context.
    const char* label;
    // A second wording, for the one place that words a value differently (reports and charts
    // say "No better direction" where choice lists say "Neither"); nullptr: the label.
    const char* reportLabel = nullptr;
};

// The table of one enum, specialised next to the enum:
//
//     template <> struct EnumTable<Direction>
//     {
//         static constexpr EnumEntry<Direction> entries[] = {...}; // the choice lists' order
//         static constexpr std::optional<Direction> fallback = Direction::None;
//     };
//
// fallback is what an unknown code reads as; std::nullopt: an unknown code is rejected.
template <class E> struct EnumTable;

// The translation context of every enum label.
inline constexpr char enumLabelContext[] = "jamfor::Enum";

namespace detail {

// QCoreApplication::translate(enumLabelContext, label); kept out of the header.
QString translateEnumLabel(const char* label);

template <class E> constexpr const EnumEntry<E>* findEnumEntry(E value)
{
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return &entry;
    }
    // A value outside the enum: like the switches of old, it reads as the fallback.
    if constexpr (EnumTable<E>::fallback.has_value()) {
        for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
            if (entry.value == *EnumTable<E>::fallback)
                return &entry;
        }
    }
    return nullptr;
}

} // namespace detail

// The value's code ("higher", "K", ""), see EnumEntry::code.
template <class E> QString enumCode(E value)
{
    const EnumEntry<E>* entry = detail::findEnumEntry(value);
    return entry ? QString(entry->code) : QString();
}

// The value with the code. An enum with a fallback gives E, the fallback for an unknown code;
// one without (Gender, ValueStatus) gives std::optional<E>, std::nullopt for an unknown code.
template <class E> auto enumFromCode(QStringView code)
{
    constexpr std::optional<E> fallback = EnumTable<E>::fallback;
    std::optional<E> found;
    for (const EnumEntry<E>& entry : EnumTable<E>::entries) {
        if (code == entry.code) {
            found = entry.value;
            break;
        }
    }
    if constexpr (fallback.has_value())
        return found.value_or(*fallback);
    else
        return found;
}

// The value in the user's words, translated: "Higher is better", "Kvinnor".
template <class E> QString enumLabel(E value)
{
    const EnumEntry<E>* entry = detail::findEnumEntry(value);
    return entry ? detail::translateEnumLabel(entry->label) : QString();
}

// The value as reports and charts word it: the reportLabel where the table has one, else the
// label.
template <class E> QString enumReportLabel(E value)
{
    const EnumEntry<E>* entry = detail::findEnumEntry(value);
    if (!entry)
        return {};
    return detail::translateEnumLabel(entry->reportLabel ? entry->reportLabel : entry->label);
}

// Every value, in the order of the table: the order of the choice lists.
template <class E> QList<E> enumValues()
{
    QList<E> values;
    values.reserve(qsizetype(std::size(EnumTable<E>::entries)));
    for (const EnumEntry<E>& entry : EnumTable<E>::entries)
        values << entry.value;
    return values;
}

} // namespace jamfor
