// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/documentcommand.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"
#include "ui/commands/editsession.h"

namespace jamfor {

DocumentCommand::DocumentCommand(EditSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{}

bool DocumentCommand::applyFirst()
{
    m_skipRedo = run(true);
    return m_skipRedo;
}

void DocumentCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!run(true))
        setObsolete(true);
}

void DocumentCommand::undo()
{
    if (!run(false))
        setObsolete(true);
}

bool DocumentCommand::run(bool forward)
{
    QSqlDatabase& db = m_session.database().connection();
    try {
        Transaction transaction(db);
        if (forward)
            apply(db);
        else
            revert(db);
        transaction.commit();
    } catch (const Error& error) {
        m_session.reportError(error.message());
        return false;
    }
    notify(*m_session.notifier());
    return true;
}

} // namespace jamfor
