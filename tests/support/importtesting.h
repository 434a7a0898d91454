// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/csvobservationexporter.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"
#include "tests/support/testfiles.h"

#include <QBuffer>
#include <QLocale>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <string>

// Helpers shared by the import suites.
namespace importtesting {

// tests/data/import/name.
QString importData(const QString& name);

// Every observation as "INDICATOR UNIT YEAR GENDER VALUE-OR-STATUS", sorted.
QStringList dump(jamfor::Database& database);

// lines, sorted.
QStringList sorted(QStringList lines);

// Everything an import may change: observations, batches, indicators and areas.
QByteArray snapshot(jamfor::Database& database);

// A new .jamfor file in a temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<jamfor::Database> database;

    TempDatabase();
    QString file(const QString& name) const { return dir.filePath(name); }
    jamfor::Database& db() { return *database; }
};

// The message of the jamfor::Error the action throws, or "(no error)".
std::string messageOf(const std::function<void()>& action);

} // namespace importtesting
