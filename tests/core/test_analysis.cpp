// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE analysis
#include "core/analysis/comparison.h"
#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/correlation.h"
#include "core/analysis/costquality.h"
#include "core/analysis/gendersplit.h"
#include "core/analysis/linearfit.h"
#include "core/analysis/ranking.h"
#include "core/analysis/similarity.h"
#include "core/analysis/trend.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/referencestatistics.h"
#include "core/registry/unitregistry.h"
#include "tests/support/testfiles.h"
#include "core/util/error.h"

#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace jamfor;
namespace tt = boost::test_tools;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

constexpr auto Higher = Direction::HigherIsBetter;
constexpr auto Lower = Direction::LowerIsBetter;
constexpr auto NoDirection = Direction::None;

UnitValue uv(const char* id, std::optional<double> value)
{
    return {QString::fromLatin1(id), value, value ? ValueStatus::Ok : ValueStatus::Missing};
}

QList<int> ranksOf(const QList<UnitValue>& values, Direction direction)
{
    QList<int> ranks;
    for (const std::optional<int>& rank : competitionRanks(values, direction))
        ranks << rank.value_or(0); // 0 stands for "no rank"
    return ranks;
}

QList<double> percentilesOf(const QList<UnitValue>& values, Direction direction)
{
    QList<double> result;
    for (const std::optional<double>& p : percentiles(values, direction))
        result << p.value_or(-1); // −1 stands for "no percentile"
    return result;
}

// A small deterministic generator for the reference comparisons below.
quint64 nextRandom(quint64& state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Comparison populations

BOOST_AUTO_TEST_CASE(network_population_respects_per_area_membership)
{
    Network network;
    network.name = QStringLiteral("Testnätet");
    network.members = {{QStringLiteral("1435"), {}},
                       {QStringLiteral("1486"), {}},
                       {QStringLiteral("1438"), {QStringLiteral("grundskola")}}};
    const ComparisonPopulation care =
        ComparisonPopulation::ofNetwork(network, QStringLiteral("aldreomsorg"));
    BOOST_TEST(care.unitIds == (QStringList{QStringLiteral("1435"), QStringLiteral("1486")}));
    BOOST_TEST(care.label == QStringLiteral("Testnätet"));
    BOOST_TEST(care.choice.code() == QStringLiteral("network:Testnätet"));
    const ComparisonPopulation school =
        ComparisonPopulation::ofNetwork(network, QStringLiteral("grundskola"));
    BOOST_TEST(school.unitIds == (QStringList{QStringLiteral("1435"), QStringLiteral("1486"),
                                              QStringLiteral("1438")}));
}

BOOST_AUTO_TEST_CASE(country_and_county_populations_hold_municipalities_only)
{
    const QList<Unit>& units = UnitRegistry::instance().all();
    const ComparisonPopulation country = ComparisonPopulation::ofCountry(units);
    BOOST_TEST(country.unitIds.size() == 290);
    BOOST_TEST(!country.unitIds.contains(QStringLiteral("0000")));
    BOOST_TEST(!country.unitIds.contains(QStringLiteral("0014")));
    // Västra Götaland has 49 municipalities, Gotland one (SCB).
    const ComparisonPopulation vg = ComparisonPopulation::ofCounty(units, QStringLiteral("14"));
    BOOST_TEST(vg.unitIds.size() == 49);
    BOOST_TEST(vg.unitIds.contains(QStringLiteral("1435")));
    BOOST_TEST(vg.label == QStringLiteral("Västra Götalands län"));
    BOOST_TEST(ComparisonPopulation::ofCounty(units, QStringLiteral("09")).unitIds ==
               QStringList{QStringLiteral("0980")});
}

BOOST_AUTO_TEST_CASE(kommungrupp_population_takes_the_units_of_the_group)
{
    // Bohuslän's C9 municipalities, by hand from SKR's table (revision 2023).
    const QList<Unit>& units = UnitRegistry::instance().all();
    const QStringList c9 = ComparisonPopulation::ofKommungrupp(units, QStringLiteral("C9")).unitIds;
    BOOST_TEST(c9.size() == 21);
    for (const char* id : {"1427", "1435", "1486"})
        BOOST_TEST(c9.contains(QString::fromLatin1(id)), id);
    BOOST_TEST(!c9.contains(QStringLiteral("1430"))); // Munkedal is C7
    const QList<Unit> grouped{
        {QStringLiteral("1486"), QStringLiteral("Strömstad"), UnitType::Municipality,
         QStringLiteral("14"), QStringLiteral("C9")},
        {QStringLiteral("1435"), QStringLiteral("Tanum"), UnitType::Municipality,
         QStringLiteral("14"), QStringLiteral("C9")},
        {QStringLiteral("1430"), QStringLiteral("Munkedal"), UnitType::Municipality,
         QStringLiteral("14"), QStringLiteral("C7")},
    };
    BOOST_TEST(ComparisonPopulation::ofKommungrupp(grouped, QStringLiteral("C9")).unitIds ==
               (QStringList{QStringLiteral("1435"), QStringLiteral("1486")}));
}

BOOST_AUTO_TEST_CASE(resolve_finds_networks_and_groups_by_name_and_refuses_unknown_ones)
{
    const QList<Unit>& units = UnitRegistry::instance().all();
    Network network;
    network.name = QStringLiteral("N");
    network.members = {{QStringLiteral("1435"), {}}};
    const UnitGroup group{
        7, QStringLiteral("Liknande"), {QStringLiteral("1486"), QStringLiteral("1427")}, {}};
    const auto resolve = [&](const QString& code) {
        return ComparisonPopulation::resolve(*PopulationChoice::fromCode(code), QString(), units,
                                             {network}, {group});
    };
    BOOST_TEST(resolve(QStringLiteral("network:N")).unitIds == QStringList{QStringLiteral("1435")});
    BOOST_TEST(resolve(QStringLiteral("group:Liknande")).unitIds == group.unitIds);
    BOOST_TEST(resolve(QStringLiteral("country")).unitIds.size() == 290);
    BOOST_TEST(resolve(QStringLiteral("county:14")).unitIds.size() == 49);
    BOOST_TEST(resolve(QStringLiteral("kommungrupp:C9")).unitIds.size() == 21);
    BOOST_CHECK_EXCEPTION(resolve(QStringLiteral("kommungrupp:X1")), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("X1"));
    });
    BOOST_CHECK_EXCEPTION(resolve(QStringLiteral("network:Okänt")), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("Okänt"));
    });
    BOOST_CHECK_EXCEPTION(resolve(QStringLiteral("group:Okänd")), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("Okänd"));
    });
    BOOST_CHECK_EXCEPTION(resolve(QStringLiteral("county:99")), Error, [](const Error& e) {
        return e.message().contains(QStringLiteral("99"));
    });
}

BOOST_AUTO_TEST_CASE(population_choice_codes_round_trip)
{
    for (const char* code : {"country", "network:Bohusnätverket", "county:14", "kommungrupp:C9",
                             "group:Mina kommuner"}) {
        const QString text = QString::fromUtf8(code);
        const std::optional<PopulationChoice> choice = PopulationChoice::fromCode(text);
        BOOST_TEST_REQUIRE(choice.has_value(), code);
        BOOST_TEST(choice->code() == text);
    }
    BOOST_TEST((PopulationChoice::fromCode(QStringLiteral("group:Mina kommuner"))->kind ==
                PopulationKind::UserGroup));
    for (const char* bad : {"", "network:", "county: ", "riket", "Network:X"})
        BOOST_TEST(!PopulationChoice::fromCode(QString::fromUtf8(bad)).has_value(), bad);
    BOOST_TEST(populationKindCode(PopulationKind::UserGroup) == QStringLiteral("unit_group"));
    BOOST_TEST(
        (populationKindFromCode(QStringLiteral("kommungrupp")) == PopulationKind::Kommungrupp));
    BOOST_TEST(!populationKindFromCode(QStringLiteral("group")).has_value());
}

BOOST_AUTO_TEST_CASE(values_in_population_keep_its_order_and_mark_absent_units_missing)
{
    ComparisonPopulation population;
    population.unitIds = {QStringLiteral("1486"), QStringLiteral("1435"), QStringLiteral("1427")};
    const QList<UnitValue> values{uv("1435", 1.5), uv("9999", 7.0), uv("1486", std::nullopt),
                                  uv("0000", 3.0)};
    const QList<UnitValue> picked = population.valuesIn(values);
    BOOST_TEST_REQUIRE(picked.size() == 3);
    BOOST_TEST(picked[0].unitId == QStringLiteral("1486"));
    BOOST_TEST(!picked[0].value.has_value());
    BOOST_TEST((picked[1].value == std::optional<double>(1.5)));
    BOOST_TEST(picked[2].unitId == QStringLiteral("1427")); // no row at all
    BOOST_TEST(!picked[2].value.has_value());
    BOOST_TEST(int(picked[2].status) == int(ValueStatus::Missing));
}

BOOST_AUTO_TEST_CASE(values_in_a_sorted_population_from_sorted_values)
{
    // Both ordered by unit id, as storage and the country population are: the merge path.
    ComparisonPopulation population;
    population.unitIds = {QStringLiteral("0114"), QStringLiteral("1427"), QStringLiteral("1435"),
                          QStringLiteral("2584")};
    const QList<UnitValue> values{uv("0000", 9), uv("0114", -1), uv("1400", 3),
                                  uv("1435", std::nullopt), uv("2584", 0)};
    const QList<UnitValue> picked = population.valuesIn(values);
    BOOST_TEST_REQUIRE(picked.size() == 4);
    QStringList ids;
    for (const UnitValue& v : picked)
        ids << v.unitId;
    BOOST_TEST(ids == population.unitIds);
    BOOST_TEST((picked[0].value == std::optional<double>(-1)));
    BOOST_TEST(!picked[1].value.has_value()); // 1427 has no row
    BOOST_TEST(!picked[2].value.has_value()); // 1435 has a row without a value
    BOOST_TEST((picked[3].value == std::optional<double>(0)));
}

// ---------------------------------------------------------------------------------------------
// Rank and percentile

BOOST_AUTO_TEST_CASE(competition_rank_with_ties_and_missing_values)
{
    // Present values sorted: 1, 3, 4, 5, 5 (n = 5); E has no value.
    const QList<UnitValue> values{
        uv("A", 5), uv("B", 3), uv("C", 5), uv("D", 1), uv("E", std::nullopt), uv("F", 4)};
    // Higher is better: the two 5s share rank 1, then 3 is skipped ("1 1 3 4 5").
    BOOST_TEST(ranksOf(values, Higher) == (QList<int>{1, 4, 1, 5, 0, 3}));
    // Lower is better: 1 → 1, 3 → 2, 4 → 3, the two 5s share 4.
    BOOST_TEST(ranksOf(values, Lower) == (QList<int>{4, 2, 4, 1, 0, 3}));
    // No direction: ranked by value, highest first, like higher is better.
    BOOST_TEST(ranksOf(values, NoDirection) == ranksOf(values, Higher));
}

BOOST_AUTO_TEST_CASE(competition_rank_of_negative_and_equal_values)
{
    const QList<UnitValue> negative{uv("A", -2.5), uv("B", -7), uv("C", 0), uv("D", -2.5)};
    BOOST_TEST(ranksOf(negative, Higher) == (QList<int>{2, 4, 1, 2})); // "1 2 2 4"
    BOOST_TEST(ranksOf(negative, Lower) == (QList<int>{2, 1, 4, 2}));
    const QList<UnitValue> equal{uv("A", 3), uv("B", 3), uv("C", 3)};
    BOOST_TEST(ranksOf(equal, Higher) == (QList<int>{1, 1, 1}));
    BOOST_TEST(ranksOf(equal, Lower) == (QList<int>{1, 1, 1}));
    BOOST_TEST(percentilesOf(equal, Lower) == (QList<double>{100, 100, 100}));
}

BOOST_AUTO_TEST_CASE(percentile_is_share_of_values_better_or_equal)
{
    // Same data as above: present values 1, 3, 4, 5, 5.
    const QList<UnitValue> values{
        uv("A", 5), uv("B", 3), uv("C", 5), uv("D", 1), uv("E", std::nullopt), uv("F", 4)};
    // Higher is better. A: 5 ≥ all five → 100. B: 3 ≥ {1, 3} → 2/5 = 40.
    // D: 1 ≥ {1} → 20. F: 4 ≥ {1, 3, 4} → 60.
    BOOST_TEST(percentilesOf(values, Higher) == (QList<double>{100, 40, 100, 20, -1, 60}));
    // Lower is better. A: 5 ≤ {5, 5} → 40. B: 3 ≤ {3, 4, 5, 5} → 80. D: 100. F: 4 ≤ 3 values → 60.
    BOOST_TEST(percentilesOf(values, Lower) == (QList<double>{40, 80, 40, 100, -1, 60}));
}

BOOST_AUTO_TEST_CASE(rank_and_percentile_match_a_brute_force_reference)
{
    quint64 state = 42;
    for (int round = 0; round < 20; ++round) {
        QList<UnitValue> values;
        const int n = 1 + static_cast<int>(nextRandom(state) % 40);
        for (int i = 0; i < n; ++i) {
            const quint64 r = nextRandom(state);
            // Few distinct values, so there are many ties; about every seventh is missing.
            std::optional<double> value;
            if (r % 7 != 0)
                value = static_cast<double>(r % 9) - 4.0;
            values << UnitValue{QString::number(i), value, ValueStatus::Ok};
        }
        for (Direction direction : {Higher, Lower}) {
            const QList<std::optional<int>> ranks = competitionRanks(values, direction);
            const QList<std::optional<double>> shares = percentiles(values, direction);
            int present = 0;
            for (const UnitValue& v : values)
                present += v.value.has_value();
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (!values[i].value) {
                    BOOST_TEST(!ranks[i].has_value());
                    BOOST_TEST(!shares[i].has_value());
                    continue;
                }
                int strictlyBetter = 0;
                int betterOrEqualTo = 0;
                for (const UnitValue& other : values) {
                    if (!other.value)
                        continue;
                    const double sign = direction == Higher ? 1.0 : -1.0;
                    const double difference = sign * (*other.value - *values[i].value);
                    strictlyBetter += difference > 0;
                    betterOrEqualTo += difference <= 0;
                }
                BOOST_TEST(ranks[i].value() == strictlyBetter + 1);
                BOOST_TEST(shares[i].value() == 100.0 * betterOrEqualTo / present,
                           tt::tolerance(1e-12));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The comparison table

BOOST_AUTO_TEST_CASE(comparison_of_lower_is_better_indicator_with_change)
{
    const QList<UnitValue> current{uv("A", 10), uv("B", 20), uv("C", 30), uv("D", 40),
                                   uv("E", std::nullopt)};
    const QList<UnitValue> previous{uv("A", 12), uv("B", 20), uv("C", 25), uv("E", 5), uv("X", 1)};
    const Comparison c = compareUnits(current, previous, Lower);
    // n 4, mean 25, median 25; Q1 at position 0.75: 10 + 0.75·10 = 17.5;
    // Q3 at position 2.25: 30 + 0.25·10 = 32.5.
    BOOST_TEST(c.summary.n == 4);
    BOOST_TEST(c.summary.mean == 25.0, tt::tolerance(1e-12));
    BOOST_TEST(c.summary.median == 25.0, tt::tolerance(1e-12));
    BOOST_TEST(c.summary.q1 == 17.5, tt::tolerance(1e-12));
    BOOST_TEST(c.summary.q3 == 32.5, tt::tolerance(1e-12));
    BOOST_TEST_REQUIRE(c.rows.size() == 5);
    // Best first; lower is better so A leads; E without a value comes last.
    QStringList order;
    for (const ComparisonRow& row : c.rows)
        order << row.unitId;
    BOOST_TEST(order == (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                     QStringLiteral("D"), QStringLiteral("E")}));
    BOOST_TEST(int(c.rows[0].colour) == int(ColourClass::Green)); // 10 ≤ Q1
    BOOST_TEST(int(c.rows[1].colour) == int(ColourClass::Yellow));
    BOOST_TEST(int(c.rows[2].colour) == int(ColourClass::Yellow));
    BOOST_TEST(int(c.rows[3].colour) == int(ColourClass::Red)); // 40 ≥ Q3
    BOOST_TEST(int(c.rows[4].colour) == int(ColourClass::Missing));
    BOOST_TEST((c.rows[0].rank == std::optional<int>(1)));
    BOOST_TEST((c.rows[3].rank == std::optional<int>(4)));
    BOOST_TEST(!c.rows[4].rank.has_value());
    BOOST_TEST(c.rows[1].percentile.value() == 75.0); // 20 ≤ {20, 30, 40}
    // A: 12 → 10 is −2, better when lower is better. B unchanged. C: +5 worse.
    BOOST_TEST_REQUIRE(c.rows[0].change.has_value());
    BOOST_TEST(c.rows[0].change->delta == -2.0);
    BOOST_TEST(int(c.rows[0].change->verdict) == int(Verdict::Better));
    BOOST_TEST(int(c.rows[1].change->verdict) == int(Verdict::Unchanged));
    BOOST_TEST(c.rows[2].change->delta == 5.0);
    BOOST_TEST(int(c.rows[2].change->verdict) == int(Verdict::Worse));
    BOOST_TEST(!c.rows[3].change.has_value()); // D has no previous value
    BOOST_TEST(!c.rows[4].change.has_value()); // E has no current value
}

BOOST_AUTO_TEST_CASE(comparison_with_fewer_than_four_values_has_no_colours)
{
    const QList<UnitValue> current{uv("A", 10), uv("B", 20), uv("C", std::nullopt), uv("D", 30)};
    const Comparison c = compareUnits(current, {}, Higher);
    BOOST_TEST(c.summary.n == 3);
    for (const ComparisonRow& row : c.rows) {
        const ColourClass expected = row.value ? ColourClass::NoColour : ColourClass::Missing;
        BOOST_TEST(int(row.colour) == int(expected));
        BOOST_TEST(!row.change.has_value());
    }
    BOOST_TEST(c.rows[0].unitId == QStringLiteral("D")); // 30 is best
    const QList<ColourClass> colours = colourClasses(current, Higher);
    BOOST_TEST(int(colours[2]) == int(ColourClass::Missing));
    BOOST_TEST(int(colours[0]) == int(ColourClass::NoColour));
}

BOOST_AUTO_TEST_CASE(colour_classes_of_a_population_with_ties_at_the_quartiles)
{
    // Sorted 1, 2, 2, 2, 3, 9: Q1 at position 1.25 = 2, Q3 at position 3.75 = 2 + 0.75·1 = 2.75.
    const QList<UnitValue> values{
        uv("A", 2), uv("B", 9), uv("C", 1), uv("D", 2), uv("E", std::nullopt),
        uv("F", 3), uv("G", 2)};
    const QList<ColourClass> higher = colourClasses(values, Higher);
    const QList<ColourClass> expected{ColourClass::Red, ColourClass::Green,   ColourClass::Red,
                                      ColourClass::Red, ColourClass::Missing, ColourClass::Green,
                                      ColourClass::Red};
    for (qsizetype i = 0; i < values.size(); ++i)
        BOOST_TEST(int(higher[i]) == int(expected[i]), "unit " << i);
    // Lower is better: ≤ Q1 (the 1 and the 2s) green, ≥ Q3 (3 and 9) red.
    const QList<ColourClass> lower = colourClasses(values, Lower);
    BOOST_TEST(int(lower[0]) == int(ColourClass::Green));
    BOOST_TEST(int(lower[1]) == int(ColourClass::Red));
    BOOST_TEST(int(lower[5]) == int(ColourClass::Red));
    // No direction: no colour, missing still grey.
    const QList<ColourClass> none = colourClasses(values, NoDirection);
    BOOST_TEST(int(none[0]) == int(ColourClass::NoColour));
    BOOST_TEST(int(none[4]) == int(ColourClass::Missing));
}

// ---------------------------------------------------------------------------------------------
// Trend

BOOST_AUTO_TEST_CASE(change_since_previous_year_is_judged_by_direction)
{
    const auto verdict = [](std::optional<double> a, std::optional<double> b, Direction d) {
        return int(changeSince(a, b, d).value().verdict);
    };
    BOOST_TEST(changeSince(70.0, 72.5, Higher)->delta == 2.5);
    BOOST_TEST(verdict(70.0, 72.5, Higher) == int(Verdict::Better));
    BOOST_TEST(verdict(70.0, 72.5, Lower) == int(Verdict::Worse));
    BOOST_TEST(verdict(70.0, 72.5, NoDirection) == int(Verdict::NotJudged));
    BOOST_TEST(verdict(70.0, 70.0, NoDirection) == int(Verdict::Unchanged));
    BOOST_TEST(verdict(-3.0, -5.0, Higher) == int(Verdict::Worse)); // −2
    BOOST_TEST(verdict(-3.0, -5.0, Lower) == int(Verdict::Better));
    BOOST_TEST(!changeSince(std::nullopt, 5.0, Higher).has_value());
    BOOST_TEST(!changeSince(5.0, std::nullopt, Higher).has_value());
    BOOST_TEST(verdictCode(Verdict::Better) == QStringLiteral("better"));
    BOOST_TEST(verdictCode(Verdict::NotJudged).isEmpty());
}

BOOST_AUTO_TEST_CASE(least_squares_slope_over_chosen_years_skips_missing_years)
{
    const QList<YearValue> series{{2015, 10.0}, {2016, 12.0}, {2017, std::nullopt},
                                  {2018, 15.0}, {2019, 15.0}, {2020, 99.0}};
    // 2015–2019, four years with values. x − 2015: 0, 1, 3, 4 (mean 2); y: 10, 12, 15, 15
    // (mean 13). Σdx·dy = (−2)(−3) + (−1)(−1) + 1·2 + 2·2 = 13; Σdx² = 4 + 1 + 1 + 4 = 10.
    // Slope 13 / 10 = 1.3 per year.
    const std::optional<Trend> all = leastSquaresTrend(series, 2015, 2019, Higher);
    BOOST_TEST_REQUIRE(all.has_value());
    BOOST_TEST(all->slope == 1.3, tt::tolerance(1e-12));
    BOOST_TEST(all->n == 4);
    BOOST_TEST(all->firstYear == 2015);
    BOOST_TEST(all->lastYear == 2019);
    BOOST_TEST(int(all->verdict) == int(Verdict::Better));
    BOOST_TEST(int(leastSquaresTrend(series, 2015, 2019, Lower)->verdict) == int(Verdict::Worse));
    // 2016–2019: x − 2016: 0, 2, 3 (mean 5/3); y: 12, 15, 15 (mean 14).
    // Σdx·dy = (−5/3)(−2) + (1/3)(1) + (4/3)(1) = 15/3 = 5; Σdx² = (25 + 1 + 16)/9 = 14/3.
    // Slope 5 / (14/3) = 15/14.
    BOOST_TEST(leastSquaresTrend(series, 2016, 2019, Higher)->slope == 15.0 / 14.0,
               tt::tolerance(1e-12));
    // A single year has no slope.
    BOOST_TEST(!leastSquaresTrend(series, 2019, 2019, Higher).has_value());
    BOOST_TEST(!leastSquaresTrend(series, 2017, 2017, Higher).has_value());
}

BOOST_AUTO_TEST_CASE(flat_and_falling_series)
{
    // Three equal values that are not exact in binary: the slope must be exactly 0.
    const QList<YearValue> flat{{2020, 0.1}, {2021, 0.1}, {2023, 0.1}};
    const std::optional<Trend> f = leastSquaresTrend(flat, 2000, 2030, Higher);
    BOOST_TEST_REQUIRE(f.has_value());
    BOOST_TEST(f->slope == 0.0);
    BOOST_TEST(int(f->verdict) == int(Verdict::Unchanged));
    // Falling waiting times (−2 per year) are an improvement.
    const QList<YearValue> falling{{2020, -1.0}, {2021, -3.0}, {2022, -5.0}};
    const std::optional<Trend> w = leastSquaresTrend(falling, 2020, 2022, Lower);
    BOOST_TEST(w->slope == -2.0, tt::tolerance(1e-12));
    BOOST_TEST(int(w->verdict) == int(Verdict::Better));
    BOOST_TEST(int(leastSquaresTrend(falling, 2020, 2022, NoDirection)->verdict) ==
               int(Verdict::NotJudged));
}

// ---------------------------------------------------------------------------------------------
// Correlation and the least-squares line

BOOST_AUTO_TEST_CASE(pearson_and_spearman_of_a_hand_computed_set)
{
    // x: 1 2 3 4 5 (mean 3), y: 2 4 5 4 5 (mean 4).
    // dx: −2 −1 0 1 2; dy: −2 0 1 0 1.
    // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6; Σdx² = 10; Σdy² = 4 + 0 + 1 + 0 + 1 = 6.
    // r = 6 / √(10·6) = 6 / √60 = 0.774596669…
    const QList<double> xs{1, 2, 3, 4, 5};
    const QList<double> ys{2, 4, 5, 4, 5};
    BOOST_TEST(pearson(xs, ys).value() == 6.0 / std::sqrt(60.0), tt::tolerance(1e-12));
    BOOST_TEST(pearson(xs, ys).value() == 0.7745966692414834, tt::tolerance(1e-12));
    // Ranks of y with ties averaged: 2 → 1; the 4s share (2 + 3)/2 = 2.5; the 5s (4 + 5)/2 = 4.5.
    BOOST_TEST(averageRanks(ys) == (QList<double>{1, 2.5, 4.5, 2.5, 4.5}));
    // ρ = r of ranks: x ranks 1..5 (dx as above); y ranks mean 3, d: −2 −0.5 1.5 −0.5 1.5.
    // Σdx·dy = 4 + 0.5 + 0 − 0.5 + 3 = 7; Σdx² = 10; Σdy² = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9.
    // ρ = 7 / √90 = 0.737864787…
    BOOST_TEST(spearman(xs, ys).value() == 7.0 / std::sqrt(90.0), tt::tolerance(1e-12));
    // Line: slope 6/10 = 0.6, intercept 4 − 0.6·3 = 2.2.
    const std::optional<LinearFit> line = fitLine(xs, ys);
    BOOST_TEST_REQUIRE(line.has_value());
    BOOST_TEST(line->slope == 0.6, tt::tolerance(1e-12));
    BOOST_TEST(line->intercept == 2.2, tt::tolerance(1e-12));
    BOOST_TEST(line->n == 5);
}

BOOST_AUTO_TEST_CASE(correlation_of_negative_values_and_undefined_cases)
{
    // y = −2x exactly: r = ρ = −1.
    const QList<double> xs{-1, -2, -3};
    const QList<double> ys{2, 4, 6};
    BOOST_TEST(pearson(xs, ys).value() == -1.0, tt::tolerance(1e-12));
    BOOST_TEST(spearman(xs, ys).value() == -1.0, tt::tolerance(1e-12));
    BOOST_TEST(fitLine(xs, ys)->slope == -2.0, tt::tolerance(1e-12));
    // All y equal, all x equal, one pair, lists of different length: not defined.
    BOOST_TEST(!pearson({1, 2, 3}, {0.1, 0.1, 0.1}).has_value());
    BOOST_TEST(!pearson({4, 4, 4}, {1, 2, 3}).has_value());
    BOOST_TEST(!spearman({4, 4, 4}, {1, 2, 3}).has_value());
    BOOST_TEST(!pearson({1}, {1}).has_value());
    BOOST_TEST(!pearson({1, 2}, {1, 2, 3}).has_value());
    BOOST_TEST(!fitLine({4, 4}, {1, 2}).has_value());
    // A flat y gives a line with slope exactly 0.
    BOOST_TEST(fitLine({1, 2, 3}, {0.1, 0.1, 0.1})->slope == 0.0);
}

BOOST_AUTO_TEST_CASE(correlation_matches_independent_reference_on_tied_data)
{
    quint64 state = 7;
    for (int round = 0; round < 20; ++round) {
        QList<double> xs;
        QList<double> ys;
        const int n = 3 + static_cast<int>(nextRandom(state) % 50);
        for (int i = 0; i < n; ++i) {
            // Integer-ish values with many ties, some negative, on very different scales.
            const double x = 1000.0 * static_cast<double>(nextRandom(state) % 12) - 4000.0;
            xs << x;
            ys << 0.001 * x + static_cast<double>(nextRandom(state) % 5) - 2.0;
        }
        const std::optional<double> r = pearson(xs, ys);
        const std::optional<double> rho = spearman(xs, ys);
        if (!r)
            continue; // every x equal: nothing to compare
        BOOST_TEST(*r == referencePearson(xs, ys), tt::tolerance(1e-9));
        BOOST_TEST(averageRanks(xs) == referenceRanks(xs));
        BOOST_TEST(*rho == referencePearson(referenceRanks(xs), referenceRanks(ys)),
                   tt::tolerance(1e-9));
    }
}

// ---------------------------------------------------------------------------------------------
// Cost–quality

BOOST_AUTO_TEST_CASE(cost_quality_points_quadrants_and_residuals)
{
    // The hand-computed set above, plus U6 without quality and U7 without cost.
    const QList<UnitValue> cost{uv("U1", 1), uv("U2", 2), uv("U3", 3),           uv("U4", 4),
                                uv("U5", 5), uv("U6", 6), uv("U7", std::nullopt)};
    const QList<UnitValue> quality{uv("U5", 5), uv("U4", 4), uv("U3", 5),           uv("U2", 4),
                                   uv("U1", 2), uv("U7", 3), uv("U6", std::nullopt)};
    const CostQuality cq = costQuality(cost, quality, Higher);
    BOOST_TEST(cq.n == 5);
    BOOST_TEST_REQUIRE(cq.points.size() == 5);
    BOOST_TEST(cq.medianCost == 3.0);    // of 1 2 3 4 5
    BOOST_TEST(cq.medianQuality == 4.0); // of 2 4 4 5 5
    BOOST_TEST(cq.pearson.value() == 6.0 / std::sqrt(60.0), tt::tolerance(1e-12));
    BOOST_TEST(cq.spearman.value() == 7.0 / std::sqrt(90.0), tt::tolerance(1e-12));
    BOOST_TEST(cq.line->slope == 0.6, tt::tolerance(1e-12));
    BOOST_TEST(cq.line->intercept == 2.2, tt::tolerance(1e-12));
    // Residuals y − (2.2 + 0.6x): 2 − 2.8 = −0.8; 4 − 3.4 = 0.6; 5 − 4.0 = 1; 4 − 4.6 = −0.6;
    // 5 − 5.2 = −0.2.
    const QList<double> residuals{-0.8, 0.6, 1.0, -0.6, -0.2};
    for (qsizetype i = 0; i < 5; ++i) {
        BOOST_TEST(cq.points[i].unitId == QStringLiteral("U%1").arg(i + 1));
        BOOST_TEST(cq.points[i].residual.value() == residuals[i], tt::tolerance(1e-9));
    }
    // Higher is better. U1 (1, 2): low cost, low quality. U2 (2, 4): quality on the median
    // line counts as high. U3 (3, 5): cost on the median line counts as low. U4 (4, 4): high
    // cost, quality on the line → high. U5 (5, 5): high, high.
    const QList<Quadrant> expected{Quadrant::LowQualityLowCost, Quadrant::HighQualityLowCost,
                                   Quadrant::HighQualityLowCost, Quadrant::HighQualityHighCost,
                                   Quadrant::HighQualityHighCost};
    for (qsizetype i = 0; i < 5; ++i)
        BOOST_TEST(int(cq.points[i].quadrant) == int(expected[i]), "point " << i);
    BOOST_TEST(quadrantCode(Quadrant::LowQualityHighCost) ==
               QStringLiteral("low_quality_high_cost"));
}

BOOST_AUTO_TEST_CASE(cost_quality_with_lower_is_better_quality)
{
    const QList<UnitValue> cost{uv("U1", 1), uv("U2", 2), uv("U3", 3), uv("U4", 4), uv("U5", 5)};
    const QList<UnitValue> quality{uv("U1", 2), uv("U2", 4), uv("U3", 5), uv("U4", 4), uv("U5", 5)};
    const CostQuality cq = costQuality(cost, quality, Lower);
    // Lower is better, median quality 4. U1 (2 ≤ 4): high quality, low cost. U2 (4 on the
    // line): high, low. U3 (5 > 4): low quality; cost 3 on the line: low cost. U4 (4): high
    // quality, high cost. U5 (5): low quality, high cost.
    const QList<Quadrant> expected{Quadrant::HighQualityLowCost, Quadrant::HighQualityLowCost,
                                   Quadrant::LowQualityLowCost, Quadrant::HighQualityHighCost,
                                   Quadrant::LowQualityHighCost};
    for (qsizetype i = 0; i < 5; ++i)
        BOOST_TEST(int(cq.points[i].quadrant) == int(expected[i]), "point " << i);
    // r and ρ are of the raw values: the direction does not change them.
    BOOST_TEST(cq.pearson.value() == 6.0 / std::sqrt(60.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(cost_quality_with_too_few_or_equal_values)
{
    // No unit with both values.
    const CostQuality none = costQuality({uv("A", 1)}, {uv("B", 2)}, Higher);
    BOOST_TEST(none.n == 0);
    BOOST_TEST(none.points.isEmpty());
    BOOST_TEST(!none.pearson.has_value());
    // One point: medians are its values; no r, no line, no residual.
    const CostQuality one = costQuality({uv("A", 100)}, {uv("A", -2)}, Higher);
    BOOST_TEST(one.n == 1);
    BOOST_TEST(one.medianCost == 100.0);
    BOOST_TEST(one.medianQuality == -2.0);
    BOOST_TEST(!one.pearson.has_value());
    BOOST_TEST(!one.line.has_value());
    BOOST_TEST(!one.points[0].residual.has_value());
    BOOST_TEST(int(one.points[0].quadrant) == int(Quadrant::HighQualityLowCost)); // both on lines
    // Every cost equal: no line and no r, but the points and quadrants are there.
    const CostQuality flat = costQuality({uv("A", 5), uv("B", 5), uv("C", 5)},
                                         {uv("A", 1), uv("B", 2), uv("C", 3)}, Higher);
    BOOST_TEST(flat.n == 3);
    BOOST_TEST(!flat.line.has_value());
    BOOST_TEST(!flat.pearson.has_value());
    BOOST_TEST(int(flat.points[0].quadrant) == int(Quadrant::LowQualityLowCost));
    BOOST_TEST(int(flat.points[2].quadrant) == int(Quadrant::HighQualityLowCost));
}

// ---------------------------------------------------------------------------------------------
// Similar municipalities

BOOST_AUTO_TEST_CASE(nearest_units_by_z_scored_euclidean_distance)
{
    // Indicator 1: 1, 2, 3, 6 → mean 3, squared deviations 4 + 1 + 0 + 9 = 14,
    //   population sd √(14/4) = √3.5.
    // Indicator 2: 10, 10, 40, 20 → mean 20, squared deviations 100 + 100 + 400 + 0 = 600,
    //   population sd √(600/4) = √150.
    // E lacks indicator 2 and is left out of the z-scores and the result.
    // Focus A = (1, 10):
    //   B (2, 10): √(1/3.5) = 0.534522…
    //   C (3, 40): √(4/3.5 + 900/150) = √7.142857… = 2.672612…
    //   D (6, 20): √(25/3.5 + 100/150) = √7.809523… = 2.794553…
    const QList<UnitFeatures> units{{QStringLiteral("A"), {1.0, 10.0}},
                                    {QStringLiteral("B"), {2.0, 10.0}},
                                    {QStringLiteral("C"), {3.0, 40.0}},
                                    {QStringLiteral("D"), {6.0, 20.0}},
                                    {QStringLiteral("E"), {5.0, std::nullopt}}};
    const QList<Neighbour> all = nearestUnits(units, QStringLiteral("A"), 10);
    BOOST_TEST_REQUIRE(all.size() == 3);
    BOOST_TEST(all[0].unitId == QStringLiteral("B"));
    BOOST_TEST(all[0].distance == std::sqrt(1 / 3.5), tt::tolerance(1e-12));
    BOOST_TEST(all[1].unitId == QStringLiteral("C"));
    BOOST_TEST(all[1].distance == std::sqrt(4 / 3.5 + 900 / 150.0), tt::tolerance(1e-12));
    BOOST_TEST(all[2].unitId == QStringLiteral("D"));
    BOOST_TEST(all[2].distance == std::sqrt(25 / 3.5 + 100 / 150.0), tt::tolerance(1e-12));

    const QList<Neighbour> two = nearestUnits(units, QStringLiteral("A"), 2);
    BOOST_TEST(two.size() == 2);
    BOOST_TEST(two[1].unitId == QStringLiteral("C"));

    // A constant indicator and negated values change nothing.
    const QList<UnitFeatures> more{{QStringLiteral("A"), {1.0, -10.0, 7.0}},
                                   {QStringLiteral("B"), {2.0, -10.0, 7.0}},
                                   {QStringLiteral("C"), {3.0, -40.0, 7.0}},
                                   {QStringLiteral("D"), {6.0, -20.0, 7.0}}};
    const QList<Neighbour> same = nearestUnits(more, QStringLiteral("A"), 3);
    BOOST_TEST_REQUIRE(same.size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        BOOST_TEST(same[i].unitId == all[i].unitId);
        BOOST_TEST(same[i].distance == all[i].distance, tt::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_CASE(nearest_units_edge_cases)
{
    const QList<UnitFeatures> units{{QStringLiteral("A"), {1.0}},
                                    {QStringLiteral("C"), {2.0}},
                                    {QStringLiteral("B"), {0.0}},
                                    {QStringLiteral("F"), {std::nullopt}}};
    // B and C are equally far from A: ordered by unit id.
    const QList<Neighbour> tie = nearestUnits(units, QStringLiteral("A"), 5);
    BOOST_TEST_REQUIRE(tie.size() == 2);
    BOOST_TEST(tie[0].unitId == QStringLiteral("B"));
    BOOST_TEST(tie[1].unitId == QStringLiteral("C"));
    BOOST_TEST(tie[0].distance == tie[1].distance);
    // The focus lacks a value, is unknown, or k is 0: nothing.
    BOOST_TEST(nearestUnits(units, QStringLiteral("F"), 3).isEmpty());
    BOOST_TEST(nearestUnits(units, QStringLiteral("Z"), 3).isEmpty());
    BOOST_TEST(nearestUnits(units, QStringLiteral("A"), 0).isEmpty());
}

BOOST_AUTO_TEST_CASE(unit_features_from_values_per_indicator)
{
    const QList<QList<UnitValue>> perIndicator{{uv("1435", 1), uv("1486", 2), uv("9999", 9)},
                                               {uv("1486", std::nullopt), uv("1435", 4)}};
    const QList<UnitFeatures> features = unitFeatures(
        {QStringLiteral("1486"), QStringLiteral("1435"), QStringLiteral("1427")}, perIndicator);
    BOOST_TEST_REQUIRE(features.size() == 3);
    BOOST_TEST(features[0].unitId == QStringLiteral("1486"));
    BOOST_TEST((features[0].values == (QList<std::optional<double>>{2.0, std::nullopt})));
    BOOST_TEST((features[1].values == (QList<std::optional<double>>{1.0, 4.0})));
    BOOST_TEST((features[2].values == (QList<std::optional<double>>{std::nullopt, std::nullopt})));
}

// ---------------------------------------------------------------------------------------------
// Gender split

BOOST_AUTO_TEST_CASE(gender_split_side_by_side)
{
    const auto o = [](const char* indicator, const char* unit, Gender gender,
                      std::optional<double> value) {
        return Observation{QString::fromLatin1(indicator),
                           QString::fromLatin1(unit),
                           2023,
                           gender,
                           value,
                           value ? ValueStatus::Ok : ValueStatus::Confidential};
    };
    const QList<Observation> observations{
        o("U21468", "1435", Gender::Total, 70), o("U21468", "1435", Gender::Women, 75),
        o("U21468", "1435", Gender::Men, 65),   o("U21468", "1486", Gender::Total, 80),
        o("U21468", "1486", Gender::Women, {}), o("U21468", "1486", Gender::Men, 78),
        o("U21468", "9999", Gender::Total, 1),  o("N00000", "1435", Gender::Total, 5)};
    const QList<GenderSplit> rows = genderSplit(
        observations, {QStringLiteral("1486"), QStringLiteral("1435"), QStringLiteral("1427")});
    BOOST_TEST_REQUIRE(rows.size() == 3);
    BOOST_TEST(rows[0].unitId == QStringLiteral("1486"));
    BOOST_TEST((rows[0].total == std::optional<double>(80)));
    BOOST_TEST(!rows[0].women.has_value());
    BOOST_TEST((rows[0].men == std::optional<double>(78)));
    BOOST_TEST(!rows[0].gap().has_value());
    BOOST_TEST((rows[1].total == std::optional<double>(70))); // not 5 from another indicator
    BOOST_TEST((rows[1].gap() == std::optional<double>(10))); // 75 − 65
    BOOST_TEST(!rows[2].total.has_value());
    const GenderSummaries s = summarizeByGender(rows);
    BOOST_TEST(s.total.n == 2);
    BOOST_TEST(s.total.mean == 75.0);
    BOOST_TEST(s.women.n == 1);
    BOOST_TEST(s.men.n == 2);
    BOOST_TEST(s.men.mean == 71.5);
}

BOOST_AUTO_TEST_CASE(a_group_without_the_focus_municipality_is_compared_with_it_in)
{
    // Kolada's "Liknande kommuner äldreomsorg, Tanum, 2022": seven municipalities, not Tanum.
    const QList<Unit>& units = UnitRegistry::instance().all();
    const UnitGroup similar{
        1,
        QStringLiteral("Liknande"),
        {QStringLiteral("0481"), QStringLiteral("0513"), QStringLiteral("0860")},
        QStringLiteral("G1")};
    const ComparisonPopulation group = ComparisonPopulation::ofUserGroup(similar);
    const ComparisonPopulation withTanum = group.including(QStringLiteral("1435"), units);
    BOOST_TEST(withTanum.unitIds == (QStringList{QStringLiteral("0481"), QStringLiteral("0513"),
                                                 QStringLiteral("0860"), QStringLiteral("1435")}));
    BOOST_TEST(withTanum.label.contains(QStringLiteral("Tanum")));
    // Already in, the country or a region, or nothing: unchanged.
    BOOST_TEST(withTanum.including(QStringLiteral("1435"), units).unitIds == withTanum.unitIds);
    BOOST_TEST(group.including(QStringLiteral("0000"), units).unitIds == group.unitIds);
    BOOST_TEST(group.including(QString(), units).unitIds == group.unitIds);
}
