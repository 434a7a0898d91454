// SPDX-License-Identifier: GPL-3.0-or-later
// Step 5's suggested target, on the demo analysis (U21401 taken forward for Tanum in 2024 with a
// target for 2026). The expected values are read with plain SQL here.
#define BOOST_TEST_MODULE targetsuggestion
#include "core/handbook/targetsuggestion.h"
#include "core/storage/analysisrepository.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DemoAnalysis demo{dir.filePath(QStringLiteral("demo.jamfor"))};
    Analysis analysis = *AnalysisRepository(demo.database->connection()).load(demo.analysisId);

    double focusValue(const QString& indicator)
    {
        QSqlQuery query(demo.database->connection());
        query.prepare(QStringLiteral("SELECT value FROM observation WHERE indicator_id = ? AND "
                                     "unit_id = '1435' AND year = 2024 AND gender = 'T'"));
        query.addBindValue(indicator);
        BOOST_REQUIRE(query.exec() && query.next());
        return query.value(0).toDouble();
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(an_indicator_with_a_target_gets_the_next_free_year, Fixture)
{
    BOOST_REQUIRE(analysis.targets.size() == 1);
    BOOST_REQUIRE(analysis.targets[0].year == 2026);
    const IndicatorTarget target = suggestedTarget(*demo.database, analysis);
    BOOST_TEST(target.indicatorId == DemoAnalysis::indicator);
    BOOST_TEST(target.year == 2027); // 2024 + 2 is taken
    BOOST_TEST(target.value == focusValue(DemoAnalysis::indicator));
    BOOST_TEST(target.id == 0);
}

BOOST_FIXTURE_TEST_CASE(the_first_indicator_without_a_target_comes_first, Fixture)
{
    AnalysisIndicator second;
    second.indicatorId = QStringLiteral("U21468");
    second.takenForward = true;
    second.judgement = Judgement::Problem;
    analysis.indicators.append(second);
    const IndicatorTarget target = suggestedTarget(*demo.database, analysis);
    BOOST_TEST(target.indicatorId == QStringLiteral("U21468"));
    BOOST_TEST(target.year == 2026);
    BOOST_TEST(target.value == focusValue(QStringLiteral("U21468")));
}

BOOST_FIXTURE_TEST_CASE(nothing_taken_forward_suggests_nothing, Fixture)
{
    for (AnalysisIndicator& entry : analysis.indicators)
        entry.takenForward = false;
    BOOST_TEST(suggestedTarget(*demo.database, analysis).indicatorId.isEmpty());
    // A year without a value starts from 0.
    analysis = *AnalysisRepository(demo.database->connection()).load(demo.analysisId);
    analysis.year = 1999;
    analysis.targets.clear();
    const IndicatorTarget target = suggestedTarget(*demo.database, analysis);
    BOOST_TEST(target.year == 2001);
    BOOST_TEST(target.value == 0);
}
