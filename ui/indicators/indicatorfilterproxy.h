// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace jamfor {

// Filters an IndicatorTableModel by a text in the id or title, an area and a kind.
class IndicatorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    // nullopt: every area; an empty id: indicators without an area.
    void setAreaFilter(const std::optional<QString>& areaId);
    void setKindFilter(const std::optional<IndicatorKind>& kind); // nullopt: every kind

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<QString> m_areaId;
    std::optional<IndicatorKind> m_kind;
};

} // namespace jamfor
