// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QString>

namespace jamfor {

// The words the import dialogs use for values, keys and results, in QLocale()'s number format
// (a decimal comma in Swedish).
class ImportLabels
{
    Q_DECLARE_TR_FUNCTIONS(ImportLabels)

public:
    // The value ("12,5") or, without one, the status in words.
    static QString value(const Observation& observation);
    // "Tanum (1435)"; the code alone for a unit the registry does not know.
    static QString unit(const QString& unitId);
    // What an import did: "2 400 rows: 2 300 new, 100 unchanged, 0 replaced, 0 kept (batch 7)".
    static QString summary(const ImportResult& result);
    // "CSV table", "Excel workbook (XLSX)", "Kolada values (JSON)", ...
    static QString format(ImportFormat format);
    // A count with QLocale()'s thousands separator.
    static QString count(qint64 number);
    // " 12 indicators have a suggested kind and direction: …", or empty.
    static QString suggestedNote(const ImportResult& result);
};

} // namespace jamfor
