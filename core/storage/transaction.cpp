// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/transaction.h"

#include "core/storage/connectionhardening.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace jamfor {

namespace {

bool insideTransaction(QSqlDatabase& db)
{
    sqlite3* handle = ConnectionHardening::handle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

bool run(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    return query.exec(statement);
}

int nextSavepoint()
{
    static thread_local int counter = 0;
    return ++counter;
}

} // namespace

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    if (insideTransaction(db)) {
        m_savepoint = QStringLiteral("jamfor_%1").arg(nextSavepoint());
        if (run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint))
            return;
    } else if (m_db.transaction()) {
        return;
    }
    throw Error(QCoreApplication::translate("Database", "Could not start a transaction: %1")
                    .arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
}

void Transaction::commit()
{
    const bool saved =
        m_savepoint.isEmpty() ? m_db.commit() : run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    if (!saved)
        throw Error(QCoreApplication::translate("Database", "Could not save the changes: %1")
                        .arg(m_db.lastError().text()));
    m_open = false;
}

} // namespace jamfor
