// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/analysisstate.h"

#include "core/handbook/steprequirements.h"
#include "core/storage/analysisrepository.h"

#include <algorithm>

namespace jamfor {

namespace {

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
    m_analysis.uid = copy.uid;
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

qint64 AnalysisState::addParticipantFromPerson(const Person& person)
{
    const bool present =
        person.id != 0 &&
        std::any_of(m_analysis.participants.cbegin(), m_analysis.participants.cend(),
                    [&](const AnalysisParticipant& p) { return p.personId == person.id; });
    if (present)
        return 0;
    return items<AnalysisParticipant>().add({0, person.id, person.name, QString(), person.unitId});
}

bool AnalysisState::setChecklistItemDone(qint64 id, bool done)
{
    std::optional<ChecklistItem> item = items<ChecklistItem>().find(id);
    if (!item)
        return false;
    item->done = done;
    return items<ChecklistItem>().update(*item);
}

int AnalysisState::seedChecklist(const QStringList& texts)
{
    if (!m_analysis.checklist.isEmpty())
        return 0;
    for (const QString& text : texts)
        items<ChecklistItem>().add({0, text, false, QString()});
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

QList<Cause> AnalysisState::causesFor(const QString& indicatorId) const
{
    return itemsFor(m_analysis.causes, indicatorId);
}

QList<WhyChain> AnalysisState::whyChainsFor(const QString& indicatorId) const
{
    return itemsFor(m_analysis.whyChains, indicatorId);
}

// ---- Step 4 ----

bool AnalysisState::setProposalChosen(qint64 id, bool chosen)
{
    std::optional<Proposal> p = items<Proposal>().find(id);
    if (!p)
        return false;
    p->chosen = chosen;
    return items<Proposal>().update(*p);
}

bool AnalysisState::setProposalRatings(qint64 id, Rating effect, Rating effort)
{
    std::optional<Proposal> p = items<Proposal>().find(id);
    if (!p)
        return false;
    p->effect = effect;
    p->effort = effort;
    return items<Proposal>().update(*p);
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

// ---- Rules of single lists (applied by ItemList) ----

bool AnalysisState::accept(AnalysisMeeting& meeting, bool)
{
    meeting.step = std::clamp(meeting.step, 0, analysisStepCount);
    return true;
}

bool AnalysisState::accept(PlannedAction& action, bool)
{
    return action.proposalId == 0 || itemids::indexOf(m_analysis.proposals, action.proposalId) >= 0;
}

bool AnalysisState::accept(IndicatorTarget& target, bool adding)
{
    target = normalizedTarget(target);
    if (adding && itemids::indexOf(m_analysis.targets, target.id) >= 0)
        target.id = 0; // the id is taken: this is a new target, it gets a new id
    return !target.indicatorId.isEmpty() && !target.unitId.isEmpty() && validYear(target.year) &&
           !targetClashes(target);
}

bool AnalysisState::accept(FollowUpNote& note, bool)
{
    return note.actionId == 0 || itemids::indexOf(m_analysis.actions, note.actionId) >= 0;
}

void AnalysisState::removeDependents(const Proposal& proposal)
{
    for (const PlannedAction& a : actionsFor(proposal.id))
        items<PlannedAction>().remove(a.id);
}

void AnalysisState::removeDependents(const PlannedAction& action)
{
    QList<qint64> notes;
    for (const FollowUpNote& n : m_analysis.followUpNotes) {
        if (n.actionId == action.id)
            notes << n.id;
    }
    for (const qint64 noteId : notes)
        items<FollowUpNote>().remove(noteId);
}

} // namespace jamfor
