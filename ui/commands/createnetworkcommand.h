// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "ui/commands/documentcommand.h"

namespace jamfor {

// Creates a network. The first apply gives it an id; redo after undo restores it under the same
// id, so later commands on the stack that name the network stay valid.
class CreateNetworkCommand : public DocumentCommand
{
public:
    CreateNetworkCommand(EditSession& session, const Network& network, const QString& text);

    qint64 networkId() const { return m_network.id; }

protected:
    void apply(QSqlDatabase& db) override;
    void revert(QSqlDatabase& db) override;
    void notify(DocumentNotifier& notifier) override;

private:
    Network m_network;
    QList<qint64> m_analysisIds; // analyses that used the network when it was undone
};

} // namespace jamfor
