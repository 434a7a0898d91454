// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE statistics
#include "core/analysis/colourclass.h"
#include "core/analysis/summary.h"

#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
namespace tt = boost::test_tools;

// Expected values computed by hand with Excel's QUARTILE.INC definition:
// position (n-1)·p, linear interpolation between the neighbouring sorted values.

BOOST_AUTO_TEST_CASE(quartiles_of_one_to_ten)
{
    const Summary s = summarize({10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    BOOST_TEST(s.n == 10);
    BOOST_TEST(s.mean == 5.5, tt::tolerance(1e-12));
    BOOST_TEST(s.median == 5.5, tt::tolerance(1e-12));
    BOOST_TEST(s.q1 == 3.25, tt::tolerance(1e-12)); // position 2.25: 3 + 0.25·(4−3)
    BOOST_TEST(s.q3 == 7.75, tt::tolerance(1e-12)); // position 6.75: 7 + 0.75·(8−7)
    BOOST_TEST(s.min == 1.0);
    BOOST_TEST(s.max == 10.0);
}

BOOST_AUTO_TEST_CASE(quartiles_with_ties_and_negative_values)
{
    // Sorted: −4, −1, 2, 2, 2, 9. Q1 position 1.25: −1 + 0.25·3 = −0.25; Q3 position 3.75: 2.
    const Summary s = summarize({2, -4, 9, 2, -1, 2});
    BOOST_TEST(s.q1 == -0.25, tt::tolerance(1e-12));
    BOOST_TEST(s.q3 == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(s.median == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(s.mean == 10.0 / 6.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(empty_population_has_no_values)
{
    const Summary s = summarize({});
    BOOST_TEST(s.n == 0);
}

BOOST_AUTO_TEST_CASE(colour_class_higher_is_better)
{
    const Summary s = summarize({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}); // Q1 3.25, Q3 7.75
    const auto higher = Direction::HigherIsBetter;
    BOOST_TEST(int(colourClass(8.0, higher, s)) == int(ColourClass::Green));
    BOOST_TEST(int(colourClass(7.75, higher, s)) == int(ColourClass::Green)); // ≥ Q3
    BOOST_TEST(int(colourClass(7.7, higher, s)) == int(ColourClass::Yellow));
    BOOST_TEST(int(colourClass(3.3, higher, s)) == int(ColourClass::Yellow));
    BOOST_TEST(int(colourClass(3.25, higher, s)) == int(ColourClass::Red)); // ≤ Q1
    BOOST_TEST(int(colourClass(1.0, higher, s)) == int(ColourClass::Red));
    BOOST_TEST(int(colourClass(std::nullopt, higher, s)) == int(ColourClass::Missing));
}

BOOST_AUTO_TEST_CASE(colour_class_lower_is_better_is_mirrored)
{
    const Summary s = summarize({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    const auto lower = Direction::LowerIsBetter;
    BOOST_TEST(int(colourClass(2.0, lower, s)) == int(ColourClass::Green));
    BOOST_TEST(int(colourClass(3.25, lower, s)) == int(ColourClass::Green));
    BOOST_TEST(int(colourClass(5.0, lower, s)) == int(ColourClass::Yellow));
    BOOST_TEST(int(colourClass(7.75, lower, s)) == int(ColourClass::Red));
}

BOOST_AUTO_TEST_CASE(no_colour_without_direction_or_with_fewer_than_four_values)
{
    const Summary four = summarize({1, 2, 3, 4});
    const Summary three = summarize({1, 2, 3});
    BOOST_TEST(int(colourClass(4.0, Direction::None, four)) == int(ColourClass::NoColour));
    BOOST_TEST(int(colourClass(3.0, Direction::HigherIsBetter, three)) ==
               int(ColourClass::NoColour));
    BOOST_TEST(int(colourClass(4.0, Direction::HigherIsBetter, four)) == int(ColourClass::Green));
    // Missing stays grey even when no colour could be given.
    BOOST_TEST(int(colourClass(std::nullopt, Direction::None, three)) == int(ColourClass::Missing));
}

BOOST_AUTO_TEST_CASE(all_equal_values_are_green)
{
    const Summary s = summarize({5, 5, 5, 5, 5});
    BOOST_TEST(int(colourClass(5.0, Direction::HigherIsBetter, s)) == int(ColourClass::Green));
    BOOST_TEST(int(colourClass(5.0, Direction::LowerIsBetter, s)) == int(ColourClass::Green));
}
