// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

namespace jamfor {

// One row of a table as a reader delivers it: the UTF-8 text of each cell, valid until the
// reader's next row. A CSV reader gives the line the record starts on; an XLSX reader the
// sheet's row number, empty cells for gaps, and marks cells that hold a number (their text is
// then the number in the invariant form Excel stores, such as 71.5 or 1.5E-3).
struct TableRow
{
    qint64 number = 0;
    QList<QByteArrayView> cells;
    QList<bool> numeric; // empty for CSV, else one flag per cell

    bool isNumeric(qsizetype column) const { return column < numeric.size() && numeric[column]; }
};

} // namespace jamfor
