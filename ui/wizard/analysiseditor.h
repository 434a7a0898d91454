// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handbook/analysisstate.h"

#include <QHash>
#include <QObject>
#include <functional>

class QTimer;
class QUndoStack;

namespace jamfor {

class Database;

// The open analysis of the wizard: its state, its undo stack and the link to the file. Every
// edit goes through edit(), which makes it one undo step and writes the analysis to the file:
// at once, or for typing in a text field (a merge key) half a second after the last key and
// at the latest when the step changes, another analysis is opened or the editor goes away.
// The undo stack holds the edits of the current step only: it is cleared when the group moves
// to another step or opens another analysis.
class AnalysisEditor : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisEditor(Database& database, QObject* parent = nullptr);
    ~AnalysisEditor() override;

    Database& database() const { return m_database; }
    AnalysisState& state() { return m_state; }
    const AnalysisState& state() const { return m_state; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool hasAnalysis() const { return m_state.analysis().id != 0; }

    // Stores a new analysis, seeds its readiness checklist and opens it. Returns its id, 0 when
    // the file refused it (reported through errorOccurred()).
    qint64 create(Analysis analysis, const QStringList& checklist);
    // Opens a stored analysis after writing the current one. False when there is none.
    bool open(qint64 analysisId);
    // Closes the open analysis after writing it.
    void close();
    // Closes the open analysis and deletes the stored one with the id. False (reported through
    // errorOccurred()) when the file refused.
    bool remove(qint64 analysisId);

    // Runs change on the state as one undo step named text. change returns whether it changed
    // anything; nothing is recorded when it did not. Edits with the same non-empty mergeKey in
    // a row become one step and are written with a short delay.
    bool edit(const QString& text, const std::function<bool(AnalysisState&)>& change,
              const QString& mergeKey = {});
    // Moves to the step (AnalysisState::goTo), writes the file and clears the undo stack.
    bool goTo(AnalysisStep step);
    // Marks the analysis as completed (AnalysisState::complete) and writes it.
    bool complete();
    void reopen();

    // Writes the analysis now when it has unsaved changes. False when the file refused.
    bool flush();

    // For AnalysisSnapshotCommand: puts a snapshot back and writes it.
    void restore(const Analysis& snapshot);

signals:
    // The file refused a write; the message is translated and names the analysis.
    void errorOccurred(const QString& message);
    // Another analysis was opened or created (0: none is open).
    void analysisOpened(qint64 analysisId);

private:
    void scheduleSave();
    int mergeIdFor(const QString& key);

    Database& m_database;
    AnalysisState m_state;
    QUndoStack* m_undoStack = nullptr;
    QTimer* m_saveTimer = nullptr;
    QHash<QString, int> m_mergeIds;
};

} // namespace jamfor
