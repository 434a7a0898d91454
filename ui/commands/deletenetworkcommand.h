// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "ui/commands/documentcommand.h"

namespace jamfor {

// Deletes a network with its members and people. Undo restores all of it under the same id and
// links the analyses that used the network to it again.
class DeleteNetworkCommand : public DocumentCommand
{
public:
    DeleteNetworkCommand(EditSession& session, const Network& network, const QString& text);

protected:
    void apply(QSqlDatabase& db) override;
    void revert(QSqlDatabase& db) override;
    void notify(DocumentNotifier& notifier) override;

private:
    Network m_network;
    QList<qint64> m_analysisIds;
};

} // namespace jamfor
