// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QList>
#include <QWidget>

namespace jamfor {

// The 2×2 priority matrix of step 4: expected effect up, needed effort to the right. Each rated
// proposal is a numbered dot in its quadrant (chosen ones filled); a click on a dot selects
// the proposal.
class PriorityMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PriorityMatrixWidget(QWidget* parent = nullptr);

    // The proposals in list order; their number is their position + 1.
    void setProposals(const QList<Proposal>& proposals, qint64 selectedId);
    // The proposals drawn in the quadrant, by id.
    QList<qint64> proposalsIn(PriorityQuadrant quadrant) const;

    QSize sizeHint() const override { return {320, 300}; }
    QSize minimumSizeHint() const override { return {260, 240}; }

signals:
    void proposalClicked(qint64 proposalId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Dot
    {
        qint64 id = 0;
        QPointF centre;
    };
    QRectF quadrantRect(PriorityQuadrant quadrant) const;
    QList<Dot> layoutDots() const;

    QList<Proposal> m_proposals;
    qint64 m_selectedId = 0;
};

} // namespace jamfor
