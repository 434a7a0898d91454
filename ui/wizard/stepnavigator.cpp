// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/stepnavigator.h"

#include "core/handbook/analysisstate.h"
#include "core/handbook/handbook.h"

#include <QPainter>
#include <QPainterPath>

namespace jamfor {

StepNavigator::StepNavigator(const Handbook& handbook, QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("stepNavigator"));
    setIconSize({22, 22});
    setSpacing(2);
    setWordWrap(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const HandbookStep& step : handbook.steps()) {
        auto* item = new QListWidgetItem(
            tr("%1. %2").arg(analysisStepNumber(step.step)).arg(step.title), this);
        item->setData(Qt::UserRole, analysisStepNumber(step.step));
        item->setSizeHint({0, 34});
    }
    setFixedHeight(5 * 38 + 8);
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (!m_updating)
            emit stepRequested(AnalysisStep(item->data(Qt::UserRole).toInt()));
    });
}

QIcon StepNavigator::statusIcon(bool done, bool current, bool reachable)
{
    QPixmap pixmap(44, 44);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(2, 2, 18, 18);
    if (done) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(6, 11.5);
        tick.lineTo(9.5, 15);
        tick.lineTo(16, 7.5);
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    } else {
        const QColor colour =
            current ? QColor(0x15, 0x65, 0xc0)
                    : (reachable ? QColor(0x75, 0x75, 0x75) : QColor(0xbd, 0xbd, 0xbd));
        p.setPen(QPen(colour, 2));
        p.setBrush(current ? colour.lighter(190) : QColor(Qt::transparent));
        p.drawEllipse(circle.adjusted(1, 1, -1, -1));
    }
    return QIcon(pixmap);
}

void StepNavigator::updateFrom(const AnalysisState& state)
{
    m_updating = true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* it = item(row);
        const auto step = AnalysisStep(it->data(Qt::UserRole).toInt());
        const bool done = state.isStepDone(step);
        const bool current = state.currentStep() == step;
        const bool reachable = state.canEnter(step);
        it->setIcon(statusIcon(done, current, reachable));
        QFont font = this->font();
        font.setBold(current);
        it->setFont(font);
        it->setForeground(reachable ? palette().text() : palette().placeholderText());
        it->setToolTip(
            done ? tr("Done")
                 : (reachable ? tr("Can be worked on") : tr("Finish the earlier steps first")));
        if (current)
            setCurrentItem(it);
    }
    m_updating = false;
}

} // namespace jamfor
