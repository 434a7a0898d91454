// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace jamfor {

// Paints a cell's background from its ColourClassRole: the ÖJ traffic light in soft tones
// that keep black text readable, grey for missing values.
class ColourClassDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ColourClassDelegate(int colourRole, QObject* parent = nullptr);

    static QColor background(ColourClass colour);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_colourRole;
};

} // namespace jamfor
