// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/analysisstate.h"

#include "storage/analysisrepository.h"
#include "wizard/steprequirements.h"

#include <algorithm>

namespace jamfor {

namespace {

template <class T> qsizetype indexOfId(const QList<T>& list, qint64 id)
{
    if (id == 0)
        return -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

// The items of a list that belong to one indicator, in their order.
template <class T> QList<T> itemsFor(const QList<T>& list, const QString& indicatorId)
{
    QList<T> result;
    for (const T& item : list) {
        if (item.indicatorId == indicatorId)
            result << item;
    }
    return result;
}

template <class T> std::optional<T> findId(const QList<T>& list, qint64 id)
{
    const qsizetype index = indexOfId(list, id);
    if (index < 0)
        return std::nullopt;
    return list[index];
}

bool validYear(int year)
{
    return year >= 1900 && year <= 2200;
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc(); // millisecond precision, as stored
}

bool lessById(const AnalysisIndicator& entry, const QString& id)
{
    return entry.indicatorId < id;
}

} // namespace

AnalysisState::AnalysisState(QObject* parent)
    : QObject(parent)
{}

AnalysisState::AnalysisState(const Analysis& analysis, QObject* parent)
    : QObject(parent)
{
    setAnalysis(analysis);
}

void AnalysisState::setAnalysis(const Analysis& analysis)
{
    m_analysis = analysis;
    std::stable_sort(m_analysis.indicators.begin(), m_analysis.indicators.end(),
                     [](const AnalysisIndicator& a, const AnalysisIndicator& b) {
                         return a.indicatorId < b.indicatorId;
                     });
    m_nextId = m_analysis.largestItemId() + 1;
    emit analysisReset();
    setModified(false);
}

bool AnalysisState::restoreContent(const Analysis& snapshot)
{
    Analysis next = snapshot;
    next.id = m_analysis.id;
    next.createdAt = m_analysis.createdAt;
    next.updatedAt = m_analysis.updatedAt;
    next.completedAt = m_analysis.completedAt;
    next.currentStep = m_analysis.currentStep;
    std::stable_sort(next.indicators.begin(), next.indicators.end(),
                     [](const AnalysisIndicator& a, const AnalysisIndicator& b) {
                         return a.indicatorId < b.indicatorId;
                     });
    if (next == m_analysis)
        return false;
    m_analysis = next;
    // Ids handed out after the snapshot was taken stay taken, so a redo cannot reuse one.
    m_nextId = std::max(m_nextId, m_analysis.largestItemId() + 1);
    emit analysisReset();
    setModified(true);
    return true;
}

void AnalysisState::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void AnalysisState::save(AnalysisRepository& repository)
{
    Analysis copy = m_analysis;
    repository.save(copy);
    m_analysis.id = copy.id;
    m_analysis.createdAt = copy.createdAt;
    m_analysis.updatedAt = copy.updatedAt;
    m_analysis.completedAt = copy.completedAt;
    setModified(false);
}

bool AnalysisState::load(AnalysisRepository& repository, qint64 analysisId)
{
    const std::optional<Analysis> stored = repository.load(analysisId);
    if (!stored)
        return false;
    setAnalysis(*stored);
    return true;
}

void AnalysisState::setIndicatorTitles(const QHash<QString, QString>& titles)
{
    m_indicatorTitles = titles;
}

QString AnalysisState::indicatorTitle(const QString& indicatorId) const
{
    const QString title = m_indicatorTitles.value(indicatorId);
    return title.isEmpty() ? indicatorId : title;
}

void AnalysisState::notify(Field field, ChangeKind kind, const QVariant& key)
{
    setModified(true);
    emit changed(field, kind, key);
}

qint64 AnalysisState::takeId(qint64 wanted, bool free)
{
    if (wanted > 0 && free) {
        m_nextId = std::max(m_nextId, wanted + 1);
        return wanted;
    }
    return m_nextId++;
}

template <class T> bool AnalysisState::assign(T& member, const T& value, Field field)
{
    if (member == value)
        return false;
    member = value;
    notify(field, ChangeKind::Modified);
    return true;
}

template <class T>
qint64 AnalysisState::addItem(QList<T>& list, T item, qsizetype index, Field field)
{
    item.id = takeId(item.id, indexOfId(list, item.id) < 0);
    if (index < 0 || index > list.size())
        index = list.size();
    list.insert(index, item);
    notify(field, ChangeKind::Added, item.id);
    return item.id;
}

template <class T> bool AnalysisState::updateItem(QList<T>& list, const T& item, Field field)
{
    const qsizetype index = indexOfId(list, item.id);
    if (index < 0 || list[index] == item)
        return false;
    list[index] = item;
    notify(field, ChangeKind::Modified, item.id);
    return true;
}

template <class T> bool AnalysisState::removeItem(QList<T>& list, qint64 id, Field field)
{
    const qsizetype index = indexOfId(list, id);
    if (index < 0)
        return false;
    list.removeAt(index);
    notify(field, ChangeKind::Removed, id);
    return true;
}

template <class T>
bool AnalysisState::moveItem(QList<T>& list, qint64 id, qsizetype index, Field field)
{
    const qsizetype from = indexOfId(list, id);
    if (from < 0)
        return false;
    const qsizetype to = std::clamp<qsizetype>(index, 0, list.size() - 1);
    if (from == to)
        return false;
    list.move(from, to);
    notify(field, ChangeKind::Moved, id);
    return true;
}

// ---- Steps ----

QStringList AnalysisState::missingToProceed(AnalysisStep step) const
{
    return StepRequirements(*this).missingToProceed(step);
}

QStringList AnalysisState::reminders(AnalysisStep step) const
{
    return StepRequirements(*this).reminders(step);
}

bool AnalysisState::canEnter(AnalysisStep step) const
{
    for (int s = 1; s < analysisStepNumber(step); ++s) {
        if (!canProceed(AnalysisStep(s)))
            return false;
    }
    return true;
}

bool AnalysisState::isStepDone(AnalysisStep step) const
{
    if (step == AnalysisStep::Implementation)
        return isCompleted() && canEnter(step) && canProceed(step);
    return canEnter(step) && canProceed(step);
}

AnalysisStep AnalysisState::furthestReachableStep() const
{
    int step = 1;
    while (step < analysisStepCount && canProceed(AnalysisStep(step)))
        ++step;
    return AnalysisStep(step);
}

bool AnalysisState::goTo(AnalysisStep step)
{
    const int number = analysisStepNumber(step);
    if (number < 1 || number > analysisStepCount)
        return false;
    if (step == m_analysis.currentStep)
        return true;
    if (number > analysisStepNumber(m_analysis.currentStep) && !canEnter(step))
        return false;
    m_analysis.currentStep = step;
    notify(Field::CurrentStep, ChangeKind::Modified);
    emit currentStepChanged(step);
    return true;
}

bool AnalysisState::next()
{
    const int number = analysisStepNumber(m_analysis.currentStep);
    if (number >= analysisStepCount)
        return false;
    return goTo(AnalysisStep(number + 1));
}

bool AnalysisState::back()
{
    const int number = analysisStepNumber(m_analysis.currentStep);
    if (number <= 1)
        return false;
    return goTo(AnalysisStep(number - 1));
}

bool AnalysisState::complete()
{
    if (!canEnter(AnalysisStep::Implementation) || !canProceed(AnalysisStep::Implementation))
        return false;
    if (m_analysis.isCompleted())
        return true;
    m_analysis.completedAt = nowUtc();
    notify(Field::Completion, ChangeKind::Modified);
    return true;
}

void AnalysisState::reopen()
{
    if (!m_analysis.isCompleted())
        return;
    m_analysis.completedAt = QDateTime();
    notify(Field::Completion, ChangeKind::Modified);
}

// ---- Header and step 1 ----

bool AnalysisState::setTitle(const QString& title)
{
    return assign(m_analysis.title, title, Field::Title);
}

bool AnalysisState::setNetworkId(qint64 networkId)
{
    return assign(m_analysis.networkId, networkId, Field::Network);
}

bool AnalysisState::setComparisonKind(ComparisonKind kind)
{
    return assign(m_analysis.comparisonKind, kind, Field::Comparison);
}

bool AnalysisState::setComparisonKey(const QString& key)
{
    return assign(m_analysis.comparisonKey, key, Field::Comparison);
}

bool AnalysisState::setUnitGroupId(qint64 unitGroupId)
{
    return assign(m_analysis.unitGroupId, unitGroupId, Field::Comparison);
}

bool AnalysisState::setAreaId(const QString& areaId)
{
    return assign(m_analysis.areaId, areaId, Field::Area);
}

bool AnalysisState::setFocusUnitId(const QString& unitId)
{
    return assign(m_analysis.focusUnitId, unitId, Field::FocusUnit);
}

bool AnalysisState::setYear(int year)
{
    return assign(m_analysis.year, year, Field::Year);
}

bool AnalysisState::setMandate(const QString& mandate)
{
    return assign(m_analysis.mandate, mandate, Field::Mandate);
}

bool AnalysisState::setPurpose(const QString& purpose)
{
    return assign(m_analysis.purpose, purpose, Field::Purpose);
}

bool AnalysisState::setTimePlan(const QString& timePlan)
{
    return assign(m_analysis.timePlan, timePlan, Field::TimePlan);
}

qint64 AnalysisState::addParticipant(const AnalysisParticipant& participant, qsizetype index)
{
    return addItem(m_analysis.participants, participant, index, Field::Participants);
}

qint64 AnalysisState::addParticipantFromPerson(const Person& person)
{
    const bool present =
        person.id != 0 &&
        std::any_of(m_analysis.participants.cbegin(), m_analysis.participants.cend(),
                    [&](const AnalysisParticipant& p) { return p.personId == person.id; });
    if (present)
        return 0;
    return addParticipant({0, person.id, person.name, QString(), person.unitId});
}

bool AnalysisState::updateParticipant(const AnalysisParticipant& participant)
{
    return updateItem(m_analysis.participants, participant, Field::Participants);
}

bool AnalysisState::removeParticipant(qint64 id)
{
    return removeItem(m_analysis.participants, id, Field::Participants);
}

bool AnalysisState::moveParticipant(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.participants, id, index, Field::Participants);
}

std::optional<AnalysisParticipant> AnalysisState::participant(qint64 id) const
{
    return findId(m_analysis.participants, id);
}

qint64 AnalysisState::addMeeting(const AnalysisMeeting& meeting, qsizetype index)
{
    AnalysisMeeting m = meeting;
    m.step = std::clamp(m.step, 0, analysisStepCount);
    return addItem(m_analysis.meetings, m, index, Field::Meetings);
}

bool AnalysisState::updateMeeting(const AnalysisMeeting& meeting)
{
    AnalysisMeeting m = meeting;
    m.step = std::clamp(m.step, 0, analysisStepCount);
    return updateItem(m_analysis.meetings, m, Field::Meetings);
}

bool AnalysisState::removeMeeting(qint64 id)
{
    return removeItem(m_analysis.meetings, id, Field::Meetings);
}

bool AnalysisState::moveMeeting(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.meetings, id, index, Field::Meetings);
}

std::optional<AnalysisMeeting> AnalysisState::meeting(qint64 id) const
{
    return findId(m_analysis.meetings, id);
}

qint64 AnalysisState::addChecklistItem(const ChecklistItem& item, qsizetype index)
{
    return addItem(m_analysis.checklist, item, index, Field::Checklist);
}

bool AnalysisState::updateChecklistItem(const ChecklistItem& item)
{
    return updateItem(m_analysis.checklist, item, Field::Checklist);
}

bool AnalysisState::setChecklistItemDone(qint64 id, bool done)
{
    std::optional<ChecklistItem> item = checklistItem(id);
    if (!item)
        return false;
    item->done = done;
    return updateChecklistItem(*item);
}

bool AnalysisState::removeChecklistItem(qint64 id)
{
    return removeItem(m_analysis.checklist, id, Field::Checklist);
}

bool AnalysisState::moveChecklistItem(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.checklist, id, index, Field::Checklist);
}

std::optional<ChecklistItem> AnalysisState::checklistItem(qint64 id) const
{
    return findId(m_analysis.checklist, id);
}

int AnalysisState::seedChecklist(const QStringList& texts)
{
    if (!m_analysis.checklist.isEmpty())
        return 0;
    for (const QString& text : texts)
        addChecklistItem({0, text, false, QString()});
    return int(texts.size());
}

// ---- Step 2 ----

AnalysisIndicator AnalysisState::indicator(const QString& indicatorId) const
{
    const auto& list = m_analysis.indicators;
    const auto it = std::lower_bound(list.cbegin(), list.cend(), indicatorId, lessById);
    if (it != list.cend() && it->indicatorId == indicatorId)
        return *it;
    AnalysisIndicator blank;
    blank.indicatorId = indicatorId;
    return blank;
}

bool AnalysisState::updateIndicator(const AnalysisIndicator& entry)
{
    if (entry.indicatorId.isEmpty())
        return false;
    auto& list = m_analysis.indicators;
    const auto it = std::lower_bound(list.begin(), list.end(), entry.indicatorId, lessById);
    const bool exists = it != list.end() && it->indicatorId == entry.indicatorId;
    if (entry.isBlank()) {
        if (!exists)
            return false;
        list.erase(it);
        notify(Field::Indicators, ChangeKind::Removed, entry.indicatorId);
        return true;
    }
    if (exists) {
        if (*it == entry)
            return false;
        *it = entry;
        notify(Field::Indicators, ChangeKind::Modified, entry.indicatorId);
        return true;
    }
    list.insert(it, entry);
    notify(Field::Indicators, ChangeKind::Added, entry.indicatorId);
    return true;
}

template <class Edit> bool AnalysisState::editIndicator(const QString& indicatorId, Edit edit)
{
    if (indicatorId.isEmpty())
        return false;
    AnalysisIndicator entry = indicator(indicatorId);
    edit(entry);
    return updateIndicator(entry);
}

bool AnalysisState::setJudgement(const QString& indicatorId, Judgement judgement)
{
    return editIndicator(indicatorId, [&](AnalysisIndicator& e) { e.judgement = judgement; });
}

bool AnalysisState::setIndicatorType(const QString& indicatorId, HandbookType type)
{
    return editIndicator(indicatorId, [&](AnalysisIndicator& e) { e.handbookType = type; });
}

bool AnalysisState::setIndicatorNote(const QString& indicatorId, const QString& note)
{
    return editIndicator(indicatorId, [&](AnalysisIndicator& e) { e.note = note; });
}

bool AnalysisState::setTakenForward(const QString& indicatorId, bool takenForward)
{
    return editIndicator(indicatorId, [&](AnalysisIndicator& e) { e.takenForward = takenForward; });
}

bool AnalysisState::setConclusion(const QString& indicatorId, const QString& conclusion)
{
    return editIndicator(indicatorId, [&](AnalysisIndicator& e) { e.conclusion = conclusion; });
}

bool AnalysisState::setCostIndicator(const QString& indicatorId, const QString& costIndicatorId)
{
    return editIndicator(indicatorId,
                         [&](AnalysisIndicator& e) { e.costIndicatorId = costIndicatorId; });
}

// ---- Step 3 ----

bool AnalysisState::setSimilarUnitIds(const QStringList& unitIds)
{
    QStringList unique;
    for (const QString& id : unitIds) {
        if (!id.isEmpty() && !unique.contains(id))
            unique << id;
    }
    return assign(m_analysis.similarUnitIds, unique, Field::SimilarUnits);
}

qint64 AnalysisState::addCause(const Cause& cause, qsizetype index)
{
    return addItem(m_analysis.causes, cause, index, Field::Causes);
}

bool AnalysisState::updateCause(const Cause& cause)
{
    return updateItem(m_analysis.causes, cause, Field::Causes);
}

bool AnalysisState::removeCause(qint64 id)
{
    return removeItem(m_analysis.causes, id, Field::Causes);
}

bool AnalysisState::moveCause(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.causes, id, index, Field::Causes);
}

std::optional<Cause> AnalysisState::cause(qint64 id) const
{
    return findId(m_analysis.causes, id);
}

QList<Cause> AnalysisState::causesFor(const QString& indicatorId) const
{
    return itemsFor(m_analysis.causes, indicatorId);
}

qint64 AnalysisState::addWhyChain(const WhyChain& chain, qsizetype index)
{
    return addItem(m_analysis.whyChains, chain, index, Field::WhyChains);
}

bool AnalysisState::updateWhyChain(const WhyChain& chain)
{
    return updateItem(m_analysis.whyChains, chain, Field::WhyChains);
}

bool AnalysisState::removeWhyChain(qint64 id)
{
    return removeItem(m_analysis.whyChains, id, Field::WhyChains);
}

bool AnalysisState::moveWhyChain(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.whyChains, id, index, Field::WhyChains);
}

std::optional<WhyChain> AnalysisState::whyChain(qint64 id) const
{
    return findId(m_analysis.whyChains, id);
}

QList<WhyChain> AnalysisState::whyChainsFor(const QString& indicatorId) const
{
    return itemsFor(m_analysis.whyChains, indicatorId);
}

qint64 AnalysisState::addSourceNote(const SourceNote& note, qsizetype index)
{
    return addItem(m_analysis.sourceNotes, note, index, Field::SourceNotes);
}

bool AnalysisState::updateSourceNote(const SourceNote& note)
{
    return updateItem(m_analysis.sourceNotes, note, Field::SourceNotes);
}

bool AnalysisState::removeSourceNote(qint64 id)
{
    return removeItem(m_analysis.sourceNotes, id, Field::SourceNotes);
}

bool AnalysisState::moveSourceNote(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.sourceNotes, id, index, Field::SourceNotes);
}

std::optional<SourceNote> AnalysisState::sourceNote(qint64 id) const
{
    return findId(m_analysis.sourceNotes, id);
}

// ---- Step 4 ----

qint64 AnalysisState::addProposal(const Proposal& proposal, qsizetype index)
{
    return addItem(m_analysis.proposals, proposal, index, Field::Proposals);
}

bool AnalysisState::updateProposal(const Proposal& proposal)
{
    return updateItem(m_analysis.proposals, proposal, Field::Proposals);
}

bool AnalysisState::setProposalChosen(qint64 id, bool chosen)
{
    std::optional<Proposal> p = proposal(id);
    if (!p)
        return false;
    p->chosen = chosen;
    return updateProposal(*p);
}

bool AnalysisState::setProposalRatings(qint64 id, Rating effect, Rating effort)
{
    std::optional<Proposal> p = proposal(id);
    if (!p)
        return false;
    p->effect = effect;
    p->effort = effort;
    return updateProposal(*p);
}

bool AnalysisState::removeProposal(qint64 id)
{
    if (indexOfId(m_analysis.proposals, id) < 0)
        return false;
    for (const PlannedAction& a : actionsFor(id))
        removeAction(a.id);
    return removeItem(m_analysis.proposals, id, Field::Proposals);
}

bool AnalysisState::moveProposal(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.proposals, id, index, Field::Proposals);
}

std::optional<Proposal> AnalysisState::proposal(qint64 id) const
{
    return findId(m_analysis.proposals, id);
}

QList<Proposal> AnalysisState::chosenProposals() const
{
    QList<Proposal> result;
    for (const Proposal& p : m_analysis.proposals) {
        if (p.chosen)
            result << p;
    }
    return result;
}

// ---- Step 5 ----

qint64 AnalysisState::addAction(const PlannedAction& action, qsizetype index)
{
    if (action.proposalId != 0 && indexOfId(m_analysis.proposals, action.proposalId) < 0)
        return 0;
    return addItem(m_analysis.actions, action, index, Field::Actions);
}

bool AnalysisState::updateAction(const PlannedAction& action)
{
    if (action.proposalId != 0 && indexOfId(m_analysis.proposals, action.proposalId) < 0)
        return false;
    return updateItem(m_analysis.actions, action, Field::Actions);
}

bool AnalysisState::removeAction(qint64 id)
{
    if (indexOfId(m_analysis.actions, id) < 0)
        return false;
    QList<qint64> notes;
    for (const FollowUpNote& n : m_analysis.followUpNotes) {
        if (n.actionId == id)
            notes << n.id;
    }
    for (const qint64 noteId : notes)
        removeFollowUpNote(noteId);
    return removeItem(m_analysis.actions, id, Field::Actions);
}

bool AnalysisState::moveAction(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.actions, id, index, Field::Actions);
}

std::optional<PlannedAction> AnalysisState::action(qint64 id) const
{
    return findId(m_analysis.actions, id);
}

QList<PlannedAction> AnalysisState::actionsFor(qint64 proposalId) const
{
    QList<PlannedAction> result;
    for (const PlannedAction& a : m_analysis.actions) {
        if (a.proposalId == proposalId)
            result << a;
    }
    return result;
}

IndicatorTarget AnalysisState::normalizedTarget(IndicatorTarget target) const
{
    if (target.unitId.isEmpty())
        target.unitId = m_analysis.focusUnitId;
    return target;
}

bool AnalysisState::targetClashes(const IndicatorTarget& target) const
{
    return std::any_of(
        m_analysis.targets.cbegin(), m_analysis.targets.cend(), [&](const IndicatorTarget& t) {
            return t.id != target.id && t.indicatorId == target.indicatorId &&
                   t.unitId == target.unitId && t.year == target.year && t.gender == target.gender;
        });
}

qint64 AnalysisState::addTarget(const IndicatorTarget& target, qsizetype index)
{
    IndicatorTarget t = normalizedTarget(target);
    if (indexOfId(m_analysis.targets, t.id) >= 0)
        t.id = 0; // the id is taken: this is a new target, it gets a new id
    if (t.indicatorId.isEmpty() || t.unitId.isEmpty() || !validYear(t.year) || targetClashes(t))
        return 0;
    return addItem(m_analysis.targets, t, index, Field::Targets);
}

bool AnalysisState::updateTarget(const IndicatorTarget& target)
{
    const IndicatorTarget t = normalizedTarget(target);
    if (t.indicatorId.isEmpty() || t.unitId.isEmpty() || !validYear(t.year) || targetClashes(t))
        return false;
    return updateItem(m_analysis.targets, t, Field::Targets);
}

bool AnalysisState::removeTarget(qint64 id)
{
    return removeItem(m_analysis.targets, id, Field::Targets);
}

bool AnalysisState::moveTarget(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.targets, id, index, Field::Targets);
}

std::optional<IndicatorTarget> AnalysisState::target(qint64 id) const
{
    return findId(m_analysis.targets, id);
}

qint64 AnalysisState::addFollowUpNote(const FollowUpNote& note, qsizetype index)
{
    if (note.actionId != 0 && indexOfId(m_analysis.actions, note.actionId) < 0)
        return 0;
    return addItem(m_analysis.followUpNotes, note, index, Field::FollowUpNotes);
}

bool AnalysisState::updateFollowUpNote(const FollowUpNote& note)
{
    if (note.actionId != 0 && indexOfId(m_analysis.actions, note.actionId) < 0)
        return false;
    return updateItem(m_analysis.followUpNotes, note, Field::FollowUpNotes);
}

bool AnalysisState::removeFollowUpNote(qint64 id)
{
    return removeItem(m_analysis.followUpNotes, id, Field::FollowUpNotes);
}

bool AnalysisState::moveFollowUpNote(qint64 id, qsizetype index)
{
    return moveItem(m_analysis.followUpNotes, id, index, Field::FollowUpNotes);
}

std::optional<FollowUpNote> AnalysisState::followUpNote(qint64 id) const
{
    return findId(m_analysis.followUpNotes, id);
}

qsizetype AnalysisState::indexOf(Field field, qint64 id) const
{
    const Analysis& a = m_analysis;
    switch (field) {
    case Field::Participants:
        return indexOfId(a.participants, id);
    case Field::Meetings:
        return indexOfId(a.meetings, id);
    case Field::Checklist:
        return indexOfId(a.checklist, id);
    case Field::Causes:
        return indexOfId(a.causes, id);
    case Field::WhyChains:
        return indexOfId(a.whyChains, id);
    case Field::SourceNotes:
        return indexOfId(a.sourceNotes, id);
    case Field::Proposals:
        return indexOfId(a.proposals, id);
    case Field::Actions:
        return indexOfId(a.actions, id);
    case Field::Targets:
        return indexOfId(a.targets, id);
    case Field::FollowUpNotes:
        return indexOfId(a.followUpNotes, id);
    default:
        return -1;
    }
}

} // namespace jamfor
