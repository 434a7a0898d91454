// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QUndoCommand>

namespace jamfor {

class AnalysisEditor;

// One undoable edit of the open analysis: the content before and after it. Undo and redo put
// a snapshot back through AnalysisState::restoreContent(), which keeps the current step, so
// the stack only ever moves content within the step the group is on. Consecutive edits of the
// same text field merge into one step (typing a sentence is undone at once).
class AnalysisSnapshotCommand : public QUndoCommand
{
public:
    AnalysisSnapshotCommand(AnalysisEditor& editor, const QString& text, Analysis before,
                            Analysis after, int mergeId);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    AnalysisEditor& m_editor;
    Analysis m_before;
    Analysis m_after;
    int m_mergeId;
    bool m_skipRedo = true; // the edit is already applied when the command is pushed
};

} // namespace jamfor
