// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handbook/itemlist.h"
#include "core/model/analysis.h"
#include "core/model/network.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace jamfor {

class AnalysisRepository;

// The state of the five-step analysis wizard: one analysis, the step the group is on, and the
// rules for moving on. The wizard pages only read and edit this object; it has no widgets and
// is tested on its own. Every edit emits changed() after it is applied, naming what changed, so
// views can follow and undo commands (in ui/) can record the old value through the getters.
//
// What each step requires before the group can move on ("Nästa"), and what is optional:
//
// 1. Förberedelser. Required: a purpose and a mandate (not blank); an area; a focus
//    municipality; a year (1900–2200); a complete comparison population (a network for
//    ComparisonKind::Network, a county code or kommungrupp for County/Kommungrupp, a saved
//    unit group for UnitGroup; nothing for Country).
//    Optional: title, time plan, meetings, participants, readiness checklist (reminders list
//    participants, meetings and checklist points still open).
// 2. Snabbanalys och prioritering. Required: at least one indicator taken forward, and a
//    judgement (problem / good result to keep / unclear) for each indicator taken forward.
//    Optional: judgements of the other indicators, handbook type, notes. A reminder asks the
//    group to keep to a few when more than recommendedMaxIndicators are taken forward.
// 3. Fördjupad analys. Required: for each indicator taken forward, at least one cause on the
//    fishbone or a five-whys chain with at least one answer.
//    Optional: conclusions, cost indicator, similar municipalities, root-cause marks, notes on
//    other sources (a reminder names indicators without a conclusion).
// 4. Förbättringsförslag. Required: at least one proposal chosen; each chosen proposal has a
//    title and is rated for expected effect and effort.
//    Optional: problem, goal, ongoing work, suggested actions, inspiration, the indicator it
//    addresses, proposals not chosen (a reminder flags chosen proposals with low effect and
//    high effort).
// 5. Genomförande och uppföljning (moving on = completing the analysis). Required: each chosen
//    proposal has at least one action; each action of a chosen proposal, and each action not
//    tied to a proposal, says what is to be done, who is responsible and when.
//    Optional: how, follow-up frequency, what if not met, status, targets, follow-up notes
//    (reminders name indicators taken forward without a target, and actions without a
//    follow-up frequency).
//
// A step can be entered when every earlier step has what it requires; going back is always
// possible. Edits never move the current step; a group that goes back and changes an earlier
// step is stopped again at that step when it moves forward.
class AnalysisState : public QObject
{
    Q_OBJECT

public:
    // What an edit changed. Header and step 1 fields are single values; the others are lists.
    enum class Field
    {
        Title,
        Network,
        Comparison, // kind, key and unit group
        Area,
        FocusUnit,
        Year,
        Mandate,
        Purpose,
        TimePlan,
        Participants,
        Meetings,
        Checklist,
        Indicators, // the key is the indicator id (QString)
        SimilarUnits,
        Causes,
        WhyChains,
        SourceNotes,
        Proposals,
        Actions,
        Targets,
        FollowUpNotes,
        CurrentStep,
        Completion
    };
    Q_ENUM(Field)

    enum class ChangeKind
    {
        Modified,
        Added,
        Removed,
        Moved
    };
    Q_ENUM(ChangeKind)

    // More indicators taken forward than this shows a reminder to keep to a few.
    static constexpr int recommendedMaxIndicators = 5;

    explicit AnalysisState(QObject* parent = nullptr);
    explicit AnalysisState(const Analysis& analysis, QObject* parent = nullptr);

    const Analysis& analysis() const { return m_analysis; }
    // Replaces everything (a new or loaded analysis); clears the modified flag.
    void setAnalysis(const Analysis& analysis);
    // Puts back the group's recorded content from a snapshot of analysis() (undo and redo):
    // everything but the id, the stored times, the current step and the completion time is
    // taken from the snapshot, so undoing an edit never moves the group between steps. Emits
    // analysisReset() and marks the state modified; returns false when nothing differed.
    bool restoreContent(const Analysis& snapshot);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Saves everything in one transaction, takes over the id and times, clears the modified
    // flag. Throws jamfor::Error when the file refuses.
    void save(AnalysisRepository& repository);
    // Replaces the state with the stored analysis. Returns false (and keeps the state) when
    // there is no such analysis.
    bool load(AnalysisRepository& repository, qint64 analysisId);

    // Titles used in messages instead of bare indicator ids (not stored).
    void setIndicatorTitles(const QHash<QString, QString>& titles);
    QString indicatorTitle(const QString& indicatorId) const;

    // ---- Steps ----
    AnalysisStep currentStep() const { return m_analysis.currentStep; }
    // Why the group cannot move on from the step yet, one translated sentence per gap; empty
    // when it can.
    QStringList missingToProceed(AnalysisStep step) const;
    bool canProceed(AnalysisStep step) const { return missingToProceed(step).isEmpty(); }
    // Advice that does not stop the group (a long list of indicators, open checklist points).
    QStringList reminders(AnalysisStep step) const;
    // Every earlier step has what it requires.
    bool canEnter(AnalysisStep step) const;
    // A step is done when it can be entered and has what it requires; step 5 is done only when
    // the analysis is completed. The step navigator marks done steps.
    bool isStepDone(AnalysisStep step) const;
    // The last step that can be entered.
    AnalysisStep furthestReachableStep() const;
    // Moves to the step when canEnter() allows it; returns whether the current step is it now.
    bool goTo(AnalysisStep step);
    bool next(); // false at step 5 or when the current step lacks something
    bool back(); // false at step 1
    bool isCompleted() const { return m_analysis.isCompleted(); }
    // Marks the analysis as done when every step has what it requires.
    bool complete();
    void reopen(); // clears the completion time

    // ---- Header and step 1: Förberedelser ----
    bool setTitle(const QString& title);
    bool setNetworkId(qint64 networkId);
    bool setComparisonKind(ComparisonKind kind);
    bool setComparisonKey(const QString& key);
    bool setUnitGroupId(qint64 unitGroupId);
    bool setAreaId(const QString& areaId);
    bool setFocusUnitId(const QString& unitId);
    bool setYear(int year);
    bool setMandate(const QString& mandate);
    bool setPurpose(const QString& purpose);
    bool setTimePlan(const QString& timePlan);

    // ---- Lists ----
    // Every list of the analysis (participants, meetings, checklist, causes, why chains, source
    // notes, proposals, actions, targets, follow-up notes) is read and edited through one
    // accessor, e.g. items<Cause>().add(cause). See ItemList above for what each edit does and
    // returns, and the rules of the lists that have some.
    template <class T> ItemList<T> items() { return ItemList<T>(*this); }
    template <class T> ItemView<T> items() const { return ItemView<T>(*this); }

    // Adds a person of the network; 0 when the person already takes part.
    qint64 addParticipantFromPerson(const Person& person);
    bool setChecklistItemDone(qint64 id, bool done);
    // Fills an empty checklist with these points (Handbook::readinessChecklist()); returns how
    // many were added (0 when the checklist already has points).
    int seedChecklist(const QStringList& texts);

    // ---- Step 2: Snabbanalys och prioritering (and step 3's per-indicator fields) ----
    // The entry for an indicator; a blank one when the group has not touched it.
    AnalysisIndicator indicator(const QString& indicatorId) const;
    // Replaces the entry; a blank entry removes it.
    bool updateIndicator(const AnalysisIndicator& entry);
    bool setJudgement(const QString& indicatorId, Judgement judgement);
    bool setIndicatorType(const QString& indicatorId, HandbookType type);
    bool setIndicatorNote(const QString& indicatorId, const QString& note);
    bool setTakenForward(const QString& indicatorId, bool takenForward);
    bool setConclusion(const QString& indicatorId, const QString& conclusion);
    bool setCostIndicator(const QString& indicatorId, const QString& costIndicatorId);
    QStringList takenForwardIds() const { return m_analysis.takenForwardIndicatorIds(); }
    int takenForwardCount() const { return int(takenForwardIds().size()); }
    bool tooManyTakenForward() const { return takenForwardCount() > recommendedMaxIndicators; }

    // ---- Step 3: Fördjupad analys ----
    bool setSimilarUnitIds(const QStringList& unitIds);
    QList<Cause> causesFor(const QString& indicatorId) const;
    QList<WhyChain> whyChainsFor(const QString& indicatorId) const;

    // ---- Step 4: Förbättringsförslag ----
    bool setProposalChosen(qint64 id, bool chosen);
    bool setProposalRatings(qint64 id, Rating effect, Rating effort);
    QList<Proposal> chosenProposals() const;

    // ---- Step 5: Genomförande och uppföljning ----
    QList<PlannedAction> actionsFor(qint64 proposalId) const;

signals:
    // After every edit. key: the item id (qint64) for lists, the indicator id (QString) for
    // Field::Indicators, invalid for single values.
    void changed(jamfor::AnalysisState::Field field, jamfor::AnalysisState::ChangeKind kind,
                 const QVariant& key);
    void currentStepChanged(jamfor::AnalysisStep step);
    // The whole analysis was replaced (setAnalysis, load).
    void analysisReset();
    void modifiedChanged(bool modified);

private:
    void notify(Field field, ChangeKind kind, const QVariant& key = {});
    qint64 takeId(qint64 wanted, bool free);
    bool targetClashes(const IndicatorTarget& target) const;
    IndicatorTarget normalizedTarget(IndicatorTarget target) const;

    template <class T> bool assign(T& member, const T& value, Field field);
    template <class Edit> bool editIndicator(const QString& indicatorId, Edit edit);
    template <class T> friend class ItemView;
    template <class T> friend class ItemList;
    template <class T> QList<T>& listOf();
    template <class T> const QList<T>& listOf() const;
    // The rules of single lists, applied by ItemList before an item is stored (false refuses
    // it) and before one is removed; the templates are for lists without rules.
    template <class T> bool accept(T&, bool /*adding*/) { return true; }
    bool accept(AnalysisMeeting& meeting, bool adding);
    bool accept(PlannedAction& action, bool adding);
    bool accept(IndicatorTarget& target, bool adding);
    bool accept(FollowUpNote& note, bool adding);
    template <class T> void removeDependents(const T&) {}
    void removeDependents(const Proposal& proposal);
    void removeDependents(const PlannedAction& action);

    Analysis m_analysis;
    QHash<QString, QString> m_indicatorTitles;
    qint64 m_nextId = 1;
    bool m_modified = false;
};

} // namespace jamfor
