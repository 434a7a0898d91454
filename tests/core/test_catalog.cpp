// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog the windows read the file through, on the demo file; expected values by plain SQL.
#define BOOST_TEST_MODULE catalog
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/democopy.h"
#include "tests/support/testfiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

QStringList column(Database& database, const QString& sql)
{
    QStringList result;
    QSqlQuery query(database.connection());
    BOOST_REQUIRE(query.exec(sql));
    while (query.next())
        result << query.value(0).toString();
    return result;
}

template <class T> QStringList idsOf(const QList<T>& items)
{
    QStringList ids;
    for (const T& item : items)
        ids << QVariant(item.id).toString();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_lists_are_the_files_rows)
{
    QTemporaryDir dir;
    auto database = Database::open(copyOfDemo(dir), Database::OpenMode::OpenExisting);
    const Catalog catalog(*database);
    BOOST_TEST(sorted(idsOf(catalog.areas())) ==
               sorted(column(*database, QStringLiteral("SELECT id FROM area"))));
    BOOST_TEST(sorted(idsOf(catalog.indicators())) ==
               sorted(column(*database, QStringLiteral("SELECT id FROM indicator"))));
    BOOST_TEST(sorted(idsOf(catalog.indicatorsOf(QStringLiteral("aldreomsorg")))) ==
               sorted(column(*database, QStringLiteral("SELECT id FROM indicator WHERE area_id "
                                                       "= 'aldreomsorg'"))));
    BOOST_TEST(catalog.indicatorsOf(QStringLiteral("no-such-area")).isEmpty());
    BOOST_TEST(sorted(idsOf(catalog.municipalities())) ==
               sorted(column(*database,
                             QStringLiteral("SELECT id FROM unit WHERE type = 'municipality'"))));
    BOOST_TEST(catalog.municipalities().size() == 290);
    BOOST_TEST(sorted(idsOf(catalog.networks())) ==
               sorted(column(*database, QStringLiteral("SELECT id FROM network"))));
    QStringList years;
    for (int year : catalog.years())
        years << QString::number(year);
    BOOST_TEST(years == column(*database, QStringLiteral("SELECT DISTINCT year FROM observation "
                                                         "ORDER BY year")));
    BOOST_TEST(catalog.isExampleData());
}

BOOST_AUTO_TEST_CASE(names_fall_back_as_the_windows_show_them)
{
    QTemporaryDir dir;
    auto database = Database::open(copyOfDemo(dir), Database::OpenMode::OpenExisting);
    const Catalog catalog(*database);
    const QStringList area = column(*database, QStringLiteral("SELECT name FROM area WHERE id = "
                                                              "'aldreomsorg'"));
    BOOST_REQUIRE(area.size() == 1);
    BOOST_TEST(catalog.areaName(QStringLiteral("aldreomsorg")) == area.constFirst());
    BOOST_TEST(catalog.areaName(QStringLiteral("x")).isEmpty());
    BOOST_TEST(catalog.indicatorTitle(QStringLiteral("U21401")) ==
               column(*database, QStringLiteral("SELECT title FROM indicator WHERE id = 'U21401'"))
                   .constFirst());
    BOOST_TEST(catalog.indicatorTitle(QStringLiteral("X9")) == QStringLiteral("X9"));
    BOOST_TEST(!catalog.network(987654).has_value());
    BOOST_TEST(catalog.unit(QStringLiteral("1435"))->name == QStringLiteral("Tanum"));
    BOOST_TEST(catalog.analyses().isEmpty());
    const qint64 network = catalog.networks().constFirst().id;
    BOOST_TEST(catalog.analysesUsing(network) == 0);
}
