// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sheetreader.h"

#include "core/import/odsreader.h"
#include "core/import/xlsxreader.h"

namespace jamfor {

QString SheetReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString SheetReader::describeCell(const QString& sheet, qint64 row, int column)
{
    if (column < 0)
        return tr("%1, row %2").arg(sheet).arg(row);
    QString name = sheet;
    for (const QChar c : sheet) {
        if (!c.isLetterOrNumber() && c != u'_') {
            name = u'\'' + QString(sheet).replace(u'\'', QStringLiteral("''")) + u'\'';
            break;
        }
    }
    return QStringLiteral("%1!%2%3").arg(name, columnName(column)).arg(row);
}

std::unique_ptr<SheetReader> SheetReader::open(const QString& path, ImportFormat format)
{
    if (format == ImportFormat::Ods)
        return std::make_unique<OdsReader>(path);
    return std::make_unique<XlsxReader>(path);
}

} // namespace jamfor
