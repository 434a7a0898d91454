// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QUndoCommand>

namespace jamfor {

class DocumentNotifier;
class EditSession;

// Base of the undo commands that write to the open file. Each apply and revert runs in one
// transaction and then tells the views through the session's DocumentNotifier. When the file
// refuses a write, the change is rolled back, the session reports the error and the command
// leaves the undo stack (QUndoCommand::setObsolete), so the stack never claims a state the file
// does not have.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(EditSession& session, const QString& text);

    // Applies the change once before the command is pushed; returns false when it failed.
    // The stack's first call of redo() is then skipped.
    bool applyFirst();

    void redo() final;
    void undo() final;

protected:
    virtual void apply(QSqlDatabase& db) = 0;
    virtual void revert(QSqlDatabase& db) = 0;
    virtual void notify(DocumentNotifier& notifier) = 0;

private:
    bool run(bool forward);

    EditSession& m_session;
    bool m_skipRedo = false;
};

} // namespace jamfor
