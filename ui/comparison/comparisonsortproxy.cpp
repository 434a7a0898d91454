// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison/comparisonsortproxy.h"

#include "ui/comparison/comparisontablemodel.h"

namespace jamfor {

ComparisonSortProxy::ComparisonSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ComparisonTableModel::SortRole);
    setSortLocaleAware(true);
}

void ComparisonSortProxy::setNameFilter(const QString& text)
{
    m_nameFilter = text.trimmed();
    invalidateRowsFilter();
}

bool ComparisonSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_nameFilter.isEmpty())
        return true;
    const QModelIndex name = sourceModel()->index(sourceRow, 0, sourceParent);
    if (name.data(ComparisonTableModel::RowKindRole).toInt() != 0)
        return true; // the means and the median are the yardstick, never filtered away
    return name.data(Qt::DisplayRole).toString().contains(m_nameFilter, Qt::CaseInsensitive);
}

bool ComparisonSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // lessThan is mirrored for a descending sort, so "last" must flip with the order.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const int leftKind = left.data(ComparisonTableModel::RowKindRole).toInt();
    const int rightKind = right.data(ComparisonTableModel::RowKindRole).toInt();
    if (leftKind != rightKind)
        return ascending ? leftKind < rightKind : leftKind > rightKind;
    if (leftKind != 0) // summary rows keep their own order
        return ascending ? left.row() < right.row() : left.row() > right.row();

    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return ascending ? a.isValid() : !a.isValid(); // missing values last
    }
    if (a.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace jamfor
