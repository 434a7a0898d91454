// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/area.h"
#include "core/model/indicator.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jamfor {

// The file's indicators: id, title, area, kind and direction. Read-only; IndicatorBrowser edits
// through EditSession and passes the stored state back in setIndicators().
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1,
        AreaIdRole,
        KindRole,     // IndicatorKind as int
        SuggestedRole // true while kind and direction are a suggestion nobody has confirmed
    };
    enum Column
    {
        IdColumn,
        TitleColumn,
        AreaColumn,
        KindColumn,
        DirectionColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the rows (and so the selection) when the same indicators come back changed.
    void setIndicators(const QList<Indicator>& indicators, const QList<Area>& areas);
    const QList<Indicator>& indicators() const { return m_indicators; }
    int rowOf(const QString& indicatorId) const; // -1 when unknown
    QString areaName(const QString& areaId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Indicator> m_indicators;
    QHash<QString, QString> m_areaNames;
};

} // namespace jamfor
