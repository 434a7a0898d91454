// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli import: formats, --on-conflict keep|replace|fail, --dry-run, --sheet, exit codes.
#define BOOST_TEST_MODULE cli_import
#include "tests/support/clirunner.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"
#include "tests/support/xlsxbuilder.h"

#include <boost/test/unit_test.hpp>

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

QString data(const char* name)
{
    return testfiles::dataPath(QStringLiteral("import/") + QString::fromLatin1(name));
}

CliResult import(const QString& db, const QStringList& more)
{
    return runCli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + more);
}

QString exported(const QString& db)
{
    return runCli({QStringLiteral("export"), QStringLiteral("--db"), db}).out;
}

} // namespace

BOOST_AUTO_TEST_CASE(conflict_policies)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.jamfor"));
    const QString changed = dir.filePath(QStringLiteral("changed.csv"));
    testfiles::writeAll(changed, "kpi;municipality;period;gender;value\nN15419;1435;2023;T;72,5\n");
    CliResult r = import(db, {data("export_own.csv")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("export_own.csv: 4 rows, 4 new, 0 unchanged, 0 "
                                             "replaced, 0 kept")));
    const QString before = exported(db);

    r = import(db, {changed});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("changed.csv, line 2: N15419 1435 2023 T: the value "
                                             "72.5 differs from the stored value 71.5")),
               r.err.toStdString());
    BOOST_TEST(exported(db) == before);

    r = import(db, {QStringLiteral("--dry-run"), changed});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("conflict at line 2: N15419 1435 2023 T: stored "
                                             "71.5, file 72.5")),
               r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("dry run, nothing was imported")));
    BOOST_TEST(exported(db) == before);

    r = import(db, {QStringLiteral("--on-conflict"), QStringLiteral("keep"), changed});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("1 rows, 0 new, 0 unchanged, 0 replaced, 1 kept")));
    BOOST_TEST(exported(db) == before);

    r = import(db, {QStringLiteral("--on-conflict"), QStringLiteral("replace"), changed});
    BOOST_TEST(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("1 rows, 0 new, 0 unchanged, 1 replaced, 0 kept")));
    BOOST_TEST(exported(db).contains(QStringLiteral("N15419,1435,2023,T,72.5,\n")));

    r = import(db, {QStringLiteral("--on-conflict"), QStringLiteral("maybe"), changed});
    BOOST_TEST(r.exitCode == 2);
}

BOOST_AUTO_TEST_CASE(json_xlsx_and_metadata)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.jamfor"));
    CliResult r = import(db, {data("kolada_v2.json"), data("kolada_kpi_v2.json")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("kolada_v2.json: 7 rows, 7 new")),
               r.out.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("kolada_kpi_v2.json: 2 indicator descriptions, 1 new, "
                                             "1 updated")),
               r.out.toStdString());
    BOOST_TEST(r.err.contains(QStringLiteral("warning: ")), r.err.toStdString());
    BOOST_TEST(r.err.contains(QStringLiteral("next page")), r.err.toStdString());

    using namespace xlsxbuilder;
    const QString book = dir.filePath(QStringLiteral("book.xlsx"));
    const QByteArray sheet = sheetXml({
        row(1, {inlineText("A1", QStringLiteral("Nyckeltals-id")),
                inlineText("B1", QStringLiteral("År")), inlineText("C1", QStringLiteral("Tanum")),
                inlineText("D1", QStringLiteral("Lysekil"))}),
        row(2, {inlineText("A2", QStringLiteral("U21401")), number("B2", "2023"),
                number("C2", "11"), number("D2", "9.5")}),
    });
    writeWorkbook(book, {{QStringLiteral("Info"), sheetXml({})}, {QStringLiteral("Data"), sheet}},
                  {});
    r = import(db, {QStringLiteral("--sheet"), QStringLiteral("Data"), book});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    BOOST_TEST(r.out.contains(QStringLiteral("book.xlsx: 2 rows, 2 new")), r.out.toStdString());
    const QString all = exported(db);
    BOOST_TEST(all.contains(QStringLiteral("U21401,1435,2023,T,11,\n")));
    BOOST_TEST(all.contains(QStringLiteral("U21401,1484,2023,T,9.5,\n")));

    // The first sheet is empty: no header.
    r = import(db, {book});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("book.xlsx: no header row found")),
               r.err.toStdString());
}
