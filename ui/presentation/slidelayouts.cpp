// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/slidelayouts.h"

#include "ui/presentation/presentationstyle.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jamfor {

namespace {

void setColour(QLabel* label, const QColor& colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

QWidget* SlideLayouts::page(const QString& kicker, const QString& title, QVBoxLayout** content)
{
    auto* slide = new QWidget;
    slide->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(slide);
    layout->setContentsMargins(56, 28, 56, 16);
    layout->setSpacing(10);
    if (!kicker.isEmpty()) {
        QLabel* kickerLabel =
            PresentationStyle::label(kicker, PresentationStyle::Role::Kicker, slide);
        kickerLabel->setObjectName(QStringLiteral("slideKicker"));
        setColour(kickerLabel, PresentationStyle::accent());
        layout->addWidget(kickerLabel);
    }
    QLabel* titleLabel = PresentationStyle::label(title, PresentationStyle::Role::Title, slide);
    titleLabel->setObjectName(QStringLiteral("slideTitle"));
    setColour(titleLabel, PresentationStyle::accent());
    layout->addWidget(titleLabel);
    auto* rule = new QFrame(slide);
    rule->setFrameShape(QFrame::NoFrame);
    rule->setFixedHeight(4);
    rule->setAutoFillBackground(true);
    QPalette palette = rule->palette();
    palette.setColor(QPalette::Window, PresentationStyle::accent());
    rule->setPalette(palette);
    rule->setMaximumWidth(160);
    layout->addWidget(rule);
    layout->addSpacing(12);
    auto* body = new QVBoxLayout;
    body->setSpacing(14);
    layout->addLayout(body, 1);
    *content = body;
    return slide;
}

QWidget* SlideLayouts::numberedList(const QStringList& items)
{
    auto* list = new QWidget;
    auto* grid = new QGridLayout(list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(16);
    for (int i = 0; i < items.size(); ++i) {
        QLabel* number = PresentationStyle::label(QString::number(i + 1) + QLatin1Char('.'),
                                                  PresentationStyle::Role::Question, list);
        number->setWordWrap(false);
        number->setObjectName(QStringLiteral("questionNumber"));
        setColour(number, PresentationStyle::accent());
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QLabel* text = PresentationStyle::label(items[i], PresentationStyle::Role::Question, list);
        text->setObjectName(QStringLiteral("questionText"));
        grid->addWidget(number, i, 0);
        grid->addWidget(text, i, 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(int(items.size()), 1);
    return list;
}

QWidget* SlideLayouts::markedList(const QStringList& items, const QString& mark)
{
    return markedList(items, QStringList(QList<QString>(items.size(), mark)));
}

QWidget* SlideLayouts::markedList(const QStringList& items, const QStringList& marks)
{
    auto* list = new QWidget;
    auto* grid = new QGridLayout(list);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    for (int i = 0; i < items.size(); ++i) {
        QLabel* bullet =
            PresentationStyle::label(marks.value(i), PresentationStyle::Role::Body, list);
        bullet->setWordWrap(false);
        bullet->setAlignment(Qt::AlignTop);
        setColour(bullet, PresentationStyle::accent());
        grid->addWidget(bullet, i, 0);
        grid->addWidget(PresentationStyle::label(items[i], PresentationStyle::Role::Body, list), i,
                        1);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(int(items.size()), 1);
    return list;
}

QWidget* SlideLayouts::box(const QString& heading, const QStringList& lines, const QString& hint)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::Box);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, PresentationStyle::accentLight());
    palette.setColor(QPalette::WindowText, PresentationStyle::accent());
    frame->setPalette(palette);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    QLabel* title = PresentationStyle::label(heading, PresentationStyle::Role::BoxHeading, frame);
    setColour(title, PresentationStyle::accent());
    layout->addWidget(title);
    if (lines.isEmpty()) {
        QLabel* prompt = PresentationStyle::label(hint, PresentationStyle::Role::BoxText, frame);
        setColour(prompt, PresentationStyle::mutedText());
        layout->addWidget(prompt);
    }
    for (const QString& line : lines) {
        QLabel* text = PresentationStyle::label(QStringLiteral("• ") + line,
                                                PresentationStyle::Role::BoxText, frame);
        setColour(text, PresentationStyle::text());
        layout->addWidget(text);
    }
    layout->addStretch();
    return frame;
}

} // namespace jamfor
