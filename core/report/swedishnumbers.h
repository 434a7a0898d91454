// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace jamfor {

// Numbers in reports follow Swedish typography whatever the system locale is: a decimal comma,
// a real minus sign (U+2212) and groups of three digits separated by a narrow no-break space
// (U+202F, "fast tunt mellanrum"). The narrow no-break space is chosen over the thin space
// (U+2009) because a line may break at a thin space, which would split "1 150 000" over two
// lines of a table. Numbers of four digits are grouped too ("4 600"), so columns line up.
class SwedishNumbers
{
public:
    static constexpr QChar groupSeparator = QChar(0x202F);
    static constexpr QChar minusSign = QChar(0x2212);

    // "1 150 000", "71,5", "−3,25"; a value that rounds to zero never gets a minus sign.
    static QString format(double value, int decimals);
    // The same with a plus sign on positive values: "+0,8", "−1,2", "0".
    static QString formatSigned(double value, int decimals);
};

} // namespace jamfor
