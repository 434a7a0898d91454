// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli import of another member's .jamfor file (told from CSV by its content) with
// --include, --on-conflict and --dry-run, and jamfor-cli send.
#define BOOST_TEST_MODULE cli_exchange
#include "core/storage/analysisrepository.h"
#include "tests/support/clirunner.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <boost/test/unit_test.hpp>

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

CliResult import(const QString& db, const QStringList& more)
{
    return runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + more);
}

QString exported(const QString& db)
{
    return runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out;
}

} // namespace

BOOST_AUTO_TEST_CASE(another_members_file_is_imported_with_what_it_is_asked_for)
{
    QTemporaryDir dir;
    const QString theirs = dir.filePath(QStringLiteral("theirs.jamfor"));
    qint64 analysisId = 0;
    QString uid;
    {
        DemoAnalysis demo(theirs);
        analysisId = demo.analysisId;
        uid = jamfor::AnalysisRepository(demo.database->connection()).load(analysisId)->uid;
    }
    const QString mine = dir.filePath(QStringLiteral("mine.jamfor"));
    const QString theirValues = exported(theirs);
    const qsizetype valueCount = theirValues.count(u'\n') - 1; // without the header line

    CliResult r =
        import(mine, {QStringLiteral("--include"), QStringLiteral("networks,maybe"), theirs});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("--include")), r.err.toStdString());

    r = import(mine, {QStringLiteral("--dry-run"), QStringLiteral("--include"),
                      QStringLiteral("all"), theirs});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("theirs.jamfor: 1 batches read, 1 brought values; "
                                             "%1 rows, %1 new, 0 unchanged, 0 replaced, 0 kept")
                                  .arg(valueCount)),
               r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("dry run, nothing was imported")));
    BOOST_TEST(exported(mine).count(u'\n') == 1); // the header only

    r = import(mine, {QStringLiteral("--include"), QStringLiteral("all"), theirs});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("theirs.jamfor: networks: 1 new, 0 unchanged, 0 "
                                             "replaced, 0 kept")),
               r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("theirs.jamfor: analyses: 1 new")),
               r.out.toStdString());
    BOOST_TEST(exported(mine) == theirValues);

    // A differing value: refused by default, with the place and both values.
    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    testfiles::writeAll(changed, "kpi;municipality;period;gender;value\nU21401;1435;2024;T;99\n");
    r = import(mine, {QStringLiteral("--on-conflict"), QStringLiteral("replace"), changed});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    const QString before = exported(mine);
    r = import(mine, {theirs});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("U21401 1435 2024 T is 99 here and")),
               r.err.toStdString());
    BOOST_TEST(exported(mine) == before);
    r = import(mine, {QStringLiteral("--dry-run"), theirs});
    BOOST_TEST(r.out.contains(QStringLiteral("conflict at batch")), r.out.toStdString());
    r = import(mine, {QStringLiteral("--on-conflict"), QStringLiteral("replace"), theirs});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(
                   QStringLiteral("0 new, %1 unchanged, 1 replaced, 0 kept").arg(valueCount - 1)),
               r.out.toStdString());
    BOOST_TEST(exported(mine) == theirValues);

    // send: the analysis and the values it uses; imported back it is the same analysis.
    const QString sent = dir.filePath(QStringLiteral("sent.jamfor"));
    r = runCli({QStringLiteral("send"), QStringLiteral("--db"), mine, QStringLiteral("--analysis"),
                QStringLiteral("1"), QStringLiteral("-o"), sent});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("sent.jamfor: analysis 1 with")), r.out.toStdString());
    const QString colleague = dir.filePath(QStringLiteral("colleague.jamfor"));
    r = import(colleague, {QStringLiteral("--include"), QStringLiteral("analyses"), sent});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("analyses: 1 new")), r.out.toStdString());
    {
        auto db = jamfor::Database::open(colleague, jamfor::Database::OpenMode::ReadOnly);
        BOOST_TEST(jamfor::AnalysisRepository(db->connection()).idOf(uid) != 0);
    }

    r = runCli({QStringLiteral("send"), QStringLiteral("--db"), mine, QStringLiteral("--analysis"),
                QStringLiteral("7"), QStringLiteral("-o"), sent});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("no analysis 7")), r.err.toStdString());
    r = runCli({QStringLiteral("send"), QStringLiteral("--db"), mine});
    BOOST_TEST(r.exitCode == 2);
}
