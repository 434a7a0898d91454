// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/prioritymatrixwidget.h"

#include "core/model/enumtable.h"

#include <QMouseEvent>
#include <QPainter>

namespace jamfor {

namespace {

constexpr qreal dotRadius = 11;
constexpr int axisSpace = 22;

QColor quadrantTint(PriorityQuadrant quadrant)
{
    switch (quadrant) {
    case PriorityQuadrant::DoFirst:
        return {0xe3, 0xf2, 0xe5};
    case PriorityQuadrant::Plan:
        return {0xe6, 0xef, 0xf9};
    case PriorityQuadrant::QuickFix:
        return {0xf7, 0xf4, 0xe3};
    case PriorityQuadrant::Avoid:
        return {0xf9, 0xe7, 0xe6};
    case PriorityQuadrant::Unrated:
        break;
    }
    return Qt::white;
}

} // namespace

PriorityMatrixWidget::PriorityMatrixWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("priorityMatrix"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PriorityMatrixWidget::setProposals(const QList<Proposal>& proposals, qint64 selectedId)
{
    m_proposals = proposals;
    m_selectedId = selectedId;
    update();
}

QList<qint64> PriorityMatrixWidget::proposalsIn(PriorityQuadrant quadrant) const
{
    QList<qint64> ids;
    for (const Proposal& p : m_proposals) {
        if (p.quadrant() == quadrant)
            ids << p.id;
    }
    return ids;
}

QRectF PriorityMatrixWidget::quadrantRect(PriorityQuadrant quadrant) const
{
    const QRectF plot(axisSpace, 0, width() - axisSpace, height() - axisSpace);
    const qreal w = plot.width() / 2;
    const qreal h = plot.height() / 2;
    switch (quadrant) {
    case PriorityQuadrant::DoFirst: // high effect (top), low effort (left)
        return {plot.left(), plot.top(), w, h};
    case PriorityQuadrant::Plan:
        return {plot.left() + w, plot.top(), w, h};
    case PriorityQuadrant::QuickFix:
        return {plot.left(), plot.top() + h, w, h};
    case PriorityQuadrant::Avoid:
        return {plot.left() + w, plot.top() + h, w, h};
    case PriorityQuadrant::Unrated:
        break;
    }
    return {};
}

QList<PriorityMatrixWidget::Dot> PriorityMatrixWidget::layoutDots() const
{
    QList<Dot> dots;
    for (PriorityQuadrant quadrant : {PriorityQuadrant::DoFirst, PriorityQuadrant::Plan,
                                      PriorityQuadrant::QuickFix, PriorityQuadrant::Avoid}) {
        const QRectF area = quadrantRect(quadrant).adjusted(12, 40, -12, -8);
        const int perRow = std::max(1, int(area.width() / (dotRadius * 2.6)));
        int placed = 0;
        for (const Proposal& p : m_proposals) {
            if (p.quadrant() != quadrant)
                continue;
            const int col = placed % perRow;
            const int row = placed / perRow;
            dots.append({p.id, QPointF(area.left() + dotRadius + col * dotRadius * 2.6,
                                       area.top() + dotRadius + row * dotRadius * 2.6)});
            ++placed;
        }
    }
    return dots;
}

void PriorityMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor text = palette().color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);

    for (PriorityQuadrant quadrant : {PriorityQuadrant::DoFirst, PriorityQuadrant::Plan,
                                      PriorityQuadrant::QuickFix, PriorityQuadrant::Avoid}) {
        const QRectF rect = quadrantRect(quadrant);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(quadrantTint(quadrant));
        p.drawRect(rect);
        p.setPen(text);
        p.setFont(small);
        p.drawText(rect.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   enumLabel(quadrant));
    }

    // Axis titles: effect upwards on the left, effort to the right at the bottom.
    p.setFont(small);
    p.setPen(text);
    p.drawText(QRectF(axisSpace, height() - axisSpace, width() - axisSpace, axisSpace),
               Qt::AlignCenter, tr("Effort: low → high"));
    p.save();
    p.translate(0, height() - axisSpace);
    p.rotate(-90);
    p.drawText(QRectF(0, 0, height() - axisSpace, axisSpace), Qt::AlignCenter,
               tr("Effect: low → high"));
    p.restore();

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (const Dot& dot : layoutDots()) {
        qsizetype index = 0;
        while (m_proposals[index].id != dot.id)
            ++index;
        const Proposal& proposal = m_proposals[index];
        const QColor colour(0x15, 0x65, 0xc0);
        p.setPen(QPen(dot.id == m_selectedId ? QColor(0xe6, 0x9f, 0x00) : colour,
                      dot.id == m_selectedId ? 3 : 1.5));
        p.setBrush(proposal.chosen ? colour : QColor(Qt::white));
        p.drawEllipse(dot.centre, dotRadius, dotRadius);
        p.setPen(proposal.chosen ? QColor(Qt::white) : colour);
        p.drawText(QRectF(dot.centre.x() - dotRadius, dot.centre.y() - dotRadius, dotRadius * 2,
                          dotRadius * 2),
                   Qt::AlignCenter, QString::number(index + 1));
    }
}

void PriorityMatrixWidget::mousePressEvent(QMouseEvent* event)
{
    for (const Dot& dot : layoutDots()) {
        if (QLineF(dot.centre, event->position()).length() <= dotRadius + 2) {
            emit proposalClicked(dot.id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace jamfor
