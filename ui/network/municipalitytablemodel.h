// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unit.h"

#include <QAbstractTableModel>
#include <QSet>

namespace jamfor {

// All 290 municipalities with code and county, to pick new network members from. Members of the
// network are shown but disabled. Filter it with a QSortFilterProxyModel over all columns.
class MunicipalityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        UnitIdRole = Qt::UserRole + 1
    };
    enum Column
    {
        NameColumn,
        CodeColumn,
        CountyColumn,
        ColumnCount
    };

    explicit MunicipalityTableModel(QObject* parent = nullptr);

    void setMemberIds(const QStringList& unitIds);
    bool isMember(const QString& unitId) const { return m_memberIds.contains(unitId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<Unit> m_municipalities;
    QList<QString> m_countyNames; // per row
    QSet<QString> m_memberIds;
};

} // namespace jamfor
