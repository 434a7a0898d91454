// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"

#include <QAbstractTableModel>

namespace jamfor {

// Presents a ComparisonTable: the unit's name first, then one column per indicator or year.
// A cell reads "71,5 ▲ ↑": value, colour symbol (▲ best quarter, ▼ worst quarter) and the
// change since the year before (↑ up, ↓ down, → unchanged).
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ColourClassRole = Qt::UserRole + 1,
        SortRole,       // the number to sort by; summary rows sort last
        ExportTextRole, // the value for the clipboard: decimal comma, no symbols, no grouping
        RowKindRole     // ComparisonTableRow::Kind as int
    };
    static constexpr int NameColumn = 0;

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setTable(ComparisonTable table);
    const ComparisonTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant nameData(const ComparisonTableRow& row, int role) const;
    QString cellText(const ComparisonTableCell& cell) const;
    QString cellToolTip(const ComparisonTableRow& row, int column) const;

    ComparisonTable m_table;
};

} // namespace jamfor
