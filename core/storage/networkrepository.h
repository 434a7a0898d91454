// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jamfor {

class NetworkRepository
{
public:
    explicit NetworkRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Inserts a network (id 0) or replaces the stored one: name, members, people.
    // Returns the id. Call inside a transaction so members and people change together.
    qint64 save(const Network& network);
    void remove(qint64 networkId);
    // Inserts a removed network again under its old id, with its members and people, and links
    // the given analyses to it again: the undo of remove(). Call inside a transaction.
    void restore(const Network& network, const QList<qint64>& analysisIds = {});
    // The analyses that compare within the network; remove() leaves them without a network.
    QList<qint64> analysesUsing(qint64 networkId);
    QList<Network> all(); // ordered by name, with members and people
    std::optional<Network> find(qint64 networkId);
    std::optional<Network> findByName(const QString& name);

private:
    Network load(qint64 id, const QString& name, const QString& description);

    QSqlDatabase& m_db;
};

} // namespace jamfor
