// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/createindicatorcommand.h"

#include "core/storage/indicatorrepository.h"
#include "core/util/error.h"
#include "ui/commands/documentnotifier.h"

namespace jamfor {

CreateIndicatorCommand::CreateIndicatorCommand(EditSession& session, const Indicator& indicator,
                                               const QString& text)
    : DocumentCommand(session, text)
    , m_indicator(indicator)
{}

void CreateIndicatorCommand::apply(QSqlDatabase& db)
{
    IndicatorRepository indicators(db);
    if (indicators.find(m_indicator.id)) {
        throw Error(tr("There is already an indicator with id %1.").arg(m_indicator.id));
    }
    indicators.save(m_indicator);
}

void CreateIndicatorCommand::revert(QSqlDatabase& db)
{
    IndicatorRepository(db).remove(m_indicator.id);
}

void CreateIndicatorCommand::notify(DocumentNotifier& notifier)
{
    emit notifier.indicatorsChanged(m_indicator.id);
}

} // namespace jamfor
