// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/membertablemodel.h"

#include "core/registry/unitregistry.h"

namespace jamfor {

namespace {

QString countyName(const Unit* unit)
{
    if (!unit || unit->countyCode.isEmpty())
        return {};
    const Unit* county = UnitRegistry::instance().find(QStringLiteral("00") + unit->countyCode);
    return county ? county->name : unit->countyCode;
}

} // namespace

void MemberTableModel::setMembers(const QList<NetworkMember>& members, const QList<Area>& areas)
{
    beginResetModel();
    m_members = members;
    m_areas = areas;
    endResetModel();
}

int MemberTableModel::rowOf(const QString& unitId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members[row].unitId == unitId)
            return row;
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberTableModel::areaText(const NetworkMember& member) const
{
    if (member.areaIds.isEmpty())
        return tr("All areas");
    QStringList names;
    for (const Area& area : m_areas) {
        if (member.areaIds.contains(area.id))
            names << area.name;
    }
    return names.join(QStringLiteral(", "));
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const NetworkMember& member = m_members[index.row()];
    if (role == UnitIdRole)
        return member.unitId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Unit* unit = UnitRegistry::instance().find(member.unitId);
    switch (index.column()) {
    case MunicipalityColumn:
        if (role == Qt::ToolTipRole)
            return tr("Municipality code %1").arg(member.unitId);
        return unit ? unit->name : member.unitId;
    case CountyColumn:
        return countyName(unit);
    case AreasColumn:
        return areaText(member);
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MunicipalityColumn:
        return tr("Municipality");
    case CountyColumn:
        return tr("County");
    case AreasColumn:
        return tr("Takes part in");
    default:
        return {};
    }
}

} // namespace jamfor
