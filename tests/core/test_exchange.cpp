// SPDX-License-Identifier: GPL-3.0-or-later
// Moving work between .jamfor files (issue 15, items 1 and 2): observations batch by batch with
// their source, networks, groups and analyses on request, conflicts kept, replaced, refused or
// listed, everything or nothing; and Skicka analys, a small file with one analysis that the
// other side imports. Expected contents are read from the files with plain SQL.
#define BOOST_TEST_MODULE exchange
#include "core/exchange/jamforfiletransfer.h"
#include "core/import/observationimporter.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "core/storage/networkrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/unitgrouprepository.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

// Lets Boost.Test print the times of the last edit in failure messages.
inline std::ostream& boost_test_print_type(std::ostream& out, const QDateTime& time)
{
    return out << time.toString(Qt::ISODateWithMs).toStdString();
}

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// Every row of a query as "a|b|c" lines: the independent view of what a file holds.
QStringList rows(Database& database, const QString& statement)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    BOOST_REQUIRE_MESSAGE(query.exec(statement), statement.toStdString());
    const int columns = query.record().count();
    QStringList lines;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << query.value(i).toString();
        lines << fields.join(u'|');
    }
    return lines;
}

qint64 count(Database& database, const QString& statement)
{
    const QStringList result = rows(database, statement);
    BOOST_REQUIRE(result.size() == 1);
    return result.first().toLongLong();
}

// The observations with the file name and source of their batch.
QStringList observationsWithSource(Database& database)
{
    return rows(database,
                QStringLiteral("SELECT o.indicator_id, o.unit_id, o.year, o.gender, quote(o.value),"
                               " o.status, b.file_name, b.source, b.sha256, b.imported_at"
                               " FROM observation o JOIN import_batch b ON b.id = o.batch_id"
                               " ORDER BY 1, 2, 3, 4"));
}

// Everything that an import could change, for "exactly as it was".
QStringList snapshot(Database& database)
{
    QStringList all = observationsWithSource(database);
    for (const char* table :
         {"import_batch", "indicator", "area", "network", "network_member", "person", "unit_group",
          "unit_group_member", "analysis", "analysis_indicator", "cause", "why_chain", "proposal",
          "analysis_participant", "analysis_action", "analysis_target"}) {
        all << QString::fromLatin1(table);
        all << rows(database,
                    QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
    }
    return all;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(testfiles::readAll(path), QCryptographicHash::Sha256);
}

// One file with the demo network, its values and an analysis, written once per program and
// copied for each test; then the member's own CSV figures as a second batch.
QString memberFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("theirs"))
{
    static QTemporaryDir shared;
    static const QString original = [] {
        const QString file = shared.filePath(QStringLiteral("original.jamfor"));
        {
            DemoAnalysis demo(file);
            // Their own figures replace the example's values they differ from.
            ImportOptions replace;
            replace.onConflict = ConflictPolicy::Replace;
            ObservationImporter(*demo.database)
                .importFile(testfiles::dataPath(QStringLiteral("import/export_own.csv")), replace);
        }
        return file;
    }();
    const QString path = dir.filePath(name + QStringLiteral(".jamfor"));
    BOOST_REQUIRE(QFile::copy(original, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::unique_ptr<Database> newFile(const QTemporaryDir& dir, const QString& name)
{
    return Database::open(dir.filePath(name), Database::OpenMode::CreateIfMissing);
}

std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message().toStdString();
    }
    return "no error";
}

TransferOptions including(TransferContent content, ConflictPolicy policy = ConflictPolicy::Fail)
{
    TransferOptions options;
    options.content = content;
    options.onConflict = policy;
    return options;
}

const TransferContent everything{true, true, true};

// Every value of the area's indicators and of those the analysis names.
QString usedValues(const QString& areaId, qint64 analysisId)
{
    return QStringLiteral(
               "SELECT o.indicator_id, o.unit_id, o.year, o.gender, quote(o.value), o.status, "
               "b.file_name FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN "
               "import_batch b ON b.id = o.batch_id WHERE i.area_id = '%1' OR o.indicator_id IN "
               "(SELECT indicator_id FROM analysis_indicator WHERE analysis_id = %2 UNION SELECT "
               "cost_indicator_id FROM analysis_indicator WHERE analysis_id = %2) ORDER BY 1, 2, "
               "3, 4")
        .arg(areaId)
        .arg(analysisId);
}

} // namespace

BOOST_AUTO_TEST_CASE(observations_arrive_batch_by_batch_with_their_source)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    auto source = Database::open(theirs, Database::OpenMode::ReadOnly);
    const QStringList expected = observationsWithSource(*source);
    const qint64 batches = count(*source, QStringLiteral("SELECT count(*) FROM import_batch"));
    BOOST_TEST_REQUIRE(batches == 2); // the example data and export_own.csv
    BOOST_TEST_REQUIRE(expected.size() > 10000);
    const QByteArray before = sha256(theirs);

    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    BOOST_TEST(JamforFileTransfer::isSqliteFile(theirs));
    const TransferResult result = JamforFileTransfer::importFile(*mine, theirs);
    BOOST_TEST(result.batchesRead == batches);
    BOOST_TEST(result.batchesCreated == batches);
    BOOST_TEST(result.rows == expected.size());
    BOOST_TEST(result.inserted == expected.size());
    BOOST_TEST(result.unchanged == 0);
    BOOST_TEST(result.conflictCount == 0);
    BOOST_TEST(result.indicatorsCreated ==
               count(*source, QStringLiteral("SELECT count(*) FROM indicator WHERE id IN "
                                             "(SELECT indicator_id FROM observation)")));
    BOOST_TEST(observationsWithSource(*mine) == expected);
    // The batch's row count is what it holds here.
    BOOST_TEST(rows(*mine, QStringLiteral("SELECT file_name, row_count FROM import_batch ORDER BY "
                                          "id")) ==
               rows(*source, QStringLiteral("SELECT b.file_name, count(*) FROM import_batch b JOIN "
                                            "observation o ON o.batch_id = b.id GROUP BY b.id "
                                            "ORDER BY b.id")));
    // Nothing else came: networks, groups and analyses only on request.
    BOOST_TEST(count(*mine, QStringLiteral("SELECT count(*) FROM network")) == 0);
    BOOST_TEST(count(*mine, QStringLiteral("SELECT count(*) FROM analysis")) == 0);
    BOOST_TEST(sha256(theirs) == before); // read-only

    // The same file again brings nothing and makes no empty batch.
    const TransferResult again = JamforFileTransfer::importFile(*mine, theirs);
    BOOST_TEST(again.inserted == 0);
    BOOST_TEST(again.unchanged == expected.size());
    BOOST_TEST(again.batchesCreated == 0);
    BOOST_TEST(count(*mine, QStringLiteral("SELECT count(*) FROM import_batch")) == batches);
}

BOOST_AUTO_TEST_CASE(differing_values_are_refused_listed_kept_or_replaced)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    JamforFileTransfer::importFile(*mine, theirs);
    // My own figure for Tanum differs from theirs (71.5 in export_own.csv).
    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    testfiles::writeAll(changed, "kpi;municipality;period;gender;value\nN15419;1435;2023;T;72,5\n");
    ImportOptions replace;
    replace.onConflict = ConflictPolicy::Replace;
    ObservationImporter(*mine).importFile(changed, replace);
    const QString tanum = QStringLiteral("SELECT quote(value) || ' ' || b.file_name FROM "
                                         "observation o JOIN import_batch b ON b.id = o.batch_id "
                                         "WHERE indicator_id = 'N15419' AND unit_id = '1435' AND "
                                         "year = 2023 AND gender = 'T'");
    BOOST_TEST(rows(*mine, tanum) == QStringList{QStringLiteral("72.5 changed.csv")});
    const QStringList before = snapshot(*mine);

    // Fail (the default): a message naming the file, the batch and the values; nothing changed.
    const std::string message = messageOf([&] { JamforFileTransfer::importFile(*mine, theirs); });
    BOOST_TEST(message.find(theirs.toStdString()) != std::string::npos, message);
    BOOST_TEST(message.find("export_own.csv") != std::string::npos, message);
    BOOST_TEST(message.find("N15419 1435 2023 T is 72.5 here and 71.5") != std::string::npos,
               message);
    BOOST_TEST(snapshot(*mine) == before);

    // A dry run lists the conflict and changes nothing.
    TransferOptions dry;
    dry.dryRun = true;
    const TransferResult preview = JamforFileTransfer::importFile(*mine, theirs, dry);
    BOOST_TEST(preview.dryRun);
    BOOST_TEST(preview.conflictCount == 1);
    BOOST_TEST_REQUIRE(preview.conflicts.size() == 1);
    BOOST_TEST(*preview.conflicts.first().stored.value == 72.5);
    BOOST_TEST(*preview.conflicts.first().incoming.value == 71.5);
    BOOST_TEST(preview.conflicts.first().location.contains(QStringLiteral("export_own.csv")));
    BOOST_TEST(snapshot(*mine) == before);

    // Keep: everything else is the same, so nothing changes.
    const TransferResult kept =
        JamforFileTransfer::importFile(*mine, theirs, including({}, ConflictPolicy::Keep));
    BOOST_TEST(kept.kept == 1);
    BOOST_TEST(kept.replaced == 0);
    BOOST_TEST(kept.batchesCreated == 0);
    BOOST_TEST(snapshot(*mine) == before);

    // Ask: each conflict is put to the caller; Cancel leaves the file as it was.
    TransferOptions ask;
    ask.onConflict = ConflictPolicy::Ask;
    int asked = 0;
    ask.askConflict = [&asked](const ImportConflict&) {
        ++asked;
        return ConflictChoice::Cancel;
    };
    BOOST_CHECK_THROW(JamforFileTransfer::importFile(*mine, theirs, ask), ImportCancelled);
    BOOST_TEST(asked == 1);
    BOOST_TEST(snapshot(*mine) == before);

    // Replace: their value, in a new batch with their file's name and source.
    const TransferResult replaced =
        JamforFileTransfer::importFile(*mine, theirs, including({}, ConflictPolicy::Replace));
    BOOST_TEST(replaced.replaced == 1);
    BOOST_TEST(replaced.batchesCreated == 1);
    BOOST_TEST(rows(*mine, tanum) == QStringList{QStringLiteral("71.5 export_own.csv")});
}

BOOST_AUTO_TEST_CASE(networks_groups_and_analyses_come_on_request_and_are_matched)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    {
        auto db = Database::open(theirs, Database::OpenMode::OpenExisting);
        UnitGroupRepository(db->connection())
            .save({0,
                   QStringLiteral("Våra grannar"),
                   {QStringLiteral("1435"), QStringLiteral("1427")},
                   QString()});
    }
    auto source = Database::open(theirs, Database::OpenMode::ReadOnly);
    const QList<Analysis> theirAnalyses = AnalysisRepository(source->connection()).list();
    BOOST_TEST_REQUIRE(theirAnalyses.size() == 1);
    const Analysis original = *AnalysisRepository(source->connection()).load(theirAnalyses[0].id);
    BOOST_TEST(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(original.uid).hasMatch(),
               original.uid.toStdString());

    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    const TransferResult first =
        JamforFileTransfer::importFile(*mine, theirs, including(everything));
    BOOST_TEST(first.networks.created ==
               count(*source, QStringLiteral("SELECT count(*) FROM network")));
    BOOST_TEST(first.groups.created ==
               count(*source, QStringLiteral("SELECT count(*) FROM unit_group")));
    BOOST_TEST(first.analyses.created == 1);
    const QString networksQuery = QStringLiteral(
        "SELECT n.name, n.description, m.unit_id FROM network n JOIN network_member m ON "
        "m.network_id = n.id ORDER BY 1, 3");
    BOOST_TEST(rows(*mine, networksQuery) == rows(*source, networksQuery));
    const QString peopleQuery = QStringLiteral("SELECT name, unit_id FROM person ORDER BY 1, 2");
    BOOST_TEST(rows(*mine, peopleQuery) == rows(*source, peopleQuery));
    const QString groupsQuery = QStringLiteral(
        "SELECT g.name, m.unit_id FROM unit_group g JOIN unit_group_member m ON m.group_id = g.id "
        "ORDER BY 1, 2");
    BOOST_TEST(rows(*mine, groupsQuery) == rows(*source, groupsQuery));

    // The analysis is the same one: same uid, same content, same time of the last edit.
    AnalysisRepository myAnalyses(mine->connection());
    const qint64 myId = myAnalyses.idOf(original.uid);
    BOOST_TEST_REQUIRE(myId != 0);
    Analysis arrived = *myAnalyses.load(myId);
    BOOST_TEST(arrived.title == original.title);
    BOOST_TEST(arrived.updatedAt == original.updatedAt);
    BOOST_TEST(arrived.createdAt == original.createdAt);
    BOOST_TEST(arrived.networkId ==
               NetworkRepository(mine->connection()).findByName(DemoDataset::networkName)->id);
    arrived.id = original.id;
    arrived.networkId = original.networkId;
    for (qsizetype i = 0; i < arrived.participants.size(); ++i)
        arrived.participants[i].personId = original.participants[i].personId;
    BOOST_TEST((arrived == original));

    // Importing again finds everything the same.
    const TransferResult second =
        JamforFileTransfer::importFile(*mine, theirs, including(everything));
    BOOST_TEST(second.networks.unchanged == first.networks.created);
    BOOST_TEST(second.groups.unchanged == first.groups.created);
    BOOST_TEST(second.analyses.unchanged == 1);
    BOOST_TEST(second.itemConflicts.isEmpty());

    // They go on with the analysis; I changed my network's description.
    {
        auto db = Database::open(theirs, Database::OpenMode::OpenExisting);
        Analysis edited = *AnalysisRepository(db->connection()).load(original.id);
        edited.purpose = QStringLiteral("Ett nytt syfte efter mötet.");
        edited.updatedAt = original.updatedAt.addSecs(3600);
        AnalysisRepository(db->connection()).save(edited, AnalysisRepository::Times::Kept);
    }
    Network network = *NetworkRepository(mine->connection()).findByName(DemoDataset::networkName);
    network.description = QStringLiteral("Min beskrivning");
    NetworkRepository(mine->connection()).save(network);
    const QStringList before = snapshot(*mine);

    BOOST_CHECK_THROW(JamforFileTransfer::importFile(*mine, theirs, including(everything)), Error);
    BOOST_TEST(snapshot(*mine) == before);

    TransferOptions dry = including(everything);
    dry.dryRun = true;
    const TransferResult preview = JamforFileTransfer::importFile(*mine, theirs, dry);
    BOOST_TEST_REQUIRE(preview.itemConflicts.size() == 2);
    const auto find = [&preview](TransferItemConflict::Kind kind) {
        for (const TransferItemConflict& c : preview.itemConflicts) {
            if (c.kind == kind)
                return c;
        }
        BOOST_FAIL("no conflict of that kind");
        return TransferItemConflict{};
    };
    const TransferItemConflict analysisConflict = find(TransferItemConflict::Kind::Analysis);
    BOOST_TEST(analysisConflict.name == original.title);
    BOOST_TEST(analysisConflict.incomingIsNewer);
    BOOST_TEST(analysisConflict.storedEdit == original.updatedAt);
    BOOST_TEST(analysisConflict.incomingEdit == original.updatedAt.addSecs(3600));
    BOOST_TEST(find(TransferItemConflict::Kind::Network).name == DemoDataset::networkName);
    BOOST_TEST(snapshot(*mine) == before);

    const TransferResult kept =
        JamforFileTransfer::importFile(*mine, theirs, including(everything, ConflictPolicy::Keep));
    BOOST_TEST(kept.analyses.kept == 1);
    BOOST_TEST(kept.networks.kept == 1);
    BOOST_TEST(snapshot(*mine) == before);

    const TransferResult taken = JamforFileTransfer::importFile(
        *mine, theirs, including(everything, ConflictPolicy::Replace));
    BOOST_TEST(taken.analyses.replaced == 1);
    BOOST_TEST(taken.networks.replaced == 1);
    const Analysis now = *myAnalyses.load(myId);
    BOOST_TEST(now.purpose == QStringLiteral("Ett nytt syfte efter mötet."));
    BOOST_TEST(now.updatedAt == original.updatedAt.addSecs(3600));
    BOOST_TEST(
        NetworkRepository(mine->connection()).findByName(DemoDataset::networkName)->description !=
        QStringLiteral("Min beskrivning"));
    BOOST_TEST(count(*mine, QStringLiteral("SELECT count(*) FROM analysis")) == 1);
}

BOOST_AUTO_TEST_CASE(an_analysis_brings_its_network_even_when_networks_are_not_asked_for)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    const TransferResult result =
        JamforFileTransfer::importFile(*mine, theirs, including({false, false, true}));
    BOOST_TEST(result.analyses.created == 1);
    BOOST_TEST(result.networks.created == 1);
    const QList<Analysis> list = AnalysisRepository(mine->connection()).list();
    BOOST_TEST_REQUIRE(list.size() == 1);
    BOOST_TEST(list.first().networkId ==
               NetworkRepository(mine->connection()).findByName(DemoDataset::networkName)->id);
}

BOOST_AUTO_TEST_CASE(cancelling_halfway_leaves_the_file_as_it_was)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    const QStringList before = snapshot(*mine);
    TransferOptions options = including(everything);
    int calls = 0;
    options.progress = [&calls](const ImportProgress& progress) {
        ++calls;
        return progress.done < 8000; // well into the example data
    };
    BOOST_CHECK_THROW(JamforFileTransfer::importFile(*mine, theirs, options), ImportCancelled);
    BOOST_TEST(calls >= 2);
    BOOST_TEST(snapshot(*mine) == before);
}

BOOST_AUTO_TEST_CASE(files_that_are_not_another_members_file_are_refused_by_name)
{
    QTemporaryDir dir;
    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    const QStringList before = snapshot(*mine);
    const auto refused = [&](const QString& path, const char* words) {
        const std::string message = messageOf([&] { JamforFileTransfer::importFile(*mine, path); });
        BOOST_TEST(message.find(path.toStdString()) != std::string::npos, message);
        BOOST_TEST(message.find(words) != std::string::npos, message);
        BOOST_TEST(snapshot(*mine) == before);
    };
    refused(dir.filePath(QStringLiteral("missing.jamfor")), "does not exist");
    refused(dir.path(), "is a folder");
    refused(mine->path(), "the file you are importing into");

    const QString csv = dir.filePath(QStringLiteral("figures.jamfor"));
    testfiles::writeAll(csv, "indicator,unit,year,gender,value,status\n");
    BOOST_TEST(!JamforFileTransfer::isSqliteFile(csv));
    refused(csv, "not a Jämför file");

    // An SQLite header with nothing sound after it.
    const QString broken = dir.filePath(QStringLiteral("broken.jamfor"));
    testfiles::writeAll(broken, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f'));
    BOOST_TEST(JamforFileTransfer::isSqliteFile(broken));
    const std::string message = messageOf([&] { JamforFileTransfer::importFile(*mine, broken); });
    BOOST_TEST(message.find(broken.toStdString()) != std::string::npos, message);
    BOOST_TEST(snapshot(*mine) == before);

    // Cut off halfway (a mail attachment that did not arrive whole).
    const QString theirs = memberFile(dir);
    const QByteArray whole = testfiles::readAll(theirs);
    const QString cut = dir.filePath(QStringLiteral("cut.jamfor"));
    testfiles::writeAll(cut, whole.left(whole.size() / 2));
    const std::string cutMessage = messageOf([&] { JamforFileTransfer::importFile(*mine, cut); });
    BOOST_TEST(cutMessage.find(cut.toStdString()) != std::string::npos, cutMessage);
    BOOST_TEST(snapshot(*mine) == before);

    // Written by a newer Jämför.
    {
        auto db = Database::open(theirs, Database::OpenMode::OpenExisting);
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const std::string newer = messageOf([&] { JamforFileTransfer::importFile(*mine, theirs); });
    BOOST_TEST(newer.find(theirs.toStdString()) != std::string::npos, newer);
    BOOST_TEST(newer.find("newer") != std::string::npos, newer);
    BOOST_TEST(snapshot(*mine) == before);
}

BOOST_AUTO_TEST_CASE(a_file_of_the_previous_format_is_read_from_a_migrated_copy)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    {
        // Back to format 5: analyses had no uid then.
        auto db = Database::open(theirs, Database::OpenMode::OpenExisting);
        QSqlQuery query(db->connection());
        BOOST_REQUIRE(query.exec(QStringLiteral("DROP INDEX analysis_by_uid")));
        BOOST_REQUIRE(query.exec(QStringLiteral("ALTER TABLE analysis DROP COLUMN uid")));
        BOOST_REQUIRE(query.exec(QStringLiteral("ALTER TABLE import_batch DROP COLUMN held")));
        BOOST_REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    const QByteArray before = sha256(theirs);
    auto mine = newFile(dir, QStringLiteral("mine.jamfor"));
    const TransferResult result =
        JamforFileTransfer::importFile(*mine, theirs, including(everything));
    BOOST_TEST(result.analyses.created == 1);
    BOOST_TEST(result.inserted > 10000);
    BOOST_TEST(sha256(theirs) == before);
    BOOST_TEST(QFileInfo::exists(theirs + QStringLiteral("-wal")) == false);
    const QList<Analysis> list = AnalysisRepository(mine->connection()).list();
    BOOST_TEST_REQUIRE(list.size() == 1);
    BOOST_TEST(list.first().uid.size() == 32);
}

BOOST_AUTO_TEST_CASE(skicka_analys_writes_a_small_file_the_other_side_imports)
{
    QTemporaryDir dir;
    const QString theirs = memberFile(dir);
    auto source = Database::open(theirs, Database::OpenMode::OpenExisting);
    const qint64 analysisId = AnalysisRepository(source->connection()).list().first().id;
    const Analysis analysis = *AnalysisRepository(source->connection()).load(analysisId);
    const QString sent = dir.filePath(QStringLiteral("till kollegan.jamfor"));
    testfiles::writeAll(sent, "an older attachment");

    const TransferResult result = JamforFileTransfer::sendAnalysis(*source, analysisId, sent);
    // Every value of the area's indicators and of those the analysis names, nothing else.
    const QStringList expected = rows(*source, usedValues(analysis.areaId, analysisId));
    BOOST_TEST_REQUIRE(expected.size() > 100);
    BOOST_TEST(result.inserted == expected.size());
    {
        auto file = Database::open(sent, Database::OpenMode::ReadOnly);
        BOOST_TEST_REQUIRE(count(*file, QStringLiteral("SELECT count(*) FROM analysis")) == 1);
        const qint64 sentId = count(*file, QStringLiteral("SELECT id FROM analysis"));
        BOOST_TEST(rows(*file, usedValues(analysis.areaId, sentId)) == expected);
        BOOST_TEST(count(*file, QStringLiteral("SELECT count(*) FROM network")) == 1);
        BOOST_TEST(count(*file, QStringLiteral("SELECT count(*) FROM observation")) ==
                   expected.size());
    }
    // Small: the values take no more room per value than in the member's own file, on top of
    // what an empty file takes (its schema and the 312 built-in units).
    const qint64 empty = [&dir] {
        const QString path = dir.filePath(QStringLiteral("empty.jamfor"));
        newFile(dir, QStringLiteral("empty.jamfor")).reset();
        return QFileInfo(path).size();
    }();
    const qint64 theirRows = count(*source, QStringLiteral("SELECT count(*) FROM observation"));
    BOOST_TEST(QFileInfo(sent).size() <=
               empty + QFileInfo(theirs).size() * expected.size() / theirRows);
    // No work files are left beside it.
    BOOST_TEST(QDir(dir.path())
                   .entryList(QDir::Files | QDir::Hidden)
                   .filter(QStringLiteral(".part"))
                   .isEmpty());

    // The colleague imports it into their own file and gets the same analysis.
    auto colleague = newFile(dir, QStringLiteral("colleague.jamfor"));
    const TransferResult arrived =
        JamforFileTransfer::importFile(*colleague, sent, including({false, false, true}));
    BOOST_TEST(arrived.analyses.created == 1);
    const qint64 theirId = AnalysisRepository(colleague->connection()).idOf(analysis.uid);
    BOOST_TEST_REQUIRE(theirId != 0);
    BOOST_TEST(AnalysisRepository(colleague->connection()).load(theirId)->causes ==
               analysis.causes);

    // Sent back unchanged, it changes nothing in the first file.
    const QStringList before = snapshot(*source);
    const TransferResult back =
        JamforFileTransfer::importFile(*source, sent, including({false, false, true}));
    BOOST_TEST(back.analyses.unchanged == 1);
    BOOST_TEST(back.inserted == 0);
    BOOST_TEST(snapshot(*source) == before);

    // Refusals: no such analysis, a folder as target.
    BOOST_CHECK_THROW(JamforFileTransfer::sendAnalysis(*source, 999, sent), Error);
    BOOST_CHECK_THROW(JamforFileTransfer::sendAnalysis(*source, analysisId, dir.path()), Error);
    BOOST_TEST(QFileInfo(sent).size() > 0);
}

BOOST_AUTO_TEST_CASE(a_transaction_inside_a_transaction_is_a_savepoint)
{
    QTemporaryDir dir;
    auto db = newFile(dir, QStringLiteral("mine.jamfor"));
    const auto areas = [&db] {
        return rows(*db, QStringLiteral("SELECT id FROM area ORDER BY id"));
    };
    const QStringList before = areas();
    {
        Transaction outer(db->connection());
        QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO area VALUES ('yttre', 'Y')"));
        {
            Transaction inner(db->connection());
            QSqlQuery(db->connection())
                .exec(QStringLiteral("INSERT INTO area VALUES ('inre', 'I')"));
        } // not committed: only the inner insert is undone
        {
            Transaction inner(db->connection());
            QSqlQuery(db->connection())
                .exec(QStringLiteral("INSERT INTO area VALUES ('sparad', 'S')"));
            inner.commit();
        }
        outer.commit();
    }
    QStringList expected = before;
    expected << QStringLiteral("sparad") << QStringLiteral("yttre");
    expected.sort();
    BOOST_TEST(areas() == expected);
}
