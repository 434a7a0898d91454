// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace jamfor {

// A horizontal header whose titles wrap over at most maxLines lines, the last one ending in "…"
// when the title is longer, so that a long Kolada title is read from its start instead of being
// cut at the top and bottom. The whole title stays in the tooltip of the model.
class WrappedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    WrappedHeaderView(int maxLines, QWidget* parent = nullptr);

    // The title as drawn: at most maxLines lines of at most width pixels.
    static QStringList wrap(const QString& text, const QFont& font, int width, int maxLines);

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sizeHint() const override;

private:
    int m_maxLines;
};

} // namespace jamfor
