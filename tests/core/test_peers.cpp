// SPDX-License-Identifier: GPL-3.0-or-later
// Peers: similar municipalities, values among them, who does better than the focus municipality
// and women against men, on the demo file. The expected values are read with plain SQL here,
// not through the repositories the service uses.
#define BOOST_TEST_MODULE peers
#include "core/handbook/peers.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/demoanalysis.h"
#include "tests/support/testfiles.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <algorithm>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct Fixture
{
    QTemporaryDir dir;
    DemoAnalysis demo{dir.filePath(QStringLiteral("demo.jamfor"))};
    Analysis analysis = *AnalysisRepository(demo.database->connection()).load(demo.analysisId);

    QSqlDatabase& db() { return demo.database->connection(); }

    QStringList column(const QString& sql)
    {
        QStringList result;
        QSqlQuery query(db());
        BOOST_REQUIRE(query.exec(sql));
        while (query.next())
            result << query.value(0).toString();
        return result;
    }

    // unit → value of the indicator, year and gender, only where there is a value.
    QHash<QString, double> values(const QString& indicator, int year, const QString& gender)
    {
        QHash<QString, double> result;
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT unit_id, value FROM observation WHERE indicator_id "
                                     "= ? AND year = ? AND gender = ? AND value IS NOT NULL"));
        query.addBindValue(indicator);
        query.addBindValue(year);
        query.addBindValue(gender);
        BOOST_REQUIRE(query.exec());
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toDouble());
        return result;
    }

    // The network's members in its order, for the analysis's area.
    QStringList members()
    {
        return column(
            QStringLiteral("SELECT unit_id FROM network_member m WHERE network_id = %1 AND ("
                           "NOT EXISTS (SELECT 1 FROM network_member_area a WHERE a.network_id "
                           "= m.network_id AND a.unit_id = m.unit_id) OR EXISTS (SELECT 1 FROM "
                           "network_member_area a WHERE a.network_id = m.network_id AND "
                           "a.unit_id = m.unit_id AND a.area_id = '%2')) ORDER BY position")
                .arg(analysis.networkId)
                .arg(analysis.areaId));
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(better_than_focus_are_those_with_a_lower_value_of_a_lower_is_better,
                        Fixture)
{
    analysis.similarUnitIds = {QStringLiteral("1480"), QStringLiteral("2580")}; // outside the net
    const QHash<QString, double> u21401 =
        values(DemoAnalysis::indicator, 2024, QStringLiteral("T"));
    BOOST_REQUIRE(u21401.contains(DemoAnalysis::focus));
    const double focusValue = u21401.value(DemoAnalysis::focus);
    QStringList expected;
    for (const QString& unit : members() + analysis.similarUnitIds) {
        if (u21401.contains(unit) && u21401.value(unit) < focusValue && !expected.contains(unit))
            expected << unit;
    }
    BOOST_REQUIRE(!expected.isEmpty()); // the demo's Tanum is not the best
    const QStringList better =
        Peers::betterThanFocus(*demo.database, analysis, DemoAnalysis::indicator);
    BOOST_TEST(sorted(better) == sorted(expected));
    BOOST_TEST(!better.contains(DemoAnalysis::focus));
}

BOOST_FIXTURE_TEST_CASE(better_than_focus_is_empty_without_direction_or_focus_value, Fixture)
{
    // A background indicator has no direction: nobody "does better".
    BOOST_TEST(
        Peers::betterThanFocus(*demo.database, analysis, QStringLiteral("EX0003")).isEmpty());
    // A year without values: the focus municipality has none, so nobody ranks above it.
    analysis.year = 1999;
    BOOST_TEST(Peers::betterThanFocus(*demo.database, analysis, DemoAnalysis::indicator).isEmpty());
    // An unknown indicator.
    analysis.year = 2024;
    BOOST_TEST(Peers::betterThanFocus(*demo.database, analysis, QStringLiteral("X0")).isEmpty());
}

BOOST_FIXTURE_TEST_CASE(better_than_focus_keeps_the_similar_ones_when_the_network_is_gone, Fixture)
{
    analysis.networkId = 999999;
    analysis.similarUnitIds = members();
    const QHash<QString, double> u21401 =
        values(DemoAnalysis::indicator, 2024, QStringLiteral("T"));
    QStringList expected;
    for (const QString& unit : analysis.similarUnitIds) {
        if (u21401.contains(unit) && u21401.value(unit) < u21401.value(DemoAnalysis::focus))
            expected << unit;
    }
    BOOST_TEST(sorted(Peers::betterThanFocus(*demo.database, analysis, DemoAnalysis::indicator)) ==
               sorted(expected));
}

BOOST_FIXTURE_TEST_CASE(values_among_focus_and_similar_have_competition_ranks, Fixture)
{
    analysis.similarUnitIds = members().mid(0, 4);
    analysis.similarUnitIds << QStringLiteral("1480") << DemoAnalysis::focus; // focus twice
    const QHash<QString, double> u21401 =
        values(DemoAnalysis::indicator, 2024, QStringLiteral("T"));
    QStringList expectedIds{DemoAnalysis::focus};
    for (const QString& unit : analysis.similarUnitIds) {
        if (!expectedIds.contains(unit))
            expectedIds << unit;
    }
    const Peers::Values peers =
        Peers::valuesAmong(*demo.database, analysis, DemoAnalysis::indicator);
    BOOST_REQUIRE(peers.rows.size() == expectedIds.size());
    for (qsizetype i = 0; i < expectedIds.size(); ++i) {
        const Peers::Row& row = peers.rows[i];
        BOOST_TEST(row.unitId == expectedIds[i]);
        BOOST_REQUIRE(row.value.has_value() == u21401.contains(row.unitId));
        if (!row.value) {
            BOOST_TEST(!row.rank.has_value());
            continue;
        }
        BOOST_TEST(*row.value == u21401.value(row.unitId));
        // Lower is better: 1 + how many of these have a strictly lower value.
        const int rank =
            1 +
            int(std::count_if(expectedIds.cbegin(), expectedIds.cend(), [&](const QString& other) {
                return u21401.contains(other) && u21401.value(other) < *row.value;
            }));
        BOOST_REQUIRE(row.rank.has_value());
        BOOST_TEST(*row.rank == rank);
    }
    BOOST_TEST(Peers::valuesAmong(*demo.database, analysis, QStringLiteral("X0")).rows.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(similar_municipalities_are_measured_by_the_background_indicators, Fixture)
{
    const Peers::Suggestion suggestion =
        Peers::similarTo(*demo.database, DemoAnalysis::focus, 2024, 5);
    BOOST_TEST(sorted(suggestion.backgroundTitles) ==
               sorted(column(QStringLiteral("SELECT title FROM indicator WHERE kind = "
                                            "'background'"))));
    BOOST_REQUIRE(suggestion.nearest.size() == 5);
    const QStringList municipalities =
        column(QStringLiteral("SELECT id FROM unit WHERE type = 'municipality'"));
    for (qsizetype i = 0; i < suggestion.nearest.size(); ++i) {
        BOOST_TEST(suggestion.nearest[i].unitId != DemoAnalysis::focus);
        BOOST_TEST(municipalities.contains(suggestion.nearest[i].unitId));
        if (i > 0)
            BOOST_TEST(suggestion.nearest[i - 1].distance <= suggestion.nearest[i].distance);
    }
    // No year or no focus: nothing to measure by.
    BOOST_TEST(Peers::similarTo(*demo.database, DemoAnalysis::focus, 0, 5).nearest.isEmpty());
    BOOST_TEST(Peers::similarTo(*demo.database, QString(), 2024, 5).nearest.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(gender_gaps_list_focus_members_and_similar_with_both_values, Fixture)
{
    const QString indicator = QStringLiteral("U21468"); // divided by gender in the demo
    ChartContext context;
    context.networkId = analysis.networkId;
    context.areaId = analysis.areaId;
    context.focusUnitId = DemoAnalysis::focus;
    context.year = 2024;
    const QStringList similar{QStringLiteral("1480")};
    const Peers::GenderGaps gaps = Peers::genderGaps(*demo.database, context, similar, indicator);
    QStringList expectedIds{DemoAnalysis::focus};
    for (const QString& unit : members() + similar) {
        if (!expectedIds.contains(unit))
            expectedIds << unit;
    }
    const QHash<QString, double> women = values(indicator, 2024, QStringLiteral("K"));
    const QHash<QString, double> men = values(indicator, 2024, QStringLiteral("M"));
    BOOST_REQUIRE(!women.isEmpty());
    QStringList ids;
    for (const Peers::GenderRow& row : gaps.rows) {
        ids << row.unitId;
        BOOST_TEST(row.focus == (row.unitId == DemoAnalysis::focus));
        BOOST_TEST(row.women.has_value() == women.contains(row.unitId));
        if (row.women)
            BOOST_TEST(*row.women == women.value(row.unitId));
        if (row.men)
            BOOST_TEST(*row.men == men.value(row.unitId));
        BOOST_TEST(!row.name.isEmpty());
    }
    BOOST_TEST(ids == expectedIds);
}
