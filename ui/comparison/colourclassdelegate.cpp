// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison/colourclassdelegate.h"

namespace jamfor {

ColourClassDelegate::ColourClassDelegate(int colourRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colourRole(colourRole)
{}

QColor ColourClassDelegate::background(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QColor(0xA8, 0xD5, 0x8F);
    case ColourClass::Yellow:
        return QColor(0xF6, 0xE3, 0x8C);
    case ColourClass::Red:
        return QColor(0xEE, 0x9A, 0x8F);
    case ColourClass::Missing:
        return QColor(0xD9, 0xD9, 0xD9);
    case ColourClass::NoColour:
        break;
    }
    return {};
}

void ColourClassDelegate::initStyleOption(QStyleOptionViewItem* option,
                                          const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant colour = index.data(m_colourRole);
    if (!colour.isValid())
        return;
    const QColor background =
        ColourClassDelegate::background(static_cast<ColourClass>(colour.toInt()));
    if (background.isValid()) {
        option->backgroundBrush = background;
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}

} // namespace jamfor
