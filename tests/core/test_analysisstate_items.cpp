// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis's lists (items<T>()): ids, restoring and removing, targets, their follow-up and
// the priority matrix. The steps are in test_analysisstate.cpp.
#define BOOST_TEST_MODULE analysisstate_items
#include "core/handbook/analysisstate.h"
#include "core/handbook/followup.h"
#include "core/model/enumtable.h"
#include "tests/core/analysisstatetesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <boost/test/unit_test.hpp>

using namespace jamfor;
using namespace analysisstatetesting;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

BOOST_AUTO_TEST_CASE(removed_items_can_be_restored_under_their_id_and_place)
{
    AnalysisState state;
    const qint64 a =
        state.items<AnalysisMeeting>().add({0, QDate(2024, 1, 10), 1, QStringLiteral("A"), {}});
    const qint64 b =
        state.items<AnalysisMeeting>().add({0, QDate(2024, 2, 10), 2, QStringLiteral("B"), {}});
    const qint64 c =
        state.items<AnalysisMeeting>().add({0, QDate(2024, 3, 10), 3, QStringLiteral("C"), {}});
    BOOST_TEST((a != b && b != c && a != c));

    // What an undo command does: remember the item and its index, then put it back.
    const AnalysisMeeting removed = *state.items<AnalysisMeeting>().find(b);
    const qsizetype index = state.items<AnalysisMeeting>().indexOf(b);
    BOOST_TEST(index == 1);
    BOOST_TEST(state.items<AnalysisMeeting>().remove(b));
    BOOST_TEST(!state.items<AnalysisMeeting>().find(b).has_value());
    BOOST_TEST(state.items<AnalysisMeeting>().add(removed, index) == b);
    BOOST_TEST(state.analysis().meetings[1].title == QStringLiteral("B"));

    // A taken id is never reused; moving keeps ids.
    BOOST_TEST(state.items<AnalysisMeeting>().add(removed) != b);
    BOOST_TEST(state.items<AnalysisMeeting>().move(c, 0));
    BOOST_TEST(state.analysis().meetings[0].id == c);
    BOOST_TEST(!state.items<AnalysisMeeting>().move(c, -5), "already first");

    // New ids continue after those of a loaded analysis.
    Analysis loaded;
    loaded.causes = {{41, n1, CauseCategory::Method, QStringLiteral("x"), false}};
    state.setAnalysis(loaded);
    BOOST_TEST(state.items<SourceNote>().add({0, {}, QStringLiteral("Brukarenkät"), {}}) == 42);
}

BOOST_AUTO_TEST_CASE(removing_a_proposal_removes_its_actions_and_their_notes)
{
    AnalysisState state;
    const qint64 p1 = state.items<Proposal>().add({});
    const qint64 p2 = state.items<Proposal>().add({});
    const qint64 a1 =
        state.items<PlannedAction>().add({0, p1, QStringLiteral("a1"), {}, {}, {}, {}, {}, {}});
    const qint64 a2 =
        state.items<PlannedAction>().add({0, p2, QStringLiteral("a2"), {}, {}, {}, {}, {}, {}});
    BOOST_TEST(state.items<FollowUpNote>().add({0, a1, QDate(2024, 5, 1), QStringLiteral("n1")}) !=
               0);
    BOOST_TEST(state.items<FollowUpNote>().add({0, a2, QDate(2024, 5, 1), QStringLiteral("n2")}) !=
               0);
    BOOST_TEST(state.items<FollowUpNote>().add({0, 0, QDate(2024, 5, 1), QStringLiteral("hela")}) !=
               0);
    BOOST_TEST(state.items<FollowUpNote>().add({0, 999, {}, {}}) == 0, "unknown action");

    BOOST_TEST(state.items<Proposal>().remove(p1));
    BOOST_TEST(state.analysis().proposals.size() == 1);
    BOOST_TEST(state.analysis().actions.size() == 1);
    BOOST_TEST(state.analysis().actions[0].id == a2);
    BOOST_TEST(state.analysis().followUpNotes.size() == 2);
    BOOST_TEST(!state.items<Proposal>().remove(p1));
}

BOOST_AUTO_TEST_CASE(targets_default_to_the_focus_unit_and_refuse_duplicates)
{
    AnalysisState state;
    state.setFocusUnitId(tanum);
    const qint64 id = state.items<IndicatorTarget>().add({0, n1, {}, 2025, Gender::Total, 80, {}});
    BOOST_REQUIRE(id != 0);
    BOOST_TEST(state.items<IndicatorTarget>().find(id)->unitId == tanum);
    BOOST_TEST(state.items<IndicatorTarget>().add({0, n1, tanum, 2025, Gender::Total, 85, {}}) ==
               0);
    BOOST_TEST(state.items<IndicatorTarget>().add({0, n1, tanum, 2025, Gender::Women, 85, {}}) !=
               0);
    BOOST_TEST(state.items<IndicatorTarget>().add({0, n1, tanum, 2026, Gender::Total, 90, {}}) !=
               0);
    BOOST_TEST(state.items<IndicatorTarget>().add({0, {}, tanum, 2026, Gender::Total, 90, {}}) ==
               0);
    BOOST_TEST(state.items<IndicatorTarget>().add({0, n2, tanum, 0, Gender::Total, 90, {}}) == 0);
    BOOST_TEST(!state.items<IndicatorTarget>().update({id, n1, tanum, 2026, Gender::Total, 1, {}}),
               "an update may not collide with another target");
    BOOST_TEST(state.items<IndicatorTarget>().update({id, n1, tanum, 2025, Gender::Total, 82, {}}));
    BOOST_TEST(state.items<IndicatorTarget>().find(id)->value == 82);
}

BOOST_AUTO_TEST_CASE(follow_up_with_higher_is_better)
{
    const IndicatorTarget target{1, n1, tanum, 2025, Gender::Total, 70, {}};
    const auto check = [&](std::optional<DatedValue> baseline, std::optional<DatedValue> latest) {
        return evaluateTarget(target, Direction::HigherIsBetter, 2022, baseline, latest);
    };
    const DatedValue start{2022, 60};
    BOOST_TEST(int(check(start, std::nullopt).progress) == int(TargetProgress::NoValue));
    BOOST_TEST(int(check(start, DatedValue{2022, 60}).progress) == int(TargetProgress::NoValue),
               "no value newer than the analysis year");
    BOOST_TEST(int(check(start, DatedValue{2024, 72}).progress) == int(TargetProgress::Reached));
    BOOST_TEST(int(check(start, DatedValue{2024, 70}).progress) == int(TargetProgress::Reached));
    const TargetFollowUp half = check(start, DatedValue{2024, 65});
    BOOST_TEST(int(half.progress) == int(TargetProgress::OnTheWay));
    BOOST_TEST(half.share == 0.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(int(check(start, DatedValue{2024, 60}).progress) == int(TargetProgress::NotReached));
    BOOST_TEST(int(check(start, DatedValue{2024, 58}).progress) == int(TargetProgress::NotReached));
    BOOST_TEST(int(check(std::nullopt, DatedValue{2024, 65}).progress) ==
               int(TargetProgress::NotReached));
    BOOST_TEST(int(check(DatedValue{2022, 75}, DatedValue{2022, 75}).progress) ==
               int(TargetProgress::Reached));
    BOOST_TEST(targetProgressCode(TargetProgress::OnTheWay) == QStringLiteral("on_the_way"));
}

BOOST_AUTO_TEST_CASE(follow_up_with_lower_is_better_and_without_direction)
{
    const IndicatorTarget target{1, n1, tanum, 2025, Gender::Total, 15, {}};
    const DatedValue start{2022, 20};
    const auto lower = [&](double value) {
        return evaluateTarget(target, Direction::LowerIsBetter, 2022, start,
                              DatedValue{2024, value});
    };
    BOOST_TEST(int(lower(14).progress) == int(TargetProgress::Reached));
    BOOST_TEST(int(lower(15).progress) == int(TargetProgress::Reached));
    BOOST_TEST(int(lower(18).progress) == int(TargetProgress::OnTheWay));
    BOOST_TEST(lower(18).share == 0.4, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(int(lower(22).progress) == int(TargetProgress::NotReached));
    // The same numbers with higher is better: 14 is not reached, 22 is.
    BOOST_TEST(
        int(evaluateTarget(target, Direction::HigherIsBetter, 2022, start, DatedValue{2024, 14})
                .progress) == int(TargetProgress::NotReached));
    BOOST_TEST(
        int(evaluateTarget(target, Direction::HigherIsBetter, 2022, start, DatedValue{2024, 22})
                .progress) == int(TargetProgress::Reached));

    // Without a direction the way from the baseline to the target decides.
    const auto none = [&](std::optional<DatedValue> baseline, double value) {
        return evaluateTarget(target, Direction::None, 2022, baseline, DatedValue{2024, value})
            .progress;
    };
    BOOST_TEST(int(none(start, 17)) == int(TargetProgress::OnTheWay));
    BOOST_TEST(int(none(start, 25)) == int(TargetProgress::NotReached));
    BOOST_TEST(int(none(std::nullopt, 15)) == int(TargetProgress::Reached));
    BOOST_TEST(int(none(std::nullopt, 16)) == int(TargetProgress::NotReached));
}

BOOST_AUTO_TEST_CASE(priority_matrix_has_four_corners)
{
    BOOST_TEST(int(priorityQuadrant(Rating::High, Rating::Low)) == int(PriorityQuadrant::DoFirst));
    BOOST_TEST(int(priorityQuadrant(Rating::High, Rating::High)) == int(PriorityQuadrant::Plan));
    BOOST_TEST(int(priorityQuadrant(Rating::Low, Rating::Low)) == int(PriorityQuadrant::QuickFix));
    BOOST_TEST(int(priorityQuadrant(Rating::Low, Rating::High)) == int(PriorityQuadrant::Avoid));
    BOOST_TEST(int(priorityQuadrant(Rating::Unrated, Rating::Low)) ==
               int(PriorityQuadrant::Unrated));
    for (int c = 0; c < causeCategoryCount; ++c) {
        const auto category = CauseCategory(c);
        BOOST_TEST(int(causeCategoryFromCode(causeCategoryCode(category))) == c);
        BOOST_TEST(!enumLabel(category).isEmpty());
    }
}
