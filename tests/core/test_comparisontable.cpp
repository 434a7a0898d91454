// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE comparisontable
#include "core/analysis/comparisontable.h"
#include "core/import/observationimporter.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/transaction.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
namespace tt = boost::test_tools;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// A small file whose statistics are worked out by hand below.
// Network "Testnätverket": 1435, 1486, 1430, 1427, 1484 in every area; 1438 only in "skola".
// Indicator Q (higher is better, area skola), 2023: 1484 90, 1435 80, 1486 70, 1430 70,
// 1427 60, 1438 missing; outside the network 0180 100 and the country row 0000 999.
// 2022: 1435 75, 1486 72.
struct SmallFile
{
    SmallFile()
    {
        db = Database::open(dir.filePath(QStringLiteral("t.jamfor")),
                            Database::OpenMode::CreateIfMissing);
        QSqlDatabase& c = db->connection();
        Transaction transaction(c);
        AreaRepository(c).save({QStringLiteral("skola"), QStringLiteral("Skola")});
        Indicator q;
        q.id = QStringLiteral("Q");
        q.title = QStringLiteral("Andel behöriga");
        q.direction = Direction::HigherIsBetter;
        q.areaId = QStringLiteral("skola");
        IndicatorRepository(c).save(q);
        Network network;
        network.name = QStringLiteral("Testnätverket");
        for (const char* id : {"1435", "1486", "1430", "1427", "1484"})
            network.members.append({QString::fromLatin1(id), {}});
        network.members.append({QStringLiteral("1438"), {QStringLiteral("skola")}});
        networkId = NetworkRepository(c).save(network);
        transaction.commit();

        const QString csv = dir.filePath(QStringLiteral("values.csv"));
        testfiles::writeAll(csv, "kpi,municipality,period,gender,value\n"
                                 "Q,1484,2023,T,90\nQ,1435,2023,T,80\nQ,1486,2023,T,70\n"
                                 "Q,1430,2023,T,70\nQ,1427,2023,T,60\nQ,1438,2023,T,-\n"
                                 "Q,0180,2023,T,100\nQ,0000,2023,T,999\n"
                                 "Q,1435,2022,T,75\nQ,1486,2022,T,72\n");
        ObservationImporter(*db).importCsv(csv);
    }

    ComparisonTableRequest request() const
    {
        ComparisonTableRequest r;
        r.population = *PopulationChoice::fromCode(QStringLiteral("network:Testnätverket"));
        r.networkId = networkId;
        r.areaId = QStringLiteral("skola");
        r.indicatorIds = {QStringLiteral("Q")};
        r.year = 2023;
        r.firstYear = 2022;
        r.focusUnitId = QStringLiteral("1435");
        return r;
    }

    const ComparisonTableRow& row(const ComparisonTable& table, const QString& unitId) const
    {
        for (const ComparisonTableRow& r : table.rows) {
            if (r.unitId == unitId)
                return r;
        }
        BOOST_FAIL("no row for " << unitId.toStdString());
        return table.rows.constFirst();
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 networkId = 0;
};

} // namespace

BOOST_FIXTURE_TEST_CASE(network_population_ranks_and_colours, SmallFile)
{
    const ComparisonTable table = ComparisonTable::build(*db, request());
    BOOST_REQUIRE(table.columns.size() == 1);
    // Population values 60, 70, 70, 80, 90: QUARTILE.INC gives Q1 = 70 (position 1) and
    // Q3 = 80 (position 3).
    BOOST_TEST(table.columns[0].population.n == 5);
    BOOST_TEST(table.columns[0].population.q1 == 70.0, tt::tolerance(1e-12));
    BOOST_TEST(table.columns[0].population.q3 == 80.0, tt::tolerance(1e-12));

    // Six members (1438 takes part in "skola") and three summary rows.
    BOOST_TEST(table.rows.size() == 6 + 3);
    const auto colourOf = [&](const char* id) {
        return int(row(table, QString::fromLatin1(id)).cells[0].colour);
    };
    const auto rankOf = [&](const char* id) {
        return row(table, QString::fromLatin1(id)).cells[0].rank.value_or(-1);
    };
    BOOST_TEST(colourOf("1484") == int(ColourClass::Green));
    BOOST_TEST(colourOf("1435") == int(ColourClass::Green)); // 80 ≥ Q3
    BOOST_TEST(colourOf("1486") == int(ColourClass::Red));   // 70 ≤ Q1
    BOOST_TEST(colourOf("1427") == int(ColourClass::Red));
    BOOST_TEST(colourOf("1438") == int(ColourClass::Missing));
    // Competition ranking: 90 → 1, 80 → 2, 70 and 70 → 3, 60 → 5.
    BOOST_TEST(rankOf("1484") == 1);
    BOOST_TEST(rankOf("1435") == 2);
    BOOST_TEST(rankOf("1486") == 3);
    BOOST_TEST(rankOf("1430") == 3);
    BOOST_TEST(rankOf("1427") == 5);
    BOOST_TEST(rankOf("1438") == -1);

    BOOST_TEST(row(table, QStringLiteral("1435")).focus);
    BOOST_TEST(row(table, QStringLiteral("1438")).networkMember);

    // Changes since 2022: 1435 75 → 80 is better, 1486 72 → 70 is worse.
    const auto& tanum = row(table, QStringLiteral("1435")).cells[0].change;
    BOOST_REQUIRE(tanum.has_value());
    BOOST_TEST(tanum->delta == 5.0, tt::tolerance(1e-12));
    BOOST_TEST(int(tanum->verdict) == int(Verdict::Better));
    BOOST_TEST(int(row(table, QStringLiteral("1486")).cells[0].change->verdict) ==
               int(Verdict::Worse));
    BOOST_TEST(!row(table, QStringLiteral("1430")).cells[0].change.has_value());
}

BOOST_FIXTURE_TEST_CASE(summary_rows_leave_out_regions_and_the_country_row, SmallFile)
{
    const ComparisonTable table = ComparisonTable::build(*db, request());
    const ComparisonTableRow& networkMean = table.rows[table.rows.size() - 3];
    const ComparisonTableRow& countryMean = table.rows[table.rows.size() - 2];
    const ComparisonTableRow& countryMedian = table.rows[table.rows.size() - 1];
    BOOST_TEST(int(networkMean.kind) == int(ComparisonTableRow::Kind::NetworkMean));
    // (90 + 80 + 70 + 70 + 60) / 5 = 74
    BOOST_TEST(*networkMean.cells[0].value == 74.0, tt::tolerance(1e-12));
    // Municipalities 60, 70, 70, 80, 90, 100 (0000 is not a municipality):
    // mean 470 / 6, median (70 + 80) / 2 = 75.
    BOOST_TEST(*countryMean.cells[0].value == 470.0 / 6.0, tt::tolerance(1e-12));
    BOOST_TEST(*countryMedian.cells[0].value == 75.0, tt::tolerance(1e-12));
}

BOOST_FIXTURE_TEST_CASE(years_as_columns, SmallFile)
{
    ComparisonTableRequest r = request();
    r.columns = ComparisonTableRequest::Columns::Years;
    const ComparisonTable table = ComparisonTable::build(*db, r);
    BOOST_REQUIRE(table.columns.size() == 2);
    BOOST_TEST(table.columns[0].year == 2022);
    BOOST_TEST(table.columns[1].year == 2023);
    // 2022 has only two values in the population: no colour (fewer than 4).
    BOOST_TEST(int(row(table, QStringLiteral("1435")).cells[0].colour) ==
               int(ColourClass::NoColour));
    BOOST_TEST(*row(table, QStringLiteral("1435")).cells[0].value == 75.0);
}

BOOST_FIXTURE_TEST_CASE(country_population_has_every_municipality, SmallFile)
{
    ComparisonTableRequest r = request();
    r.population = *PopulationChoice::fromCode(QStringLiteral("country"));
    const ComparisonTable table = ComparisonTable::build(*db, r);
    BOOST_TEST(table.rows.size() == 290 + 3);
    // 0180 (100) is now the best of six values.
    BOOST_TEST(row(table, QStringLiteral("0180")).cells[0].rank.value_or(-1) == 1);
}
