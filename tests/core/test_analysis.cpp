// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison populations, rank and percentile, and the comparison table. Trends, correlation,
// cost–quality, similar municipalities and the gender split are in test_analysis_trends.cpp.
#define BOOST_TEST_MODULE analysis
#include "core/analysis/comparison.h"
#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/ranking.h"
#include "core/registry/unitregistry.h"
#include "core/util/error.h"
#include "tests/core/analysistesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace analysistesting;
namespace tt = boost::test_tools;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

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
