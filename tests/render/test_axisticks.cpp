// SPDX-License-Identifier: GPL-3.0-or-later
// The tidy axis ticks of the report charts and their Swedish labels. The charts themselves are
// in test_render_charts.cpp.
#define BOOST_TEST_MODULE axisticks
#include "render/axisticks.h"
#include "tests/render/paintertesting.h"

#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(GuiApplicationFixture);

BOOST_AUTO_TEST_SUITE(axis_ticks)

BOOST_AUTO_TEST_CASE(ticks_are_tidy_steps_from_a_multiple_of_the_step)
{
    const AxisTicks percent = tidyAxisTicks(0, 87);
    BOOST_TEST(percent.min == 0);
    BOOST_TEST(percent.max == 100);
    BOOST_TEST(percent.step == 20);
    BOOST_TEST(percent.tickCount == 6);
    BOOST_TEST(percent.decimals == 0);

    // As Qt Charts' applyNiceNumbers: the range 2,3 rounds up to 5, a fifth of it to a step of 1.
    const AxisTicks small = tidyAxisTicks(0, 2.3);
    BOOST_TEST(small.min == 0);
    BOOST_TEST(small.max == 3);
    BOOST_TEST(small.step == 1);
    BOOST_TEST(small.decimals == 0);

    const AxisTicks negative = tidyAxisTicks(-3.2, 14.1);
    BOOST_TEST(negative.min == -5);
    BOOST_TEST(negative.max == 15);
    BOOST_TEST(negative.step == 5);
    BOOST_TEST(negative.tickCount == 5);

    const AxisTicks tiny = tidyAxisTicks(0, 0.034);
    BOOST_TEST(tiny.max == 0.04, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(tiny.step == 0.01, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(tiny.decimals == 2);

    const AxisTicks flat = tidyAxisTicks(5, 5);
    BOOST_TEST(flat.min == 5);
    BOOST_TEST(flat.max == 6);
    BOOST_TEST(flat.decimals == 1);
}

BOOST_AUTO_TEST_CASE(a_share_in_per_cent_stops_at_a_hundred)
{
    const AxisTicks capped = tidyAxisTicks(0, 108, true);
    BOOST_TEST(capped.max == 100);
    BOOST_TEST(capped.step == 20);

    // Without the cap 0–150 by 50; with it 0–100 by 20.
    BOOST_TEST(tidyAxisTicks(0, 108, false).max == 150);
    BOOST_TEST(tidyAxisTicks(0, 108, false).step == 50);
    const AxisTicks share = tidyAxisTicks(0, 99, true);
    BOOST_TEST(share.max == 100);
    BOOST_TEST(share.tickCount == 6);

    const AxisTicks fromTwenty = tidyAxisTicks(33, 99.5, true);
    BOOST_TEST(fromTwenty.min == 20);
    BOOST_TEST(fromTwenty.max == 100);
    BOOST_TEST(fromTwenty.tickCount == 5);
    BOOST_TEST(fromTwenty.step == 20);
    const AxisTicks fromForty = tidyAxisTicks(40, 101, true);
    BOOST_TEST(fromForty.min == 40);
    BOOST_TEST(fromForty.max == 100);
    BOOST_TEST(fromForty.step == 20);

    // A step of 0,5 needs one decimal.
    const AxisTicks half = tidyAxisTicks(0, 1.08, true);
    BOOST_TEST(half.max == 1.5);
    BOOST_TEST(half.step == 0.5);
    BOOST_TEST(half.decimals == 1);
}

BOOST_AUTO_TEST_CASE(labels_are_swedish_numbers)
{
    const AxisTicks thousands = tidyAxisTicks(0, 20000);
    BOOST_TEST(thousands.tickCount == 5);
    BOOST_TEST(thousands.label(4) == QStringLiteral("20") + QChar(0x00A0) + QStringLiteral("000"));
    BOOST_TEST(thousands.label(1) == QStringLiteral("5") + QChar(0x00A0) + QStringLiteral("000"));
    const AxisTicks half = tidyAxisTicks(0, 1.08, true);
    BOOST_TEST(half.label(0) == QStringLiteral("0,0"));
    BOOST_TEST(half.label(3) == QStringLiteral("1,5"));
    const AxisTicks negative = tidyAxisTicks(-150, -20);
    BOOST_TEST(negative.label(negative.tickCount - 1) == QStringLiteral("0")); // never "-0"
}

BOOST_AUTO_TEST_SUITE_END()
