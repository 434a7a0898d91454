// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/swedishnumbers.h"

#include <algorithm>
#include <cmath>

namespace jamfor {

QString SwedishNumbers::format(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    decimals = qBound(0, decimals, 6);
    // The digits of the magnitude in the C locale: "1150000.50".
    const QString digits = QString::number(std::abs(value), 'f', decimals);
    const qsizetype point = digits.indexOf(u'.');
    const QString whole = point < 0 ? digits : digits.left(point);
    QString text;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            text += groupSeparator;
        text += whole[i];
    }
    if (point >= 0)
        text += u',' + digits.mid(point + 1);
    const bool zero = digits.count(u'0') + (point >= 0 ? 1 : 0) == digits.size();
    if (value < 0 && !zero)
        text.prepend(minusSign);
    return text;
}

QString SwedishNumbers::formatSigned(double value, int decimals)
{
    QString text = format(value, decimals);
    const bool nonZero =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'1' && c <= u'9'; });
    if (value > 0 && nonZero)
        text.prepend(u'+');
    return text;
}

} // namespace jamfor
