// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE demo
#include "core/demo/demodataset.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/util/translations.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

// Written once for all cases: generating the demo takes a few seconds.
struct DemoFile
{
    struct Shared
    {
        Shared()
        {
            database = Database::open(dir.filePath(QStringLiteral("demo.jamfor")),
                                      Database::OpenMode::CreateIfMissing);
            DemoDataset::write(*database);
        }
        QTemporaryDir dir;
        std::unique_ptr<Database> database;
    };

    DemoFile()
    {
        static Shared shared;
        db = shared.database.get();
    }
    Database* db = nullptr;
};

BOOST_FIXTURE_TEST_SUITE(demo, DemoFile)

BOOST_AUTO_TEST_CASE(network_has_the_bohuslan_members_and_school_only_members)
{
    const auto network =
        NetworkRepository(db->connection()).findByName(QStringLiteral("Bohusnätverket"));
    BOOST_REQUIRE(network.has_value());
    const QStringList all{QStringLiteral("1435"), QStringLiteral("1486"), QStringLiteral("1430"),
                          QStringLiteral("1427"), QStringLiteral("1484"), QStringLiteral("1421"),
                          QStringLiteral("1419")};
    BOOST_TEST(network->memberIdsFor(QStringLiteral("aldreomsorg")) == all);
    QStringList school = all;
    school << QStringLiteral("1438") << QStringLiteral("1439");
    BOOST_TEST(network->memberIdsFor(QStringLiteral("grundskola")) == school);
    BOOST_TEST(network->people.size() >= 4);
}

BOOST_AUTO_TEST_CASE(indicators_cover_four_areas_with_cost_and_quality)
{
    const QList<Indicator> indicators = IndicatorRepository(db->connection()).all();
    BOOST_TEST(indicators.size() >= 20);
    BOOST_TEST(indicators.size() <= 40);
    for (const char* area : {"aldreomsorg", "lss", "ifo", "grundskola"}) {
        const QList<Indicator> inArea =
            IndicatorRepository(db->connection()).forArea(QString::fromLatin1(area));
        const auto has = [&](IndicatorKind kind) {
            return std::any_of(inArea.cbegin(), inArea.cend(),
                               [&](const Indicator& i) { return i.kind == kind; });
        };
        BOOST_TEST_CONTEXT(area)
        {
            BOOST_TEST(has(IndicatorKind::Cost));
            BOOST_TEST(has(IndicatorKind::Quality));
        }
    }
    const auto merit = IndicatorRepository(db->connection()).find(QStringLiteral("N15419"));
    BOOST_REQUIRE(merit.has_value());
    BOOST_TEST(int(merit->direction) == int(Direction::HigherIsBetter));
    const auto waiting = IndicatorRepository(db->connection()).find(QStringLiteral("U23401"));
    BOOST_TEST(int(waiting->direction) == int(Direction::LowerIsBetter));
}

BOOST_AUTO_TEST_CASE(every_municipality_has_values_over_ten_years)
{
    ObservationRepository observations(db->connection());
    BOOST_TEST(observations.years().size() == 10);
    const auto costs = observations.forIndicatorYear(QStringLiteral("N20007"), 2024, Gender::Total);
    // 290 municipalities, 21 regions, the country.
    BOOST_TEST(costs.size() == 312);
    for (const Observation& o : costs) {
        BOOST_REQUIRE(o.value.has_value());
        // Plausible costs for elderly care per inhabitant 65+, and never stuck at a bound.
        BOOST_TEST(*o.value > 15000.0);
        BOOST_TEST(*o.value < 150000.0);
    }
    // Gender-divided indicators: the total lies between the women's and the men's values.
    const auto total = observations.forIndicatorYear(QStringLiteral("N15507"), 2024, Gender::Total);
    const auto women = observations.forIndicatorYear(QStringLiteral("N15507"), 2024, Gender::Women);
    const auto men = observations.forIndicatorYear(QStringLiteral("N15507"), 2024, Gender::Men);
    BOOST_REQUIRE(total.size() == women.size());
    BOOST_REQUIRE(total.size() == men.size());
    for (qsizetype i = 0; i < total.size(); ++i) {
        if (!total[i].value)
            continue;
        const double low = std::min(*women[i].value, *men[i].value) - 0.051;
        const double high = std::max(*women[i].value, *men[i].value) + 0.051;
        BOOST_TEST(*total[i].value >= low);
        BOOST_TEST(*total[i].value <= high);
    }
}

BOOST_AUTO_TEST_CASE(file_is_marked_as_example_data)
{
    BOOST_TEST(FileInfoRepository(db->connection()).isExampleData());
    BOOST_TEST(DemoDataset::exampleDataLabel() == QStringLiteral("Example data – invented values"));
    installTranslations(QStringLiteral("sv"));
    BOOST_TEST(DemoDataset::exampleDataLabel() == QStringLiteral("Exempeldata – fiktiva värden"));
}

BOOST_AUTO_TEST_SUITE_END()
