// SPDX-License-Identifier: GPL-3.0-or-later
// The five steps of an analysis: what each needs, navigation, the changed signal, the handbook
// and restoring a snapshot. The analysis's lists (items<T>()), targets and follow-up are in
// test_analysisstate_items.cpp.
#define BOOST_TEST_MODULE analysisstate
#include "core/handbook/analysisstate.h"
#include "core/handbook/handbook.h"
#include "core/util/error.h"
#include "tests/core/analysisstatetesting.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <tuple>

using namespace jamfor;
using namespace analysisstatetesting;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

bool mentions(const QStringList& messages, const QString& word)
{
    for (const QString& message : messages) {
        if (message.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void fillStep1(AnalysisState& state)
{
    state.setPurpose(QStringLiteral("Förstå varför kontinuiteten i hemtjänsten är låg"));
    state.setMandate(QStringLiteral("Socialnämnden"));
    state.setAreaId(QStringLiteral("aldreomsorg"));
    state.setFocusUnitId(tanum);
    state.setYear(2023);
    state.setNetworkId(7);
}

void fillStep2(AnalysisState& state)
{
    state.setTakenForward(n1, true);
    state.setJudgement(n1, Judgement::Problem);
}

void fillStep3(AnalysisState& state)
{
    state.items<Cause>().add(
        {0, n1, CauseCategory::Organisation, QStringLiteral("Många små scheman"), true});
}

qint64 fillStep4(AnalysisState& state)
{
    Proposal proposal;
    proposal.title = QStringLiteral("Mindre arbetsgrupper");
    proposal.effect = Rating::High;
    proposal.effort = Rating::Low;
    proposal.chosen = true;
    return state.items<Proposal>().add(proposal);
}

qint64 fillStep5(AnalysisState& state, qint64 proposalId)
{
    PlannedAction action;
    action.proposalId = proposalId;
    action.what = QStringLiteral("Dela in hemtjänsten i tre grupper");
    action.responsible = QStringLiteral("Enhetschef");
    action.due = QDate(2024, 6, 30);
    return state.items<PlannedAction>().add(action);
}

struct Recorder
{
    QList<std::tuple<AnalysisState::Field, AnalysisState::ChangeKind, QVariant>> changes;
    QList<bool> modified;
    int resets = 0;

    explicit Recorder(AnalysisState& state)
    {
        QObject::connect(&state, &AnalysisState::changed,
                         [this](AnalysisState::Field field, AnalysisState::ChangeKind kind,
                                const QVariant& key) {
                             changes.append({field, kind, key});
                         });
        QObject::connect(&state, &AnalysisState::modifiedChanged,
                         [this](bool m) { modified.append(m); });
        QObject::connect(&state, &AnalysisState::analysisReset, [this] { ++resets; });
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(step1_requires_purpose_mandate_area_focus_year_and_population)
{
    AnalysisState state;
    BOOST_TEST(int(state.currentStep()) == 1);
    BOOST_TEST(state.missingToProceed(AnalysisStep::Preparation).size() == 6);
    BOOST_TEST(!state.next());

    state.setPurpose(QStringLiteral("   "));
    BOOST_TEST(
        mentions(state.missingToProceed(AnalysisStep::Preparation), QStringLiteral("purpose")),
        "a blank purpose does not count");
    state.setPurpose(QStringLiteral("Förstå resultaten"));
    state.setMandate(QStringLiteral("Kommunstyrelsen"));
    state.setAreaId(QStringLiteral("aldreomsorg"));
    state.setFocusUnitId(tanum);
    state.setYear(1800);
    QStringList missing = state.missingToProceed(AnalysisStep::Preparation);
    BOOST_TEST(missing.size() == 2);
    BOOST_TEST(mentions(missing, QStringLiteral("year")));
    BOOST_TEST(mentions(missing, QStringLiteral("network")));
    state.setYear(2023);

    // A single municipality compares with another population instead of a network.
    state.setComparisonKind(ComparisonKind::Country);
    BOOST_TEST(state.canProceed(AnalysisStep::Preparation));
    state.setComparisonKind(ComparisonKind::County);
    BOOST_TEST(
        mentions(state.missingToProceed(AnalysisStep::Preparation), QStringLiteral("county")));
    state.setComparisonKey(QStringLiteral("14"));
    BOOST_TEST(state.canProceed(AnalysisStep::Preparation));
    state.setComparisonKind(ComparisonKind::UnitGroup);
    BOOST_TEST(!state.canProceed(AnalysisStep::Preparation));
    state.setUnitGroupId(3);
    BOOST_TEST(state.canProceed(AnalysisStep::Preparation));
    state.setComparisonKind(ComparisonKind::Network);
    BOOST_TEST(!state.canProceed(AnalysisStep::Preparation));
    state.setNetworkId(7);

    // Title, time plan, participants, meetings and the checklist are optional.
    BOOST_TEST(state.analysis().title.isEmpty());
    BOOST_TEST(state.analysis().participants.isEmpty());
    BOOST_TEST(state.missingToProceed(AnalysisStep::Preparation).isEmpty());
    BOOST_TEST(state.next());
    BOOST_TEST(int(state.currentStep()) == 2);
}

BOOST_AUTO_TEST_CASE(optional_step1_parts_give_reminders_but_never_block)
{
    AnalysisState state;
    fillStep1(state);
    state.seedChecklist(
        {QStringLiteral("Uppdraget är förankrat"), QStringLiteral("Mötesdatum är bokade")});
    QStringList reminders = state.reminders(AnalysisStep::Preparation);
    BOOST_TEST(reminders.size() == 3); // participants, meetings, two open checklist points
    BOOST_TEST(state.canProceed(AnalysisStep::Preparation));

    Person person{11, QStringLiteral("Åsa Öberg"), PersonRole::ProcessLeader, tanum, {}, {}};
    BOOST_TEST(state.addParticipantFromPerson(person) != 0);
    BOOST_TEST(state.addParticipantFromPerson(person) == 0, "a person takes part once");
    state.items<AnalysisMeeting>().add({0, QDate(2024, 2, 1), 9, QStringLiteral("Uppstart"), {}});
    BOOST_TEST(state.analysis().meetings[0].step == 5, "the step is clamped to 0..5");
    for (const ChecklistItem& item : state.analysis().checklist)
        state.setChecklistItemDone(item.id, true);
    BOOST_TEST(state.reminders(AnalysisStep::Preparation).isEmpty());
    BOOST_TEST(state.seedChecklist({QStringLiteral("x")}) == 0, "a filled checklist is kept");
}

BOOST_AUTO_TEST_CASE(step2_requires_a_judged_indicator_taken_forward)
{
    AnalysisState state;
    fillStep1(state);
    BOOST_REQUIRE(state.next());
    state.setIndicatorTitles({{n1, QStringLiteral("Antal personal")}});

    QStringList missing = state.missingToProceed(AnalysisStep::QuickAnalysis);
    BOOST_TEST(missing.size() == 1);
    BOOST_TEST(mentions(missing, QStringLiteral("at least one indicator")));

    // Judging without taking forward is optional and does not satisfy the step.
    state.setJudgement(n2, Judgement::GoodResult);
    state.setIndicatorType(n2, HandbookType::Outcome);
    state.setIndicatorNote(n2, QStringLiteral("Stabilt bra"));
    BOOST_TEST(!state.canProceed(AnalysisStep::QuickAnalysis));

    state.setTakenForward(n1, true);
    missing = state.missingToProceed(AnalysisStep::QuickAnalysis);
    BOOST_TEST(missing.size() == 1);
    BOOST_TEST(mentions(missing, QStringLiteral("Antal personal")),
               "the message uses the indicator's title");
    state.setJudgement(n1, Judgement::Unclear);
    BOOST_TEST(state.canProceed(AnalysisStep::QuickAnalysis));
    BOOST_TEST(state.takenForwardCount() == 1);

    // More than five taken forward: a reminder, not a stop.
    for (int i = 3; i <= 7; ++i) {
        const QString id = QStringLiteral("N%1").arg(i);
        state.setTakenForward(id, true);
        state.setJudgement(id, Judgement::Problem);
        BOOST_TEST(state.tooManyTakenForward() == (state.takenForwardCount() > 5));
    }
    BOOST_TEST(state.takenForwardCount() == 6);
    BOOST_TEST(state.reminders(AnalysisStep::QuickAnalysis).size() == 1);
    BOOST_TEST(state.canProceed(AnalysisStep::QuickAnalysis));
    state.setTakenForward(QStringLiteral("N7"), false);
    BOOST_TEST(state.reminders(AnalysisStep::QuickAnalysis).isEmpty());
}

BOOST_AUTO_TEST_CASE(step3_requires_a_cause_or_an_answered_why_per_indicator)
{
    AnalysisState state;
    fillStep1(state);
    fillStep2(state);
    state.setTakenForward(n2, true);
    state.setJudgement(n2, Judgement::GoodResult);
    BOOST_REQUIRE(state.goTo(AnalysisStep::DeepAnalysis));
    BOOST_TEST(state.missingToProceed(AnalysisStep::DeepAnalysis).size() == 2);

    state.items<Cause>().add(
        {0, QStringLiteral("N9"), CauseCategory::Method, QStringLiteral("x"), false});
    state.items<Cause>().add({0, n1, CauseCategory::Method, QStringLiteral("  "), false});
    BOOST_TEST(state.missingToProceed(AnalysisStep::DeepAnalysis).size() == 2,
               "causes of other indicators and blank causes do not count");
    state.items<Cause>().add(
        {0, n1, CauseCategory::People, QStringLiteral("Hög personalomsättning"), false});
    BOOST_TEST(state.missingToProceed(AnalysisStep::DeepAnalysis).size() == 1);

    const qint64 chain = state.items<WhyChain>().add({0, n2, QStringLiteral("Nöjda brukare"), {}});
    BOOST_TEST(!state.canProceed(AnalysisStep::DeepAnalysis), "a chain without answers");
    state.items<WhyChain>().update(
        {chain, n2, QStringLiteral("Nöjda brukare"), {QStringLiteral("Samma personal varje dag")}});
    BOOST_TEST(state.canProceed(AnalysisStep::DeepAnalysis));

    // Conclusions and notes on other sources are optional; a missing conclusion is a reminder.
    BOOST_TEST(state.reminders(AnalysisStep::DeepAnalysis).size() == 2);
    state.setConclusion(n1, QStringLiteral("Schemaläggningen"));
    state.setConclusion(n2, QStringLiteral("Kontinuitet"));
    BOOST_TEST(state.reminders(AnalysisStep::DeepAnalysis).isEmpty());
}

BOOST_AUTO_TEST_CASE(step4_requires_a_chosen_titled_and_rated_proposal)
{
    AnalysisState state;
    fillStep1(state);
    fillStep2(state);
    fillStep3(state);
    BOOST_REQUIRE(state.goTo(AnalysisStep::Proposals));
    BOOST_TEST(mentions(state.missingToProceed(AnalysisStep::Proposals), QStringLiteral("choose")));

    Proposal draft;
    draft.problem = QStringLiteral("Många olika personal");
    const qint64 id = state.items<Proposal>().add(draft);
    BOOST_TEST(!state.canProceed(AnalysisStep::Proposals), "a proposal not chosen");
    state.setProposalChosen(id, true);
    QStringList missing = state.missingToProceed(AnalysisStep::Proposals);
    BOOST_TEST(missing.size() == 3); // title, effect, effort
    BOOST_TEST(mentions(missing, QStringLiteral("proposal 1")));
    state.setProposalRatings(id, Rating::Low, Rating::High);
    Proposal titled = *state.items<Proposal>().find(id);
    titled.title = QStringLiteral("Fasta team");
    state.items<Proposal>().update(titled);
    BOOST_TEST(state.canProceed(AnalysisStep::Proposals));
    BOOST_TEST(int(state.items<Proposal>().find(id)->quadrant()) == int(PriorityQuadrant::Avoid));
    BOOST_TEST(state.reminders(AnalysisStep::Proposals).size() == 1);
    BOOST_TEST(mentions(state.reminders(AnalysisStep::Proposals), QStringLiteral("Fasta team")));
}

BOOST_AUTO_TEST_CASE(step5_requires_an_action_with_who_and_when_per_chosen_proposal)
{
    AnalysisState state;
    fillStep1(state);
    fillStep2(state);
    fillStep3(state);
    const qint64 chosen = fillStep4(state);
    Proposal other;
    other.title = QStringLiteral("Inte vald");
    const qint64 notChosen = state.items<Proposal>().add(other);
    BOOST_REQUIRE(state.goTo(AnalysisStep::Implementation));
    BOOST_TEST(!state.next(), "there is no step after 5");
    BOOST_TEST(!state.complete());
    BOOST_TEST(state.missingToProceed(AnalysisStep::Implementation).size() == 1);

    // An incomplete action of a proposal that is not chosen does not count.
    state.items<PlannedAction>().add({0, notChosen, {}, {}, {}, {}, {}, {}, {}});
    BOOST_TEST(state.missingToProceed(AnalysisStep::Implementation).size() == 1);

    const qint64 action = state.items<PlannedAction>().add({0, chosen, {}, {}, {}, {}, {}, {}, {}});
    QStringList missing = state.missingToProceed(AnalysisStep::Implementation);
    BOOST_TEST(missing.size() == 3); // what, who, when
    PlannedAction a = *state.items<PlannedAction>().find(action);
    a.what = QStringLiteral("Schemalägg i fasta team");
    a.responsible = QStringLiteral("Enhetschef");
    state.items<PlannedAction>().update(a);
    missing = state.missingToProceed(AnalysisStep::Implementation);
    BOOST_TEST(missing.size() == 1);
    BOOST_TEST(mentions(missing, QStringLiteral("Schemalägg i fasta team")));
    a.due = QDate(2024, 12, 31);
    state.items<PlannedAction>().update(a);
    BOOST_TEST(state.canProceed(AnalysisStep::Implementation));

    // How, frequency, if-not-met and targets are optional: reminders only.
    BOOST_TEST(state.reminders(AnalysisStep::Implementation).size() == 2);
    BOOST_TEST(state.complete());
    BOOST_TEST(state.isCompleted());
    state.reopen();
    BOOST_TEST(!state.isCompleted());

    // An action that points to no proposal is refused.
    BOOST_TEST(state.items<PlannedAction>().add({0, 999, {}, {}, {}, {}, {}, {}, {}}) == 0);
}

BOOST_AUTO_TEST_CASE(navigation_back_is_free_forward_needs_every_earlier_step)
{
    AnalysisState state;
    BOOST_TEST(!state.back());
    BOOST_TEST(!state.goTo(AnalysisStep::QuickAnalysis));
    BOOST_TEST(int(state.furthestReachableStep()) == 1);
    fillStep1(state);
    fillStep2(state);
    BOOST_TEST(int(state.furthestReachableStep()) == 3);
    BOOST_TEST(!state.goTo(AnalysisStep::Proposals));
    BOOST_TEST(state.goTo(AnalysisStep::DeepAnalysis));
    fillStep3(state);
    const qint64 proposal = fillStep4(state);
    fillStep5(state, proposal);
    BOOST_TEST(state.canEnter(AnalysisStep::Implementation));
    BOOST_TEST(state.goTo(AnalysisStep::Implementation));
    BOOST_TEST(state.goTo(AnalysisStep::Preparation));
    BOOST_TEST(int(state.currentStep()) == 1);

    // A change in an earlier step stops the group there on the way forward again.
    state.setTakenForward(n1, false);
    BOOST_TEST(state.next());
    BOOST_TEST(!state.next());
    BOOST_TEST(int(state.currentStep()) == 2);
    BOOST_TEST(!state.canEnter(AnalysisStep::Implementation));
    BOOST_TEST(!state.complete());
    state.setTakenForward(n1, true);
    BOOST_TEST(state.next());
    BOOST_TEST(state.back());
    BOOST_TEST(int(state.currentStep()) == 2);
}

BOOST_AUTO_TEST_CASE(changed_signal_names_field_kind_and_key)
{
    AnalysisState state;
    Recorder recorder(state);
    BOOST_TEST(state.setPurpose(QStringLiteral("Syfte")));
    BOOST_TEST(!state.setPurpose(QStringLiteral("Syfte")), "the same value is no change");
    BOOST_REQUIRE(recorder.changes.size() == 1);
    BOOST_TEST(int(std::get<0>(recorder.changes[0])) == int(AnalysisState::Field::Purpose));
    BOOST_TEST(int(std::get<1>(recorder.changes[0])) == int(AnalysisState::ChangeKind::Modified));
    BOOST_TEST(!std::get<2>(recorder.changes[0]).isValid());
    BOOST_TEST((recorder.modified == QList<bool>{true}));
    BOOST_TEST(state.isModified());

    const qint64 cause =
        state.items<Cause>().add({0, n1, CauseCategory::Material, QStringLiteral("c"), {}});
    BOOST_TEST(int(std::get<0>(recorder.changes.last())) == int(AnalysisState::Field::Causes));
    BOOST_TEST(int(std::get<1>(recorder.changes.last())) == int(AnalysisState::ChangeKind::Added));
    BOOST_TEST(std::get<2>(recorder.changes.last()).toLongLong() == cause);

    state.setJudgement(n1, Judgement::Problem);
    BOOST_TEST(int(std::get<0>(recorder.changes.last())) == int(AnalysisState::Field::Indicators));
    BOOST_TEST(int(std::get<1>(recorder.changes.last())) == int(AnalysisState::ChangeKind::Added));
    BOOST_TEST(std::get<2>(recorder.changes.last()).toString() == n1);
    state.setJudgement(n1, Judgement::None); // back to blank: the entry goes away
    BOOST_TEST(int(std::get<1>(recorder.changes.last())) ==
               int(AnalysisState::ChangeKind::Removed));
    BOOST_TEST(state.analysis().indicators.isEmpty());

    int stepSignals = 0;
    QObject::connect(&state, &AnalysisState::currentStepChanged, [&] { ++stepSignals; });
    fillStep1(state);
    state.next();
    BOOST_TEST(stepSignals == 1);
    BOOST_TEST(int(std::get<0>(recorder.changes.last())) == int(AnalysisState::Field::CurrentStep));

    state.setAnalysis(Analysis{});
    BOOST_TEST(recorder.resets == 1);
    BOOST_TEST(!state.isModified());
    BOOST_TEST(recorder.modified.last() == false);
}

BOOST_AUTO_TEST_CASE(handbook_has_five_steps_with_guiding_questions_in_both_languages)
{
    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        const Handbook handbook = Handbook::load(language);
        BOOST_TEST(handbook.language() == language);
        BOOST_REQUIRE(handbook.steps().size() == 5);
        for (int s = 1; s <= 5; ++s) {
            const HandbookStep& step = handbook.step(AnalysisStep(s));
            BOOST_TEST(int(step.step) == s);
            BOOST_TEST(!step.title.isEmpty());
            BOOST_TEST(!step.purpose.isEmpty());
            BOOST_TEST(!step.worksheet.isEmpty());
            BOOST_TEST(step.questions.size() >= 3);
            BOOST_TEST(step.questions.size() <= 6);
        }
        BOOST_TEST(handbook.readinessChecklist().size() >= 3);
        for (int c = 0; c < causeCategoryCount; ++c)
            BOOST_TEST(!handbook.causeCategoryHint(CauseCategory(c)).isEmpty());
    }
    const Handbook swedish = Handbook::load(QStringLiteral("de"));
    BOOST_TEST(swedish.language() == QStringLiteral("sv"));
    BOOST_TEST(swedish.step(AnalysisStep::Preparation).title == QStringLiteral("Förberedelser"));
    BOOST_TEST(swedish.step(AnalysisStep::Implementation).title ==
               QStringLiteral("Genomförande och uppföljning"));

    // The checklist seeds a new analysis.
    AnalysisState state;
    BOOST_TEST(state.seedChecklist(swedish.readinessChecklist()) ==
               swedish.readinessChecklist().size());

    // Damaged texts are refused with a message.
    BOOST_CHECK_THROW(Handbook::fromJson("{"), Error);
    BOOST_CHECK_THROW(Handbook::fromJson(R"({"steps": [{"step": 1, "title": "t",
                          "purpose": "p", "questions": ["a", "b"]}]})"),
                      Error);
}

BOOST_AUTO_TEST_CASE(step_is_done_when_enterable_and_complete_and_step5_only_when_completed)
{
    AnalysisState state;
    for (int s = 1; s <= analysisStepCount; ++s)
        BOOST_TEST(!state.isStepDone(AnalysisStep(s)), "step " << s << " of an empty analysis");

    fillStep1(state);
    BOOST_TEST(state.isStepDone(AnalysisStep::Preparation));
    BOOST_TEST(!state.isStepDone(AnalysisStep::QuickAnalysis));
    fillStep2(state);
    fillStep3(state);
    // Step 4 has what it needs before step 3 is visited, but it counts as done only because
    // every earlier step is done too.
    const qint64 proposalId = fillStep4(state);
    BOOST_TEST(state.isStepDone(AnalysisStep::Proposals));
    state.setJudgement(n1, Judgement::None);
    BOOST_TEST(!state.isStepDone(AnalysisStep::QuickAnalysis));
    BOOST_TEST(!state.isStepDone(AnalysisStep::DeepAnalysis), "step 2 blocks the later ones");
    BOOST_TEST(!state.isStepDone(AnalysisStep::Proposals));
    state.setJudgement(n1, Judgement::Unclear);

    fillStep5(state, proposalId);
    BOOST_TEST(state.canProceed(AnalysisStep::Implementation));
    BOOST_TEST(!state.isStepDone(AnalysisStep::Implementation), "step 5 waits for complete()");
    BOOST_TEST(state.complete());
    BOOST_TEST(state.isStepDone(AnalysisStep::Implementation));
    state.reopen();
    BOOST_TEST(!state.isStepDone(AnalysisStep::Implementation));
}

BOOST_AUTO_TEST_CASE(restore_content_puts_back_a_snapshot_but_keeps_step_id_and_completion)
{
    Analysis stored;
    stored.id = 12;
    stored.createdAt = QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    stored.updatedAt = stored.createdAt;
    AnalysisState state(stored);
    fillStep1(state);
    fillStep2(state);
    BOOST_TEST(state.next());
    const Analysis before = state.analysis();

    const qint64 causeId =
        state.items<Cause>().add({0, n1, CauseCategory::People, QStringLiteral("Få"), false});
    BOOST_TEST(state.next());
    state.setModified(false);
    Recorder recorder(state);

    // Undo the cause: the content goes back, but the group stays on step 3.
    BOOST_TEST(state.restoreContent(before));
    BOOST_TEST(state.analysis().causes.isEmpty());
    BOOST_TEST(int(state.currentStep()) == 3);
    BOOST_TEST(state.analysis().id == 12);
    BOOST_TEST((state.analysis().createdAt == stored.createdAt));
    BOOST_TEST(recorder.resets == 1);
    BOOST_TEST(state.isModified());
    BOOST_TEST(!state.restoreContent(before), "restoring the same content changes nothing");
    BOOST_TEST(recorder.resets == 1);

    // A new item after the undo never takes the id of the undone one.
    const qint64 next =
        state.items<Cause>().add({0, n1, CauseCategory::Method, QStringLiteral("Rutiner"), false});
    BOOST_TEST(next != causeId);

    // A snapshot with unsorted indicator entries is looked up like a loaded analysis.
    Analysis unsorted = before;
    std::reverse(unsorted.indicators.begin(), unsorted.indicators.end());
    AnalysisIndicator extra;
    extra.indicatorId = QStringLiteral("A0");
    extra.note = QStringLiteral("först");
    unsorted.indicators.append(extra);
    BOOST_TEST(state.restoreContent(unsorted));
    BOOST_TEST(state.indicator(QStringLiteral("A0")).note == QStringLiteral("först"));
    BOOST_TEST(int(state.indicator(n1).judgement) == int(Judgement::Problem));
}
