// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrationbackup.h"

#include "core/util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace jamfor {

QString MigrationBackup::pathFor(const QString& path, int version, const QDate& date)
{
    const QString base =
        QStringLiteral("%1.backup-%2-v%3")
            .arg(QFileInfo(path).absoluteFilePath(), date.toString(QStringLiteral("yyyy-MM-dd")))
            .arg(version);
    QString candidate = base + QStringLiteral(".jamfor");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.jamfor").arg(base).arg(n);
    return candidate;
}

QString MigrationBackup::write(QSqlDatabase& db, const QString& path, int version)
{
    const QString target = pathFor(path, version, QDate::currentDate());
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")) ||
        (query.addBindValue(target), !query.exec())) {
        const QString reason = query.lastError().text();
        QFile::remove(target);
        throw Error(tr("%1 was not updated to the new file format because no backup copy could "
                       "be written to %2: %3")
                        .arg(path, target, reason));
    }
    return target;
}

} // namespace jamfor
