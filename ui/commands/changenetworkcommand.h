// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "ui/commands/documentcommand.h"

namespace jamfor {

// One edit of an existing network: its name, description, members, a member's areas or its
// people. The command stores the network before and after the edit and writes the whole network
// back, so that one user edit is one undo step whatever it touched. EditSession builds the
// "after" state and the text ("Add member Tanum").
class ChangeNetworkCommand : public DocumentCommand
{
public:
    ChangeNetworkCommand(EditSession& session, const Network& before, const Network& after,
                         const QString& text);

    // The network as stored after the edit, with the ids given to new people.
    const Network& after() const { return m_after; }

protected:
    void apply(QSqlDatabase& db) override;
    void revert(QSqlDatabase& db) override;
    void notify(DocumentNotifier& notifier) override;

private:
    Network m_before;
    Network m_after;
};

} // namespace jamfor
