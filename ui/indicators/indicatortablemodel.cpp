// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indicators/indicatortablemodel.h"

#include "core/model/indicator.h"

#include <QFont>
#include <algorithm>

namespace jamfor {

void IndicatorTableModel::setIndicators(const QList<Indicator>& indicators,
                                        const QList<Area>& areas)
{
    QHash<QString, QString> areaNames;
    for (const Area& area : areas)
        areaNames.insert(area.id, area.name);
    const auto sameId = [](const Indicator& a, const Indicator& b) {
        return a.id == b.id;
    };
    const bool sameRows =
        indicators.size() == m_indicators.size() &&
        std::equal(indicators.cbegin(), indicators.cend(), m_indicators.cbegin(), sameId);
    if (sameRows) {
        m_indicators = indicators;
        m_areaNames = areaNames;
        if (!m_indicators.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_indicators = indicators;
    m_areaNames = areaNames;
    endResetModel();
}

int IndicatorTableModel::rowOf(const QString& indicatorId) const
{
    for (int row = 0; row < m_indicators.size(); ++row) {
        if (m_indicators[row].id == indicatorId)
            return row;
    }
    return -1;
}

QString IndicatorTableModel::areaName(const QString& areaId) const
{
    if (areaId.isEmpty())
        return tr("No area");
    return m_areaNames.value(areaId, areaId);
}

int IndicatorTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const Indicator& indicator = m_indicators[index.row()];
    switch (role) {
    case IndicatorIdRole:
        return indicator.id;
    case AreaIdRole:
        return indicator.areaId;
    case KindRole:
        return int(indicator.kind);
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return indicator.title;
        if ((index.column() == KindColumn || index.column() == DirectionColumn) &&
            !indicator.confirmed)
            return tr("Suggested by Jämför from Kolada's description and the title. Confirm or "
                      "change it in the pane on the right.");
        return {};
    case Qt::FontRole:
        if ((index.column() == KindColumn || index.column() == DirectionColumn) &&
            !indicator.confirmed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SuggestedRole:
        return !indicator.confirmed;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return indicator.id;
    case TitleColumn:
        return indicator.title;
    case AreaColumn:
        return areaName(indicator.areaId);
    // A suggestion nobody has confirmed says so, in words (not only by style).
    case KindColumn:
        return indicator.confirmed ? enumLabel(indicator.kind)
                                   : tr("%1 (suggested)").arg(enumLabel(indicator.kind));
    case DirectionColumn:
        return indicator.confirmed ? enumLabel(indicator.direction)
                                   : tr("%1 (suggested)").arg(enumLabel(indicator.direction));
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case AreaColumn:
        return tr("Area");
    case KindColumn:
        return tr("Kind");
    case DirectionColumn:
        return tr("Direction");
    default:
        return {};
    }
}

} // namespace jamfor
