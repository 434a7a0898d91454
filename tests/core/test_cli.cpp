// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE cli
#include "tests/support/clirunner.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <boost/test/unit_test.hpp>

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

BOOST_AUTO_TEST_CASE(demo_export_import_export_is_identical)
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.jamfor"));
    const QString copy = dir.filePath(QStringLiteral("copy.jamfor"));
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));

    CliResult r = runCli({QStringLiteral("demo"), demo});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Example data – invented values")));

    r = runCli(
        {QStringLiteral("export"), QStringLiteral("--db"), demo, QStringLiteral("-o"), first});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), copy, first});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    r = runCli(
        {QStringLiteral("export"), QStringLiteral("--db"), copy, QStringLiteral("-o"), second});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());

    const QByteArray a = testfiles::readAll(first);
    const QByteArray b = testfiles::readAll(second);
    BOOST_TEST(a.startsWith("indicator,unit,year,gender,value,status\n"));
    BOOST_TEST(a.count('\n') > 100000);
    BOOST_TEST((a == b));

    r = runCli({QStringLiteral("info"), QStringLiteral("--db"), copy});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Observations: %1").arg(a.count('\n') - 1)));
    BOOST_TEST(r.out.contains(QStringLiteral("Units: 312")));
}

BOOST_AUTO_TEST_CASE(export_writes_missing_values_and_status)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.jamfor"));
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    testfiles::writeAll(input, "kpi,municipality,period,gender,value\n"
                               "N15419,1435,2023,T,71.5\n"
                               "N15419,1486,2023,K,..\n"
                               "N15419,1486,2023,M,\n");
    CliResult r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, input});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    r = runCli({QStringLiteral("export"), QStringLiteral("--db"), db});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out == QStringLiteral("indicator,unit,year,gender,value,status\n"
                                       "N15419,1435,2023,T,71.5,\n"
                                       "N15419,1486,2023,K,,confidential\n"
                                       "N15419,1486,2023,M,,missing\n"));
}

BOOST_AUTO_TEST_CASE(bad_import_names_file_and_line_and_changes_nothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.jamfor"));
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    testfiles::writeAll(good, "kpi,municipality,period,gender,value\nN15419,1435,2023,T,71.5\n");
    testfiles::writeAll(bad, "kpi,municipality,period,gender,value\n"
                             "N15419,1486,2023,T,70\n"
                             "N15419,1427,20x3,T,69\n");
    BOOST_TEST_REQUIRE(
        runCli({QStringLiteral("import"), QStringLiteral("--db"), db, good}).exitCode == 0);
    const QString before = runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out;

    const CliResult r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, bad});
    BOOST_TEST(r.exitCode != 0);
    BOOST_TEST(r.err.contains(QStringLiteral("bad.csv, line 3")), r.err.toStdString());
    BOOST_TEST(r.err.contains(QStringLiteral("20x3")), r.err.toStdString());
    BOOST_TEST(runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out == before);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_non_zero)
{
    BOOST_TEST(runCli({}).exitCode == 2);
    BOOST_TEST(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    BOOST_TEST(runCli({QStringLiteral("export")}).exitCode == 2);
    QTemporaryDir dir;
    const CliResult r = runCli({QStringLiteral("info"), QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("none.jamfor"))});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("does not exist")));
}

BOOST_AUTO_TEST_CASE(demo_refuses_to_overwrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.jamfor"));
    testfiles::writeAll(path, "x");
    const CliResult r = runCli({QStringLiteral("demo"), path});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(testfiles::readAll(path) == QByteArray("x"));
}

BOOST_AUTO_TEST_CASE(messages_follow_a_swedish_locale)
{
    QTemporaryDir dir;
    const CliResult r =
        runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("demo.jamfor"))},
               QStringLiteral("sv_SE.UTF-8"));
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("Exempeldata – fiktiva värden")));
}
