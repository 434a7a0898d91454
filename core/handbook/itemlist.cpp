// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/itemlist.h"

#include "core/handbook/analysisstate.h"

#include <algorithm>

namespace jamfor {

namespace {

// Where each list lives in the analysis and the field its edits report.
template <class T> struct ListTraits;
#define JAMFOR_ANALYSIS_LIST(Type, member, fieldName)                                              \
    template <> struct ListTraits<Type>                                                            \
    {                                                                                              \
        static constexpr auto list = &Analysis::member;                                            \
        static constexpr AnalysisState::Field field = AnalysisState::Field::fieldName;             \
    };
JAMFOR_ANALYSIS_LIST(AnalysisParticipant, participants, Participants)
JAMFOR_ANALYSIS_LIST(AnalysisMeeting, meetings, Meetings)
JAMFOR_ANALYSIS_LIST(ChecklistItem, checklist, Checklist)
JAMFOR_ANALYSIS_LIST(Cause, causes, Causes)
JAMFOR_ANALYSIS_LIST(WhyChain, whyChains, WhyChains)
JAMFOR_ANALYSIS_LIST(SourceNote, sourceNotes, SourceNotes)
JAMFOR_ANALYSIS_LIST(Proposal, proposals, Proposals)
JAMFOR_ANALYSIS_LIST(PlannedAction, actions, Actions)
JAMFOR_ANALYSIS_LIST(IndicatorTarget, targets, Targets)
JAMFOR_ANALYSIS_LIST(FollowUpNote, followUpNotes, FollowUpNotes)
#undef JAMFOR_ANALYSIS_LIST

} // namespace

template <class T> QList<T>& AnalysisState::listOf()
{
    return m_analysis.*ListTraits<T>::list;
}

template <class T> const QList<T>& AnalysisState::listOf() const
{
    return m_analysis.*ListTraits<T>::list;
}

template <class T> const QList<T>& ItemView<T>::all() const
{
    return m_state->template listOf<T>();
}

template <class T> std::optional<T> ItemView<T>::find(qint64 id) const
{
    return itemids::find(all(), id);
}

template <class T> qsizetype ItemView<T>::indexOf(qint64 id) const
{
    return itemids::indexOf(all(), id);
}

template <class T> qint64 ItemList<T>::add(T item, qsizetype index)
{
    if (!m_state->accept(item, true))
        return 0;
    QList<T>& list = m_state->template listOf<T>();
    item.id = m_state->takeId(item.id, itemids::indexOf(list, item.id) < 0);
    if (index < 0 || index > list.size())
        index = list.size();
    list.insert(index, item);
    m_state->notify(ListTraits<T>::field, AnalysisState::ChangeKind::Added, item.id);
    return item.id;
}

template <class T> bool ItemList<T>::update(T item)
{
    if (!m_state->accept(item, false))
        return false;
    QList<T>& list = m_state->template listOf<T>();
    const qsizetype index = itemids::indexOf(list, item.id);
    if (index < 0 || list[index] == item)
        return false;
    list[index] = item;
    m_state->notify(ListTraits<T>::field, AnalysisState::ChangeKind::Modified, item.id);
    return true;
}

template <class T> bool ItemList<T>::remove(qint64 id)
{
    const std::optional<T> item = this->find(id);
    if (!item)
        return false;
    m_state->removeDependents(*item);
    QList<T>& list = m_state->template listOf<T>();
    list.removeAt(itemids::indexOf(list, id));
    m_state->notify(ListTraits<T>::field, AnalysisState::ChangeKind::Removed, id);
    return true;
}

template <class T> bool ItemList<T>::move(qint64 id, qsizetype index)
{
    QList<T>& list = m_state->template listOf<T>();
    const qsizetype from = itemids::indexOf(list, id);
    if (from < 0)
        return false;
    const qsizetype to = std::clamp<qsizetype>(index, 0, list.size() - 1);
    if (from == to)
        return false;
    list.move(from, to);
    m_state->notify(ListTraits<T>::field, AnalysisState::ChangeKind::Moved, id);
    return true;
}

template class ItemView<AnalysisParticipant>;
template class ItemView<AnalysisMeeting>;
template class ItemView<ChecklistItem>;
template class ItemView<Cause>;
template class ItemView<WhyChain>;
template class ItemView<SourceNote>;
template class ItemView<Proposal>;
template class ItemView<PlannedAction>;
template class ItemView<IndicatorTarget>;
template class ItemView<FollowUpNote>;
template class ItemList<AnalysisParticipant>;
template class ItemList<AnalysisMeeting>;
template class ItemList<ChecklistItem>;
template class ItemList<Cause>;
template class ItemList<WhyChain>;
template class ItemList<SourceNote>;
template class ItemList<Proposal>;
template class ItemList<PlannedAction>;
template class ItemList<IndicatorTarget>;
template class ItemList<FollowUpNote>;

} // namespace jamfor
