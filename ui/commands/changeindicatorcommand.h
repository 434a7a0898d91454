// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "ui/commands/documentcommand.h"

namespace jamfor {

// One edit of an indicator's classification: direction, kind, handbook type or area. Stores the
// indicator before and after; EditSession builds the "after" state and the text.
class ChangeIndicatorCommand : public DocumentCommand
{
public:
    ChangeIndicatorCommand(EditSession& session, const Indicator& before, const Indicator& after,
                           const QString& text);

protected:
    void apply(QSqlDatabase& db) override;
    void revert(QSqlDatabase& db) override;
    void notify(DocumentNotifier& notifier) override;

private:
    Indicator m_before;
    Indicator m_after;
};

} // namespace jamfor
