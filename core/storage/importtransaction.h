// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace jamfor {

class ObservationWriter;

// The transaction of a bulk import. SQLite enforces a foreign key by looking up the parent row
// for every inserted row, which costs more than a third of an import's time. Inside this
// transaction enforcement is off (SQLite allows switching it only outside a transaction, so a
// transaction that is already open keeps it on), and commit() first has the ObservationWriter
// verify that every indicator, unit and batch it referred to exists: the file never holds a
// dangling reference. Rolls back unless committed, and switches enforcement back on.
class ImportTransaction
{
public:
    explicit ImportTransaction(QSqlDatabase& db);
    ~ImportTransaction();
    ImportTransaction(const ImportTransaction&) = delete;
    ImportTransaction& operator=(const ImportTransaction&) = delete;

    void commit(ObservationWriter& writer);

private:
    void restoreForeignKeys();

    QSqlDatabase& m_db;
    bool m_open = true;
    bool m_restoreForeignKeys = false;
};

} // namespace jamfor
