// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jamfor {

// Begins a transaction; rolls it back unless commit() was called (all or nothing). Inside a
// transaction that is already open (an import from another Jämför file saves whole analyses and
// networks in its own transaction) it is a savepoint: commit() releases it into the outer
// transaction, which still decides whether anything is kept.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    QSqlDatabase& m_db;
    QString m_savepoint; // empty for an outer transaction
    bool m_open = true;
};

} // namespace jamfor
