// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

namespace jamfor {

class AnalysisState;

// One list of an analysis, read-only: AnalysisState::items<T>() const. T is one of
// AnalysisParticipant, AnalysisMeeting, ChecklistItem, Cause, WhyChain, SourceNote, Proposal,
// PlannedAction, IndicatorTarget and FollowUpNote.
template <class T> class ItemView
{
public:
    explicit ItemView(const AnalysisState& state)
        : m_state(&state)
    {}
    const QList<T>& all() const;
    std::optional<T> find(qint64 id) const;
    // Position of the item in its list (for undo of a removal), -1 when absent.
    qsizetype indexOf(qint64 id) const;

private:
    const AnalysisState* m_state;
};

// One list of an analysis with its edits: AnalysisState::items<T>(). add() keeps a non-zero id
// that is free (so undo can restore an item under its old id), otherwise gives a new one;
// index -1 appends. It returns the id, 0 when refused. update() replaces the item with the same
// id; remove() and move() use the id. They return false when nothing changed. Each edit emits
// AnalysisState::changed() with the list's field and the item's id.
//
// The lists with rules:
// - meetings: the step is clamped to 0..5;
// - proposals: removing one also removes its actions (each with its own signal);
// - actions: refused when proposalId names no proposal; removing one also removes its
//   follow-up notes;
// - targets: an empty unitId means the focus municipality; refused without an indicator, with
//   a year outside 1900–2200, or when a target for the same indicator, unit, year and gender
//   exists;
// - follow-up notes: refused when actionId names no action.
template <class T> class ItemList : public ItemView<T>
{
public:
    explicit ItemList(AnalysisState& state)
        : ItemView<T>(state)
        , m_state(&state)
    {}
    qint64 add(T item, qsizetype index = -1);
    bool update(T item);
    bool remove(qint64 id);
    bool move(qint64 id, qsizetype index);

private:
    AnalysisState* m_state;
};

namespace itemids {

// The position of the item with the id, -1 when absent (and for id 0).
template <class T> qsizetype indexOf(const QList<T>& list, qint64 id)
{
    if (id == 0)
        return -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

template <class T> std::optional<T> find(const QList<T>& list, qint64 id)
{
    const qsizetype index = indexOf(list, id);
    if (index < 0)
        return std::nullopt;
    return list[index];
}

} // namespace itemids

} // namespace jamfor
