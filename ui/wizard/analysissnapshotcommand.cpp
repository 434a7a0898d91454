// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/analysissnapshotcommand.h"

#include "ui/wizard/analysiseditor.h"

namespace jamfor {

AnalysisSnapshotCommand::AnalysisSnapshotCommand(AnalysisEditor& editor, const QString& text,
                                                 Analysis before, Analysis after, int mergeId)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
{}

void AnalysisSnapshotCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_editor.restore(m_after);
}

void AnalysisSnapshotCommand::undo()
{
    m_editor.restore(m_before);
}

bool AnalysisSnapshotCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const AnalysisSnapshotCommand*>(other);
    m_after = next->m_after;
    return true;
}

} // namespace jamfor
