// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"
#include "core/model/network.h"

#include <QAbstractTableModel>

namespace jamfor {

// The members of one network: municipality, county and the areas it takes part in. Read-only;
// NetworkEditor changes members through EditSession.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1
    };
    enum Column
    {
        MunicipalityColumn,
        CountyColumn,
        AreasColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<NetworkMember>& members, const QList<Area>& areas);
    const QList<NetworkMember>& members() const { return m_members; }
    int rowOf(const QString& unitId) const; // -1 when it is no member

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString areaText(const NetworkMember& member) const;

    QList<NetworkMember> m_members;
    QList<Area> m_areas;
};

} // namespace jamfor
