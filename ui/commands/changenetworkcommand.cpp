// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/changenetworkcommand.h"

#include "core/storage/networkrepository.h"
#include "ui/commands/documentnotifier.h"

#include <algorithm>

namespace jamfor {

ChangeNetworkCommand::ChangeNetworkCommand(EditSession& session, const Network& before,
                                           const Network& after, const QString& text)
    : DocumentCommand(session, text)
    , m_before(before)
    , m_after(after)
{}

void ChangeNetworkCommand::apply(QSqlDatabase& db)
{
    NetworkRepository networks(db);
    networks.save(m_after);
    const bool newPeople = std::any_of(m_after.people.cbegin(), m_after.people.cend(),
                                       [](const Person& person) { return person.id == 0; });
    if (newPeople) // keep the ids SQLite gave them, so that redo brings back the same people
        m_after = networks.find(m_after.id).value_or(m_after);
}

void ChangeNetworkCommand::revert(QSqlDatabase& db)
{
    NetworkRepository(db).save(m_before);
}

void ChangeNetworkCommand::notify(DocumentNotifier& notifier)
{
    emit notifier.networksChanged(m_after.id);
}

} // namespace jamfor
