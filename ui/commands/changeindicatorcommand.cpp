// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/changeindicatorcommand.h"

#include "core/storage/indicatorrepository.h"
#include "ui/commands/documentnotifier.h"

namespace jamfor {

ChangeIndicatorCommand::ChangeIndicatorCommand(EditSession& session, const Indicator& before,
                                               const Indicator& after, const QString& text)
    : DocumentCommand(session, text)
    , m_before(before)
    , m_after(after)
{}

void ChangeIndicatorCommand::apply(QSqlDatabase& db)
{
    IndicatorRepository(db).save(m_after);
}

void ChangeIndicatorCommand::revert(QSqlDatabase& db)
{
    IndicatorRepository(db).save(m_before);
}

void ChangeIndicatorCommand::notify(DocumentNotifier& notifier)
{
    emit notifier.indicatorsChanged(m_after.id);
}

} // namespace jamfor
