// SPDX-License-Identifier: GPL-3.0-or-later
// The geometry both kinds of charts share: axis spans, runs of a line, labelled bars, skyline.
#define BOOST_TEST_MODULE chartgeometry
#include "render/chartgeometry.h"

#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace jamfor::chartgeometry;

namespace {

RankingBar bar(double value, Highlight highlight = Highlight::Other)
{
    RankingBar result;
    result.value = value;
    result.highlight = highlight;
    return result;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_ranking_span_starts_at_zero_and_leaves_room_for_names)
{
    RankingSeries series;
    series.bars = {bar(40), bar(80), bar(60)};
    series.unitOfMeasure = QStringLiteral("andel (%)");
    ValueSpan span = rankingSpan(series);
    BOOST_TEST(span.low == 0);
    BOOST_TEST(span.high == 80 + 80 * 0.08, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(span.capAtHundred);
    // A country mean below zero widens the span; kronor never stop at 100.
    series.countryMean = -20;
    series.unitOfMeasure = QStringLiteral("kr/inv");
    span = rankingSpan(series);
    BOOST_TEST(span.low == -20);
    BOOST_TEST(span.high == 80 + 100 * 0.08, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!span.capAtHundred);
    // Above 30 bars the names need a quarter more room.
    series.bars.clear();
    for (int i = 0; i < 31; ++i)
        series.bars << bar(10);
    series.countryMean.reset();
    BOOST_TEST(rankingSpan(series).high == 10 + 10 * 0.25, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_trend_span_covers_every_value_with_room_around)
{
    TrendSeries series;
    BOOST_TEST(!trendSpan(series).has_value());
    TrendLine line;
    line.points = {{2020, 50.0}, {2021, std::nullopt}, {2022, 70.0}};
    series.lines = {line};
    series.countryMean.points = {{2020, 40.0}};
    series.unitOfMeasure = QStringLiteral("%");
    const std::optional<ValueSpan> span = trendSpan(series);
    BOOST_REQUIRE(span.has_value());
    BOOST_TEST(span->low == 40 - 30 * 0.06, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(span->high == 70 + 30 * 0.06, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(span->capAtHundred);
}

BOOST_AUTO_TEST_CASE(a_line_breaks_where_a_year_has_no_value)
{
    const QList<QList<QPointF>> runs = valueRuns(
        {{2015, 1.0}, {2016, 2.0}, {2017, std::nullopt}, {2018, 4.0}, {2019, std::nullopt}});
    BOOST_REQUIRE(runs.size() == 2);
    BOOST_TEST(runs[0].size() == 2);
    BOOST_TEST(runs[0][1].x() == 2016);
    BOOST_TEST(runs[1].size() == 1);
    BOOST_TEST(runs[1][0].y() == 4);
    BOOST_TEST(valueRuns({{2015, std::nullopt}}).isEmpty());
}

BOOST_AUTO_TEST_CASE(the_focus_is_named_first_then_the_members_in_order)
{
    const QList<RankingBar> bars = {bar(1, Highlight::Member), bar(2), bar(3, Highlight::Focus),
                                    bar(4, Highlight::Member)};
    BOOST_TEST(labelledBars(bars) == (QList<qsizetype>{2, 0, 3}));
}

BOOST_AUTO_TEST_CASE(bars_are_drawn_in_one_set_per_role)
{
    BOOST_TEST(roleIndex(Highlight::Focus) == 0);
    BOOST_TEST(roleIndex(Highlight::Member) == 1);
    BOOST_TEST(roleIndex(Highlight::Other) == 2);
}

BOOST_AUTO_TEST_CASE(the_skyline_is_the_highest_bar_under_a_label)
{
    // Bars at x = 10, 20, 30, 40 with tops at y = 50, 20, 70, 90 (smaller is higher).
    const BarSkyline skyline{10, 10, 100, {50, 20, 70, 90}};
    BOOST_TEST(skyline.over(30, 40) == 70);   // the bars at 30 and 40
    BOOST_TEST(skyline.over(12, 18) == 20);   // between bars 1 and 2: both count
    BOOST_TEST(skyline.over(-100, 0) == 50);  // left of the first: the first
    BOOST_TEST(skyline.over(500, 600) == 90); // right of the last: the last
    BOOST_TEST((BarSkyline{0, 1, 100, {}}.over(0, 1)) == 100);
}
