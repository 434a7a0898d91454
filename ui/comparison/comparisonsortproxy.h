// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace jamfor {

// Sorts the comparison table by number (or name) while the summary rows (network mean,
// country mean and median) stay at the bottom and units without a value come last. A name
// filter hides the municipalities whose name does not contain the text; summary rows stay.
class ComparisonSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ComparisonSortProxy(QObject* parent = nullptr);

    void setNameFilter(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_nameFilter;
};

} // namespace jamfor
