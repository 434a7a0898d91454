// SPDX-License-Identifier: GPL-3.0-or-later
// How many values a file holds, and each import batch of it, is kept as values are written,
// replaced and removed (file format 7), so that `jamfor-cli info` on the whole country answers
// without counting 21 million rows (issue 15, item 4). Each case compares the kept counts with
// SQLite's own count(*) of the observation table, per batch.
#define BOOST_TEST_MODULE observation_count
#include "core/demo/demodataset.h"
#include "core/exchange/jamforfiletransfer.h"
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/observationrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"
#include "tests/support/testfiles.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::importData;
using importtesting::TempDatabase;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// batch id → values, counted by SQLite from the observation table itself.
QMap<qint64, qint64> countedByBatch(QSqlDatabase& db)
{
    QMap<qint64, qint64> counted;
    QSqlQuery query(db);
    BOOST_REQUIRE(
        query.exec(QStringLiteral("SELECT batch_id, count(*) FROM observation GROUP BY 1")));
    while (query.next())
        counted.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counted;
}

// batch id → values, as the file keeps them; batches that hold nothing are left out.
QMap<qint64, qint64> keptByBatch(QSqlDatabase& db)
{
    QMap<qint64, qint64> kept;
    for (const ImportBatch& batch : ImportBatchRepository(db).all()) {
        if (batch.held != 0)
            kept.insert(batch.id, batch.held);
    }
    return kept;
}

void checkCounts(Database& database, const char* when)
{
    QSqlDatabase& db = database.connection();
    const QMap<qint64, qint64> counted = countedByBatch(db);
    BOOST_TEST_CONTEXT(when)
    {
        BOOST_TEST(keptByBatch(db) == counted);
        qint64 total = 0;
        for (const qint64 n : counted)
            total += n;
        BOOST_TEST(ObservationRepository(db).count() == total);
    }
}

ImportResult importFile(Database& database, const QString& path,
                        ConflictPolicy policy = ConflictPolicy::Fail)
{
    ImportOptions options;
    options.onConflict = policy;
    return ObservationImporter(database).importFile(path, options);
}

} // namespace

BOOST_AUTO_TEST_CASE(imports_replacements_and_withdrawn_values_keep_the_counts)
{
    TempDatabase temp;
    checkCounts(temp.db(), "empty file");

    DemoDataset::write(temp.db());
    checkCounts(temp.db(), "the example data");
    const qint64 demoValues = ObservationRepository(temp.db().connection()).count();
    BOOST_TEST(demoValues > 10000);

    // Values that replace some of the example's: they move to the new batch.
    const ImportResult own = importFile(temp.db(), importData(QStringLiteral("export_own.csv")),
                                        ConflictPolicy::Replace);
    BOOST_TEST_REQUIRE(own.replaced > 0);
    checkCounts(temp.db(), "own figures replacing example values");
    BOOST_TEST(ObservationRepository(temp.db().connection()).count() == demoValues + own.inserted);

    // Kolada: new values, then a refresh that withdraws one.
    importFile(temp.db(), importData(QStringLiteral("kolada_v3_base.json")),
               ConflictPolicy::Replace);
    const ImportResult refresh = importFile(
        temp.db(), importData(QStringLiteral("kolada_v3_refresh.json")), ConflictPolicy::Replace);
    BOOST_TEST_REQUIRE(refresh.removed >= 1);
    checkCounts(temp.db(), "a Kolada refresh that removed a withdrawn value");

    // A dry run and a refused file change nothing.
    const QMap<qint64, qint64> before = keptByBatch(temp.db().connection());
    ImportOptions dryRun;
    dryRun.dryRun = true;
    dryRun.onConflict = ConflictPolicy::Replace;
    ObservationImporter(temp.db()).importFile(importData(QStringLiteral("export_own.csv")), dryRun);
    BOOST_CHECK_THROW(importFile(temp.db(), importData(QStringLiteral("bad_year.csv"))), Error);
    BOOST_TEST(keptByBatch(temp.db().connection()) == before);
    checkCounts(temp.db(), "after a dry run and a refused file");
}

BOOST_AUTO_TEST_CASE(a_writer_counts_inserts_moves_and_removals_per_batch)
{
    TempDatabase temp;
    QSqlDatabase& db = temp.db().connection();
    DemoDataset::write(temp.db());
    const qint64 demoBatch = ImportBatchRepository(db).all().first().id;
    {
        Transaction transaction(db);
        ImportBatch batch;
        batch.fileName = QStringLiteral("hand.csv");
        batch.importedAt = QDateTime::currentDateTimeUtc();
        const qint64 batchId = ImportBatchRepository(db).create(batch);
        ObservationWriter writer(db, batchId);
        // Two stored example values: one replaced (moves to this batch), one removed.
        QList<Observation> stored;
        ObservationRepository(db).forEach([&stored](const Observation& o) {
            if (stored.size() < 2 && o.value)
                stored.append(o);
        });
        BOOST_REQUIRE(stored.size() == 2);
        Observation changed = stored[0];
        changed.value = *changed.value + 1;
        writer.replace(changed);
        BOOST_TEST(writer.erase(stored[1]));
        BOOST_TEST(!writer.erase(stored[1])); // already gone: not counted twice
        // Replacing a value of its own batch again moves nothing.
        changed.value = *changed.value + 1;
        writer.replace(changed);
        writer.finish();
        transaction.commit();
        BOOST_TEST(keptByBatch(db).value(batchId) == 1);
    }
    checkCounts(temp.db(), "after a replace and an erase");
    BOOST_TEST(keptByBatch(db).value(demoBatch) == countedByBatch(db).value(demoBatch));
}

BOOST_AUTO_TEST_CASE(another_members_file_and_a_sent_analysis_keep_the_counts)
{
    QTemporaryDir dir;
    const QString theirs = dir.filePath(QStringLiteral("theirs.jamfor"));
    {
        auto database = Database::open(theirs, Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*database);
        importFile(*database, importData(QStringLiteral("export_own.csv")),
                   ConflictPolicy::Replace);
    }
    auto mine = Database::open(dir.filePath(QStringLiteral("mine.jamfor")),
                               Database::OpenMode::CreateIfMissing);
    importFile(*mine, importData(QStringLiteral("kolada_v3_base.json")));
    TransferOptions keep;
    keep.onConflict = ConflictPolicy::Keep;
    JamforFileTransfer::importFile(*mine, theirs, keep);
    checkCounts(*mine, "after importing another member's file");
    TransferOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    JamforFileTransfer::importFile(*mine, theirs, replace);
    checkCounts(*mine, "after importing it again");
}

BOOST_AUTO_TEST_CASE(migration_7_counts_the_values_of_an_older_file)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.jamfor"));
    {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*database);
        importFile(*database, importData(QStringLiteral("export_own.csv")),
                   ConflictPolicy::Replace);
    }
    {
        // Back to format 6: no counts kept.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        raw.setDatabaseName(path);
        BOOST_REQUIRE(raw.open());
        QSqlQuery query(raw);
        BOOST_REQUIRE(query.exec(QStringLiteral("ALTER TABLE import_batch DROP COLUMN held")));
        BOOST_REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 6")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    BOOST_TEST(database->schemaVersion() == latestSchemaVersion());
    BOOST_TEST(countedByBatch(database->connection()).size() == 2);
    checkCounts(*database, "after migration 7");
}

BOOST_AUTO_TEST_CASE(years_and_the_year_range_agree_with_a_scan_of_every_row)
{
    TempDatabase temp;
    QSqlDatabase& db = temp.db().connection();
    ObservationRepository observations(db);
    BOOST_TEST(observations.years().isEmpty());
    BOOST_TEST(!observations.yearRange().has_value());

    DemoDataset::write(temp.db());
    // A year far from the rest, for one indicator only, leaves a gap in between.
    const QString gap = temp.file(QStringLiteral("gap.csv"));
    testfiles::writeAll(gap, "kpi;municipality;period;gender;value\nU21401;1435;1998;T;5\n");
    importFile(temp.db(), gap);

    QList<int> scanned;
    QSqlQuery query(db);
    BOOST_REQUIRE(query.exec(QStringLiteral("SELECT DISTINCT year FROM observation ORDER BY 1")));
    while (query.next())
        scanned.append(query.value(0).toInt());
    BOOST_TEST_REQUIRE(scanned.size() > 2);
    BOOST_TEST(scanned.first() == 1998);
    BOOST_TEST(scanned.at(1) > 1999); // the gap is real
    BOOST_TEST(observations.years() == scanned);
    BOOST_TEST_REQUIRE(observations.yearRange().has_value());
    BOOST_TEST(observations.yearRange()->first == scanned.first());
    BOOST_TEST(observations.yearRange()->second == scanned.last());
}
