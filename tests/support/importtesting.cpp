// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/importtesting.h"

namespace importtesting {

QString importData(const QString& name)
{
    return testfiles::dataPath(QStringLiteral("import/") + name);
}

QStringList dump(jamfor::Database& database)
{
    QStringList lines;
    jamfor::ObservationRepository(database.connection()).forEach([&](const jamfor::Observation& o) {
        lines.append(
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(o.indicatorId, o.unitId)
                .arg(o.year)
                .arg(jamfor::genderCode(o.gender),
                     o.value ? QLocale::c().toString(*o.value, 'g', QLocale::FloatingPointShortest)
                             : jamfor::statusCode(o.status)));
    });
    lines.sort();
    return lines;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

QByteArray snapshot(jamfor::Database& database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    jamfor::exportObservationsCsv(database, buffer);
    QByteArray state = buffer.data();
    for (const jamfor::ImportBatch& b : jamfor::ImportBatchRepository(database.connection()).all())
        state += QStringLiteral("batch %1 %2 %3 %4 %5\n")
                     .arg(b.id)
                     .arg(b.fileName, b.sha256, b.source)
                     .arg(b.rowCount)
                     .toUtf8();
    for (const jamfor::Indicator& i : jamfor::IndicatorRepository(database.connection()).all())
        state +=
            QStringLiteral("indicator %1 %2 %3 %4 %5\n")
                .arg(i.id, i.title, i.unitOfMeasure, i.areaId, jamfor::directionCode(i.direction))
                .toUtf8();
    for (const jamfor::Area& a : jamfor::AreaRepository(database.connection()).all())
        state += QStringLiteral("area %1 %2\n").arg(a.id, a.name).toUtf8();
    return state;
}

TempDatabase::TempDatabase()
{
    database = jamfor::Database::open(dir.filePath(QStringLiteral("test.jamfor")),
                                      jamfor::Database::OpenMode::CreateIfMissing);
}

std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const jamfor::Error& error) {
        return error.message().toStdString();
    }
    return "(no error)";
}

} // namespace importtesting
