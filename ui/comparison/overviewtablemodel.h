// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/networkoverview.h"

#include <QAbstractTableModel>

namespace jamfor {

// Presents a NetworkOverview: one row per indicator with its title first, one column per
// member, and a last column with the country's median. Colours are left to ColourClassDelegate via
// ColourClassRole.
class OverviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ColourClassRole = Qt::UserRole + 1,
        IndicatorIdRole
    };
    enum Column
    {
        TitleColumn = 0,
        FirstMemberColumn = 1
    };

    explicit OverviewTableModel(QObject* parent = nullptr);

    void setOverview(NetworkOverview overview);
    const NetworkOverview& overview() const { return m_overview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // How a value is written in the table: Swedish decimal comma and digit grouping.
    static QString formatValue(double value);

private:
    QString cellText(const OverviewCell& cell) const;
    QString cellToolTip(int row, int column) const;
    QVariant titleData(int row, int role) const;

    NetworkOverview m_overview;
};

} // namespace jamfor
