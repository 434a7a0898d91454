// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/network/municipalitytablemodel.h"

#include "core/registry/unitregistry.h"

#include <QCollator>
#include <algorithm>

namespace jamfor {

MunicipalityTableModel::MunicipalityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    const UnitRegistry& registry = UnitRegistry::instance();
    m_municipalities = registry.municipalities();
    // Alphabetical in Swedish: Å, Ä and Ö come last.
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(m_municipalities.begin(), m_municipalities.end(),
              [&](const Unit& a, const Unit& b) { return collator.compare(a.name, b.name) < 0; });
    for (const Unit& unit : std::as_const(m_municipalities)) {
        const Unit* county = registry.find(QStringLiteral("00") + unit.countyCode);
        m_countyNames.append(county ? county->name : unit.countyCode);
    }
}

void MunicipalityTableModel::setMemberIds(const QStringList& unitIds)
{
    m_memberIds = QSet<QString>(unitIds.cbegin(), unitIds.cend());
    if (!m_municipalities.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MunicipalityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_municipalities.size());
}

int MunicipalityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MunicipalityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_municipalities.size())
        return {};
    const Unit& unit = m_municipalities[index.row()];
    switch (role) {
    case UnitIdRole:
        return unit.id;
    case Qt::ToolTipRole:
        return isMember(unit.id) ? tr("%1 is already a member of the network").arg(unit.name)
                                 : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return unit.name;
        case CodeColumn:
            return unit.id;
        case CountyColumn:
            return m_countyNames[index.row()];
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MunicipalityTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Municipality");
    case CodeColumn:
        return tr("Code");
    case CountyColumn:
        return tr("County");
    default:
        return {};
    }
}

Qt::ItemFlags MunicipalityTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isMember(m_municipalities[index.row()].id))
        return Qt::ItemNeverHasChildren; // shown, but cannot be chosen again
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace jamfor
