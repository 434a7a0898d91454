// SPDX-License-Identifier: GPL-3.0-or-later
// Trends, correlation and the least-squares line, cost–quality, similar municipalities and the
// gender split. Populations, ranks and the comparison table are in test_analysis.cpp.
#define BOOST_TEST_MODULE analysis_trends
#include "core/analysis/correlation.h"
#include "core/analysis/costquality.h"
#include "core/analysis/gendersplit.h"
#include "core/analysis/linearfit.h"
#include "core/analysis/similarity.h"
#include "core/analysis/trend.h"
#include "tests/core/analysistesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/referencestatistics.h"
#include "tests/support/testfiles.h"

#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>

using namespace jamfor;
using namespace analysistesting;
namespace tt = boost::test_tools;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

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
