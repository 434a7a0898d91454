// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indicators/indicatorfilterproxy.h"

#include "ui/indicators/indicatortablemodel.h"

namespace jamfor {

void IndicatorFilterProxy::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void IndicatorFilterProxy::setAreaFilter(const std::optional<QString>& areaId)
{
    m_areaId = areaId;
    invalidateFilter();
}

void IndicatorFilterProxy::setKindFilter(const std::optional<IndicatorKind>& kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool IndicatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex id = model->index(sourceRow, IndicatorTableModel::IdColumn, sourceParent);
    if (m_areaId && id.data(IndicatorTableModel::AreaIdRole).toString() != *m_areaId)
        return false;
    if (m_kind && id.data(IndicatorTableModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString title =
        model->index(sourceRow, IndicatorTableModel::TitleColumn, sourceParent).data().toString();
    return id.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           title.contains(m_text, Qt::CaseInsensitive);
}

} // namespace jamfor
