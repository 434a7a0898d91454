// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unitgroup.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jamfor {

// Saved user groups of units (tables unit_group and unit_group_member).
class UnitGroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitGroupRepository)

public:
    explicit UnitGroupRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Inserts a group (id 0) or replaces the stored one's name and members; returns the id.
    // Throws jamfor::Error when another group already has the name or a unit is unknown.
    // Call inside a transaction so the name and the members change together.
    qint64 save(const UnitGroup& group);
    void remove(qint64 groupId);
    QList<UnitGroup> all(); // ordered by name; members ordered by unit id
    std::optional<UnitGroup> find(qint64 groupId);
    std::optional<UnitGroup> findByName(const QString& name);
    std::optional<UnitGroup> findByKoladaId(const QString& koladaId);

private:
    QStringList membersOf(qint64 groupId);

    QSqlDatabase& m_db;
};

} // namespace jamfor
