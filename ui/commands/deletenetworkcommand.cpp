// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/deletenetworkcommand.h"

#include "core/storage/networkrepository.h"
#include "ui/commands/documentnotifier.h"

namespace jamfor {

DeleteNetworkCommand::DeleteNetworkCommand(EditSession& session, const Network& network,
                                           const QString& text)
    : DocumentCommand(session, text)
    , m_network(network)
{}

void DeleteNetworkCommand::apply(QSqlDatabase& db)
{
    NetworkRepository networks(db);
    // The stored state is the one to bring back, whatever the caller passed.
    m_network = networks.find(m_network.id).value_or(m_network);
    m_analysisIds = networks.analysesUsing(m_network.id);
    networks.remove(m_network.id);
}

void DeleteNetworkCommand::revert(QSqlDatabase& db)
{
    NetworkRepository(db).restore(m_network, m_analysisIds);
}

void DeleteNetworkCommand::notify(DocumentNotifier& notifier)
{
    emit notifier.networksChanged(m_network.id);
}

} // namespace jamfor
