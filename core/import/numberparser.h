// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace jamfor {

// Reads the numbers of a text table the way Swedish and English exports write them, and
// refuses what it cannot read for certain. The rules (also in the user documentation):
//
// - Empty, "-" and "–" mean missing (bortfall), "." not applicable, ".." confidential.
// - A minus sign may be "-" or "−" (U+2212); "+" is allowed.
// - Spaces, no-break spaces and narrow no-break spaces separate thousands: "1 234 567,5".
// - A comma or a point is a decimal separator, or separates thousands when the other one is
//   the file's decimal separator ("1,234.5", "1.234,5").
// - The file's decimal separator is decided once, by the first value that shows it: a value
//   with both (the last one is the decimal separator), a separator that repeats (it separates
//   thousands, so the other one is the decimal separator), or a single separator that cannot
//   separate thousands (not followed by exactly three digits, or after a leading 0, after more
//   than three digits or after a space-separated group). A later value that contradicts it is
//   refused, naming where the decision was made.
// - A value with one separator followed by exactly three digits ("1,234", "12.345") is read
//   with the file's decimal separator. If no earlier value (the importer looks at the first
//   65,536 rows before it starts) has decided it, the value is ambiguous and refused.
// - Digit groups after the first must have exactly three digits; "12 34" is not a number.
// - NaN, infinities, percent signs, units and anything else are not numbers.
class NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)

public:
    enum class Decimal
    {
        Unknown,
        Comma,
        Point
    };
    enum class Kind
    {
        Value,
        Missing,
        NotApplicable,
        Confidential,
        Invalid
    };
    struct Result
    {
        Kind kind = Kind::Invalid;
        double value = 0;
        QString error; // for Invalid: what is wrong, naming the text
    };

    NumberParser() = default;
    explicit NumberParser(Decimal decimal)
        : m_decimal(decimal)
    {}

    // Turns a row number into the words for a message ("line 5", "Blad1 row 5").
    void setRowDescription(std::function<QString(qint64)> describe)
    {
        m_describeRow = std::move(describe);
    }

    // A cell of a text table (UTF-8). May decide the file's decimal separator.
    Result parse(QByteArrayView text, qint64 row);
    // Like parse, but only learns the decimal separator and never fails.
    void learn(QByteArrayView text, qint64 row);
    // A number stored by a program: a point as decimal separator, no thousands separators,
    // perhaps an exponent (XLSX number cells).
    static Result parseMachine(QByteArrayView text);

    Decimal decimal() const { return m_decimal; }
    qint64 decidedAt() const { return m_decidedAt; }

    // Strips ASCII blanks, no-break and narrow no-break spaces from both ends.
    static QByteArrayView trimmed(QByteArrayView text);

private:
    Result interpret(QByteArrayView text, qint64 row, bool learning);
    Result invalid(QByteArrayView text) const;
    QString describeRow(qint64 row) const;

    Decimal m_decimal = Decimal::Unknown;
    qint64 m_decidedAt = 0;
    std::function<QString(qint64)> m_describeRow;
};

} // namespace jamfor
