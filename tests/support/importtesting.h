// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvobservationexporter.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/importbatchrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/observationrepository.h"
#include "testfiles.h"
#include "util/error.h"

#include <QBuffer>
#include <QLocale>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

// Helpers shared by the import suites.
namespace importtesting {

inline QString importData(const QString& name)
{
    return testfiles::dataPath(QStringLiteral("import/") + name);
}

// Every observation as "INDICATOR UNIT YEAR GENDER VALUE-OR-STATUS", sorted.
inline QStringList dump(jamfor::Database& database)
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

inline QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

// Everything an import may change: observations, batches, indicators and areas.
inline QByteArray snapshot(jamfor::Database& database)
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

// A new .jamfor file in a temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<jamfor::Database> database;

    TempDatabase()
    {
        database = jamfor::Database::open(dir.filePath(QStringLiteral("test.jamfor")),
                                          jamfor::Database::OpenMode::CreateIfMissing);
    }
    QString file(const QString& name) const { return dir.filePath(name); }
    jamfor::Database& db() { return *database; }
};

// The message of the jamfor::Error the action throws, or "(no error)".
inline std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const jamfor::Error& error) {
        return error.message().toStdString();
    }
    return "(no error)";
}

} // namespace importtesting
