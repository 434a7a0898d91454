// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/presentationwindow.h"

#include "core/demo/demodataset.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/presentation/presentationstyle.h"
#include "ui/presentation/slidelayouts.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace jamfor {

namespace {

QToolButton* footerButton(const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the keys belong to the window
    PresentationStyle::setRole(button, PresentationStyle::Role::Footer);
    return button;
}

} // namespace

PresentationWindow::PresentationWindow(Database& database, qint64 networkId, QString areaId,
                                       int year, QString focusUnitId, qint64 analysisId,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation – Jämför"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, PresentationStyle::background());
    palette.setColor(QPalette::WindowText, PresentationStyle::text());
    palette.setColor(QPalette::Base, PresentationStyle::background());
    palette.setColor(QPalette::Text, PresentationStyle::text());
    setPalette(palette);

    bool exampleData = false;
    try {
        exampleData = Catalog(database).isExampleData();
        PresentationDeck deck(database, PresentationScope{networkId, std::move(areaId), year,
                                                          std::move(focusUnitId), analysisId});
        m_slides = deck.build();
        if (QPushButton* button = deck.ownFiguresButton())
            connect(button, &QPushButton::clicked, this, &PresentationWindow::ownFiguresRequested);
    } catch (const Error& error) {
        QVBoxLayout* content = nullptr;
        QWidget* slide = SlideLayouts::page({}, tr("The presentation could not be made"), &content);
        content->addWidget(
            PresentationStyle::label(error.message(), PresentationStyle::Role::Body, slide));
        content->addStretch();
        m_slides = {{tr("The presentation could not be made"), QString(), slide}};
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack = new QStackedWidget(this);
    m_stack->setFocusPolicy(Qt::NoFocus);
    for (const PresentationSlide& slide : std::as_const(m_slides))
        m_stack->addWidget(slide.widget);
    layout->addWidget(m_stack, 1);
    layout->addWidget(createFooter(exampleData));
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        updateFooter();
        emit currentSlideChanged(index);
    });
    updateFooter();
    PresentationStyle::applyFonts(this, PresentationStyle::referenceHeight);
}

QWidget* PresentationWindow::createFooter(bool exampleData)
{
    auto* footer = new QWidget(this);
    footer->setObjectName(QStringLiteral("presentationFooter"));
    footer->setAutoFillBackground(true);
    QPalette palette = footer->palette();
    palette.setColor(QPalette::Window, PresentationStyle::footerBackground());
    palette.setColor(QPalette::WindowText, PresentationStyle::mutedText());
    palette.setColor(QPalette::ButtonText, PresentationStyle::text());
    footer->setPalette(palette);
    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(24, 4, 24, 4);
    layout->setSpacing(16);

    m_previousButton = footerButton(QStringLiteral("◀"), tr("Previous slide (←)"), footer);
    m_nextButton = footerButton(QStringLiteral("▶"), tr("Next slide (→ or space)"), footer);
    connect(m_previousButton, &QToolButton::clicked, this, &PresentationWindow::previousSlide);
    connect(m_nextButton, &QToolButton::clicked, this, &PresentationWindow::nextSlide);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);

    m_positionLabel = PresentationStyle::label({}, PresentationStyle::Role::Footer, footer);
    m_positionLabel->setObjectName(QStringLiteral("slidePositionLabel"));
    m_positionLabel->setWordWrap(false);
    m_stepLabel = PresentationStyle::label({}, PresentationStyle::Role::Footer, footer);
    m_stepLabel->setObjectName(QStringLiteral("slideStepLabel"));
    m_stepLabel->setWordWrap(false);
    layout->addWidget(m_positionLabel);
    layout->addWidget(m_stepLabel, 1);

    if (exampleData) {
        QLabel* example = PresentationStyle::label(DemoDataset::exampleDataLabel(),
                                                   PresentationStyle::Role::FooterStrong, footer);
        example->setObjectName(QStringLiteral("exampleDataLabel"));
        example->setWordWrap(false);
        QPalette examplePalette = example->palette();
        examplePalette.setColor(QPalette::WindowText, PresentationStyle::exampleData());
        example->setPalette(examplePalette);
        layout->addWidget(example);
    }

    QToolButton* close = footerButton(tr("Close (Esc)"), tr("End the presentation"), footer);
    close->setObjectName(QStringLiteral("closePresentationButton"));
    connect(close, &QToolButton::clicked, this, &QWidget::close);
    layout->addWidget(close);
    return footer;
}

int PresentationWindow::slideCount() const
{
    return int(m_slides.size());
}

int PresentationWindow::currentSlide() const
{
    return m_stack->currentIndex();
}

QString PresentationWindow::currentSlideTitle() const
{
    return m_slides.value(currentSlide()).title;
}

QString PresentationWindow::currentStepName() const
{
    return m_slides.value(currentSlide()).stepName;
}

QWidget* PresentationWindow::currentSlideWidget() const
{
    return m_stack->currentWidget();
}

void PresentationWindow::goToSlide(int index)
{
    m_stack->setCurrentIndex(std::clamp(index, 0, slideCount() - 1));
}

void PresentationWindow::nextSlide()
{
    goToSlide(currentSlide() + 1);
}

void PresentationWindow::previousSlide()
{
    goToSlide(currentSlide() - 1);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        nextSlide();
        break;
    case Qt::Key_Left:
    case Qt::Key_Backspace:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        previousSlide();
        break;
    case Qt::Key_Home:
        goToSlide(0);
        break;
    case Qt::Key_End:
        goToSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    PresentationStyle::applyFonts(this, height());
}

void PresentationWindow::updateFooter()
{
    m_positionLabel->setText(tr("Slide %1 of %2").arg(currentSlide() + 1).arg(slideCount()));
    const QString step = currentStepName();
    m_stepLabel->setText(step.isEmpty() ? QString() : QStringLiteral("·  ") + step);
    m_previousButton->setEnabled(currentSlide() > 0);
    m_nextButton->setEnabled(currentSlide() < slideCount() - 1);
}

} // namespace jamfor
