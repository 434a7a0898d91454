// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "ui/commands/documentcommand.h"

#include <QCoreApplication>

namespace jamfor {

// Creates an own indicator (one that is not Kolada's). Undo removes it again.
class CreateIndicatorCommand : public DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateIndicatorCommand)

public:
    CreateIndicatorCommand(EditSession& session, const Indicator& indicator, const QString& text);

protected:
    void apply(QSqlDatabase& db) override;
    void revert(QSqlDatabase& db) override;
    void notify(DocumentNotifier& notifier) override;

private:
    Indicator m_indicator;
};

} // namespace jamfor
