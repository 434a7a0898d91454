// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 9, item 1): jamfor-cli import is killed with SIGKILL at random points of a
// large import, 20 times; after each kill the file opens, passes PRAGMA integrity_check and holds
// exactly the data it held before the import started.
#define BOOST_TEST_MODULE crash_safety
#include "core/model/unit.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/sqlhelpers.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>
#include <random>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

constexpr int kills = 20;
constexpr int firstYear = 2015;
constexpr int years = 10;

QStringList municipalityIds()
{
    QStringList ids;
    for (const Unit& unit : UnitRegistry::instance().all()) {
        if (unit.type == UnitType::Municipality)
            ids.append(unit.id);
    }
    return ids;
}

// kpi,municipality,period,gender,value for `indicators` indicators × 10 years × 290 municipalities.
QByteArray generatedCsv(const QString& prefix, int indicators)
{
    const QStringList units = municipalityIds();
    BOOST_REQUIRE(units.size() == 290);
    QByteArray csv = "kpi,municipality,period,gender,value\n";
    csv.reserve(qsizetype(indicators) * years * units.size() * 28);
    for (int kpi = 0; kpi < indicators; ++kpi) {
        const QByteArray id = (prefix + QString::number(10000 + kpi)).toLatin1();
        for (int year = firstYear; year < firstYear + years; ++year) {
            for (int u = 0; u < units.size(); ++u) {
                csv += id + ',' + units[u].toLatin1() + ',' + QByteArray::number(year) + ",T," +
                       QByteArray::number((kpi * 7919 + u * 104729 + year * 31) % 100000 / 100.0) +
                       '\n';
            }
        }
    }
    return csv;
}

// Everything an import can change, in key order, as one hash.
QByteArray contentHash(Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries{
        QStringLiteral("SELECT indicator_id, unit_id, year, gender, quote(value), status, batch_id"
                       " FROM observation ORDER BY indicator_id, year, gender, unit_id"),
        QStringLiteral("SELECT id, title, description, unit_of_measure FROM indicator ORDER BY id"),
        QStringLiteral("SELECT id, file_name, sha256, row_count FROM import_batch ORDER BY id"),
    };
    for (const QString& statement : queries) {
        QSqlQuery query = sql::run(database.connection(), statement);
        const int columns = 7;
        while (query.next()) {
            for (int c = 0; c < columns && query.value(c).isValid(); ++c) {
                hash.addData(query.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

int observationCount(Database& database)
{
    return sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM observation"))
        .toInt();
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

void startImport(QProcess& process, const QString& db, const QString& input)
{
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(JAMFOR_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--db"), db, input});
    BOOST_REQUIRE(process.waitForStarted(10000));
}

void runImport(const QString& db, const QString& input)
{
    QProcess process;
    startImport(process, db, input);
    BOOST_REQUIRE(process.waitForFinished(300000));
    BOOST_REQUIRE_MESSAGE(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                          process.readAllStandardError().toStdString());
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

BOOST_AUTO_TEST_CASE(killed_imports_leave_the_file_as_it_was)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("nätverk.jamfor"));
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    testfiles::writeAll(small, generatedCsv(QStringLiteral("S"), 2));
    testfiles::writeAll(large, generatedCsv(QStringLiteral("N"), 104)); // 301,600 rows

    runImport(db, small);
    QByteArray before;
    int rowsBefore = 0;
    {
        auto database = Database::open(db, Database::OpenMode::OpenExisting);
        before = contentHash(*database);
        rowsBefore = observationCount(*database);
    }
    BOOST_TEST(rowsBefore == 2 * years * 290);

    // How long the whole import takes, measured on a copy: the kills are spread over it.
    // The file is closed, so its write-ahead log is checkpointed: a plain copy is complete.
    const QString base = dir.filePath(QStringLiteral("base.jamfor"));
    BOOST_REQUIRE(QFile::copy(db, base));
    const QString measured = dir.filePath(QStringLiteral("measured.jamfor"));
    BOOST_REQUIRE(QFile::copy(base, measured));
    // The import reads and writes into its page cache first; the write-ahead log grows only
    // when it commits, and is then copied into the file. Half of the kills aim at that window.
    qint64 duration = 0;
    qint64 logGrows = -1;
    {
        QProcess process;
        QElapsedTimer timer;
        startImport(process, measured, large);
        timer.start();
        while (!process.waitForFinished(1)) {
            if (logGrows < 0 && fileSize(measured + QStringLiteral("-wal")) > 0)
                logGrows = timer.elapsed();
        }
        duration = timer.elapsed();
        BOOST_REQUIRE_MESSAGE(process.exitCode() == 0,
                              process.readAllStandardError().toStdString());
    }
    if (logGrows < 0 || logGrows >= duration)
        logGrows = duration * 4 / 5;
    // What a finished import leaves: same base, same input, so the same content.
    QByteArray after;
    {
        auto database = Database::open(measured, Database::OpenMode::OpenExisting);
        BOOST_TEST(observationCount(*database) == rowsBefore + 104 * years * 290);
        after = contentHash(*database);
        BOOST_TEST(after != before); // the hash sees an import
    }
    BOOST_TEST_MESSAGE("a full import of 301,600 rows took "
                       << duration << " ms; its log grew from " << logGrows << " ms");

    std::mt19937 random(90210);
    std::uniform_real_distribution<double> anywhere(0.02 * double(duration),
                                                    0.97 * double(duration));
    // After the log starts to grow: while the commit writes it and the log is copied back.
    std::uniform_real_distribution<double> committing(0.0, double(duration - logGrows));
    int killed = 0;
    int rolledBack = 0;
    int committed = 0;
    int completed = 0;
    int withLog = 0;
    const auto restoreBase = [&] {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(db + suffix);
        BOOST_REQUIRE(QFile::copy(base, db));
    };
    for (int attempt = 0; killed < kills && attempt < kills * 2; ++attempt) {
        const bool aimAtCommit = attempt % 2 == 1;
        const int delay = int(aimAtCommit ? committing(random) : anywhere(random));
        QProcess process;
        startImport(process, db, large);
        bool finished = false;
        if (aimAtCommit) {
            while (!finished && fileSize(db + QStringLiteral("-wal")) == 0)
                finished = process.waitForFinished(1);
        }
        finished = finished || process.waitForFinished(delay);
        if (!finished) {
            process.kill(); // SIGKILL
            BOOST_REQUIRE(process.waitForFinished(10000));
            finished = process.exitStatus() == QProcess::NormalExit; // it won the race
        }
        if (finished) {
            // Finished before its kill (this run was faster than the measured one): put the
            // file back as it was and try again with the next delay.
            BOOST_REQUIRE(process.exitCode() == 0);
            ++completed;
            restoreBase();
            continue;
        }
        ++killed;
        if (fileSize(db + QStringLiteral("-wal")) > 0)
            ++withLog;

        bool wasCommitted = false;
        {
            auto database = Database::open(db, Database::OpenMode::OpenExisting);
            BOOST_TEST(!database->isReadOnly(), "kill " << killed << ": the stale lock was kept");
            BOOST_TEST(sql::scalar(database->connection(), QStringLiteral("PRAGMA integrity_check"))
                               .toString() == QStringLiteral("ok"),
                       "kill " << killed << (aimAtCommit ? " in the commit" : "") << " after "
                               << delay << " ms");
            // All or nothing: a kill after the commit (while the log is copied into the file or
            // the program exits) leaves the whole import, any earlier kill none of it.
            const QByteArray content = contentHash(*database);
            wasCommitted = content == after;
            BOOST_TEST((content == before || wasCommitted),
                       "kill " << killed << " after " << delay
                               << " ms: " << observationCount(*database) << " observations");
        }
        if (wasCommitted) {
            ++committed;
            restoreBase();
        } else {
            ++rolledBack;
        }
    }
    BOOST_TEST(killed == kills);
    BOOST_TEST(rolledBack >= kills / 2); // most kills hit the import itself
    BOOST_TEST_MESSAGE(killed << " imports killed: " << rolledBack << " left the data from before, "
                              << committed << " had committed; " << withLog
                              << " left a write-ahead log to recover; " << completed
                              << " runs finished before their kill");

    // The file is still fully usable: the same import now runs to the end.
    runImport(db, large);
    auto database = Database::open(db, Database::OpenMode::OpenExisting);
    BOOST_TEST(observationCount(*database) == rowsBefore + 104 * years * 290);
}
