// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jamfor {

// Tells from the first bytes of a file which importer reads it, and refuses files that none
// can: empty files, binary files, HTML pages (also when named .xlsx), old .xls workbooks,
// PDF and compressed files. JSON is reported as KoladaJson; the importer tells data from KPI
// metadata once it has parsed it.
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)

public:
    // How much of the file is looked at.
    static constexpr qsizetype sampleSize = 64 * 1024;

    // Throws jamfor::Error naming the file and why it cannot be imported.
    static ImportFormat detect(const QString& path);
    // The same for bytes already read from the start of the file (fileSize: the whole file).
    static ImportFormat detect(const QString& path, const QByteArray& head, qint64 fileSize);
};

} // namespace jamfor
