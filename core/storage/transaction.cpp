// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include "core/util/error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jamfor {

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    if (!m_db.transaction())
        throw Error(QCoreApplication::translate("Database", "Could not start a transaction: %1")
                        .arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw Error(QCoreApplication::translate("Database", "Could not save the changes: %1")
                        .arg(m_db.lastError().text()));
    m_open = false;
}

} // namespace jamfor
