// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace jamfor {

// Where a set of observations came from: every observation knows its batch.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString sha256; // hex digest of the imported bytes; empty for typed-in figures
    QString source; // "Kolada API", "Fil", "Egna värden", "Exempeldata"
    QDateTime importedAt;
    qint64 rowCount = 0; // the values it brought when it was imported
    qint64 held = 0;     // of them, those still in the file (not replaced by a later batch)
};

} // namespace jamfor
