// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/createnetworkcommand.h"

#include "core/storage/networkrepository.h"
#include "ui/commands/documentnotifier.h"

namespace jamfor {

CreateNetworkCommand::CreateNetworkCommand(EditSession& session, const Network& network,
                                           const QString& text)
    : DocumentCommand(session, text)
    , m_network(network)
{}

void CreateNetworkCommand::apply(QSqlDatabase& db)
{
    NetworkRepository networks(db);
    if (m_network.id == 0) {
        m_network.id = networks.save(m_network);
        m_network = networks.find(m_network.id).value_or(m_network); // with the people's ids
    } else {
        networks.restore(m_network, m_analysisIds);
    }
}

void CreateNetworkCommand::revert(QSqlDatabase& db)
{
    NetworkRepository networks(db);
    m_analysisIds = networks.analysesUsing(m_network.id);
    networks.remove(m_network.id);
}

void CreateNetworkCommand::notify(DocumentNotifier& notifier)
{
    emit notifier.networksChanged(m_network.id);
}

} // namespace jamfor
