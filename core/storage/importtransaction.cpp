// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/importtransaction.h"

#include "core/storage/connectionhardening.h"
#include "core/storage/observationwriter.h"
#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace jamfor {

namespace {

bool inTransaction(QSqlDatabase& db)
{
    sqlite3* handle = ConnectionHardening::handle(db);
    if (!handle)
        return true; // unknown: leave the foreign keys alone
    return sqlite3_get_autocommit(handle) == 0;
}

} // namespace

ImportTransaction::ImportTransaction(QSqlDatabase& db)
    : m_db(db)
{
    if (!inTransaction(db) && sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1) {
        sql::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_restoreForeignKeys = true;
    }
    if (!m_db.transaction()) {
        restoreForeignKeys();
        throw Error(QCoreApplication::translate("Database", "Could not start a transaction: %1")
                        .arg(m_db.lastError().text()));
    }
}

ImportTransaction::~ImportTransaction()
{
    if (m_open)
        m_db.rollback();
    restoreForeignKeys();
}

void ImportTransaction::restoreForeignKeys()
{
    if (!m_restoreForeignKeys)
        return;
    m_restoreForeignKeys = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

void ImportTransaction::commit(ObservationWriter& writer)
{
    writer.checkReferences();
    writer.finish();
    if (!m_db.commit())
        throw Error(QCoreApplication::translate("Database", "Could not save the changes: %1")
                        .arg(m_db.lastError().text()));
    m_open = false;
    restoreForeignKeys();
}

} // namespace jamfor
