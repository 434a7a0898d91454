// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/numberparser.h"

#include <charconv>
#include <cmath>

namespace jamfor {

namespace {

constexpr int maximumDigits = 64;
constexpr int maximumSeparators = 32;

bool isAsciiBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of a thousands-separating space at p: space, U+00A0 or U+202F in UTF-8; else 0.
int spaceAt(const char* p, const char* end)
{
    if (p < end && *p == ' ')
        return 1;
    if (end - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0')
        return 2;
    if (end - p >= 3 && p[0] == '\xE2' && p[1] == '\x80' && p[2] == '\xAF')
        return 3;
    return 0;
}

// Length of a no-break space ending just before end, or 0.
int spaceBefore(const char* begin, const char* end)
{
    if (end - begin >= 2 && end[-2] == '\xC2' && end[-1] == '\xA0')
        return 2;
    if (end - begin >= 3 && end[-3] == '\xE2' && end[-2] == '\x80' && end[-1] == '\xAF')
        return 3;
    return 0;
}

NumberParser::Decimal kindOf(char separator)
{
    return separator == ',' ? NumberParser::Decimal::Comma : NumberParser::Decimal::Point;
}

QString quoted(QByteArrayView text)
{
    QString shown = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 40)));
    if (text.size() > 40)
        shown += QStringLiteral("…");
    return shown;
}

struct Separator
{
    char kind; // ',', '.' or ' ' (any space)
    int at;    // digits before it
};

} // namespace

QByteArrayView NumberParser::trimmed(QByteArrayView text)
{
    const char* begin = text.data();
    const char* end = begin + text.size();
    for (;;) {
        if (begin < end && isAsciiBlank(*begin))
            ++begin;
        else if (const int length = spaceAt(begin, end); length > 1)
            begin += length;
        else
            break;
    }
    for (;;) {
        if (end > begin && isAsciiBlank(end[-1]))
            --end;
        else if (const int length = spaceBefore(begin, end); length > 0)
            end -= length;
        else
            break;
    }
    return QByteArrayView(begin, end - begin);
}

QString NumberParser::describeRow(qint64 row) const
{
    return m_describeRow ? m_describeRow(row) : tr("line %1").arg(row);
}

NumberParser::Result NumberParser::invalid(QByteArrayView text) const
{
    return {Kind::Invalid, 0, tr("the value \"%1\" is not a number").arg(quoted(text))};
}

NumberParser::Result NumberParser::parse(QByteArrayView text, qint64 row)
{
    return interpret(text, row, false);
}

void NumberParser::learn(QByteArrayView text, qint64 row)
{
    interpret(text, row, true);
}

NumberParser::Result NumberParser::interpret(QByteArrayView text, qint64 row, bool learning)
{
    // The common case first: plain digits with at most one point, as machines write them.
    if (!learning && !text.isEmpty() && text.size() <= 24) {
        const char* const begin = text.data();
        const char* const end = begin + text.size();
        const char* p = *begin == '-' ? begin + 1 : begin;
        const char* const first = p;
        while (p < end && isDigit(*p))
            ++p;
        const qsizetype before = p - first;
        const char* point = nullptr;
        if (p < end && *p == '.') {
            point = p++;
            while (p < end && isDigit(*p))
                ++p;
        }
        const qsizetype after = point ? p - point - 1 : 0;
        if (p == end && before > 0 && (!point || after > 0)) {
            const bool certain = after != 3 || before > 3 || *first == '0';
            if (!point || m_decimal == Decimal::Point ||
                (m_decimal == Decimal::Unknown && certain)) {
                double value = 0;
                const auto [stop, error] = std::from_chars(begin, end, value);
                if (error == std::errc() && stop == end && std::isfinite(value)) {
                    if (point && m_decimal == Decimal::Unknown) {
                        m_decimal = Decimal::Point;
                        m_decidedAt = row;
                    }
                    return {Kind::Value, value, {}};
                }
            }
        }
    }

    const QByteArrayView t = trimmed(text);
    if (t.isEmpty() || t == "-" || t == "\xE2\x80\x93")
        return {Kind::Missing, 0, {}};
    if (t == ".")
        return {Kind::NotApplicable, 0, {}};
    if (t == "..")
        return {Kind::Confidential, 0, {}};

    const char* p = t.data();
    const char* const end = p + t.size();
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    } else if (end - p >= 3 && p[0] == '\xE2' && p[1] == '\x88' && p[2] == '\x92') {
        negative = true;
        p += 3;
    }

    char digits[maximumDigits];
    int digitCount = 0;
    Separator separators[maximumSeparators];
    int separatorCount = 0;
    char exponent[16];
    int exponentLength = 0;
    while (p < end) {
        const char c = *p;
        if (isDigit(c)) {
            if (digitCount == maximumDigits)
                return invalid(t);
            digits[digitCount++] = c;
            ++p;
        } else if (c == ',' || c == '.' || spaceAt(p, end) > 0) {
            if (separatorCount == maximumSeparators)
                return invalid(t);
            const bool space = c != ',' && c != '.';
            // Two separators in a row, or a space before any digit, are not a number.
            if (separatorCount > 0 && separators[separatorCount - 1].at == digitCount)
                return invalid(t);
            if (space && digitCount == 0)
                return invalid(t);
            separators[separatorCount++] = {space ? ' ' : c, digitCount};
            p += space ? spaceAt(p, end) : 1;
        } else if ((c == 'e' || c == 'E') && digitCount > 0) {
            ++p;
            if (p < end && (*p == '-' || *p == '+'))
                exponent[exponentLength++] = *p++;
            const char* const exponentDigits = p;
            while (p < end && isDigit(*p) && exponentLength < 8)
                exponent[exponentLength++] = *p++;
            if (p != end || p == exponentDigits)
                return invalid(t);
        } else {
            return invalid(t);
        }
    }
    if (digitCount == 0 || (separatorCount > 0 && separators[separatorCount - 1].at == digitCount &&
                            separators[separatorCount - 1].kind == ' '))
        return invalid(t);

    int commas = 0;
    int points = 0;
    int spaces = 0;
    for (int i = 0; i < separatorCount; ++i) {
        const char kind = separators[i].kind;
        commas += kind == ',';
        points += kind == '.';
        spaces += kind == ' ';
    }

    char decimal = 0;  // the decimal separator of this value, if any
    char group = 0;    // the thousands separator of this value, if any
    char evidence = 0; // the decimal separator this value proves for the file
    if (commas > 0 && points > 0) {
        char last = 0;
        for (int i = 0; i < separatorCount; ++i) {
            if (separators[i].kind != ' ')
                last = separators[i].kind;
        }
        if ((last == ',' ? commas : points) != 1)
            return invalid(t);
        decimal = last;
        group = last == ',' ? '.' : ',';
        evidence = decimal;
    } else if (commas + points > 0) {
        const char kind = commas > 0 ? ',' : '.';
        if (commas + points > 1) {
            group = kind;
            evidence = kind == ',' ? '.' : ',';
        } else {
            int at = 0;
            for (int i = 0; i < separatorCount; ++i) {
                if (separators[i].kind == kind)
                    at = separators[i].at;
            }
            const int after = digitCount - at;
            const bool certain = exponentLength > 0 || spaces > 0 || after != 3 || at == 0 ||
                                 at > 3 || digits[0] == '0';
            if (certain) {
                decimal = kind;
                evidence = kind;
            } else if (m_decimal == Decimal::Unknown) {
                if (learning)
                    return {Kind::Invalid, 0, {}};
                const QString asDecimal =
                    QString::fromLatin1(digits, at) + u'.' + QString::fromLatin1(digits + at, 3);
                const QString asGrouped = QString::fromLatin1(digits, digitCount);
                return {Kind::Invalid, 0,
                        tr("the value \"%1\" is ambiguous: it is %2 if \"%3\" is the decimal "
                           "separator and %4 if it separates thousands, and no value in the "
                           "first rows of the file shows which decimal separator it uses; write "
                           "it without thousands separators")
                            .arg(quoted(t), asDecimal, QString(QLatin1Char(kind)), asGrouped)};
            } else if (kindOf(kind) == m_decimal) {
                decimal = kind;
            } else {
                group = kind;
            }
        }
    }
    if (spaces > 0) {
        if (group != 0)
            return invalid(t); // two kinds of thousands separator
        group = ' ';
    }

    if (evidence != 0) {
        if (m_decimal == Decimal::Unknown) {
            m_decimal = kindOf(evidence);
            m_decidedAt = row;
        } else if (kindOf(evidence) != m_decimal) {
            if (learning)
                return {Kind::Invalid, 0, {}};
            return {Kind::Invalid, 0,
                    tr("the value \"%1\" does not fit the file's decimal %2 (%3 shows it); the "
                       "file mixes number formats")
                        .arg(quoted(t), m_decimal == Decimal::Comma ? tr("comma") : tr("point"),
                             describeRow(m_decidedAt))};
        }
    }
    if (learning)
        return {Kind::Invalid, 0, {}};

    // Thousands separators: a first group of 1–3 digits, then groups of exactly 3, up to the
    // decimal separator; nothing but the decimal separator after it.
    int decimalAt = digitCount;
    for (int i = 0; i < separatorCount; ++i) {
        if (separators[i].kind == decimal && decimal != 0)
            decimalAt = separators[i].at;
    }
    int previous = -1;
    for (int i = 0; i < separatorCount; ++i) {
        const Separator& separator = separators[i];
        if (decimal != 0 && separator.kind == decimal)
            continue;
        if (separator.at > decimalAt || (separator.kind != group))
            return invalid(t);
        if (previous < 0 ? (separator.at < 1 || separator.at > 3) : separator.at - previous != 3)
            return invalid(t);
        previous = separator.at;
    }
    if (previous >= 0 && decimalAt - previous != 3)
        return invalid(t);
    if (decimal != 0 && decimalAt == digitCount)
        return invalid(t); // "5," has no decimals

    char clean[maximumDigits + 24];
    int length = 0;
    if (negative)
        clean[length++] = '-';
    for (int i = 0; i < decimalAt; ++i)
        clean[length++] = digits[i];
    if (decimalAt < digitCount) {
        clean[length++] = '.';
        for (int i = decimalAt; i < digitCount; ++i)
            clean[length++] = digits[i];
    }
    if (exponentLength > 0) {
        clean[length++] = 'e';
        for (int i = 0; i < exponentLength; ++i)
            clean[length++] = exponent[i];
    }
    double value = 0;
    const auto [end2, error] = std::from_chars(clean, clean + length, value);
    if (error != std::errc() || end2 != clean + length || !std::isfinite(value))
        return invalid(t);
    return {Kind::Value, value, {}};
}

NumberParser::Result NumberParser::parseMachine(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    const char* begin = t.data();
    const char* const end = begin + t.size();
    // std::from_chars also reads "nan" and "inf"; a stored number starts with a digit.
    const char* first = begin < end && *begin == '-' ? begin + 1 : begin;
    if (first == end || !(isDigit(*first) || (*first == '.' && first + 1 < end)))
        return {Kind::Invalid, 0, tr("the value \"%1\" is not a number").arg(quoted(t))};
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return {Kind::Invalid, 0, tr("the value \"%1\" is not a number").arg(quoted(t))};
    return {Kind::Value, value, {}};
}

} // namespace jamfor
