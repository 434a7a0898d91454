// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/presentation/presentationdeck.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace jamfor {

class Database;

// The presentation mode for study circles: one slide at a time in large type, following the
// handbook's five steps (see PresentationDeck), for a projector in a meeting room. Show it
// with showFullScreen(). Keys: → / space / Page Down next, ← / Backspace / Page Up previous,
// Home and End the first and last slide, Esc closes. The footer says which slide and step is
// shown, and that the values are invented when the file holds the example data.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // analysisId 0: no analysis; the steps then show the handbook's worksheets. The database
    // must outlive the window.
    PresentationWindow(Database& database, qint64 networkId, QString areaId, int year,
                       QString focusUnitId, qint64 analysisId, QWidget* parent = nullptr);

    int slideCount() const;
    int currentSlide() const;
    QString currentSlideTitle() const;
    // The name of the handbook step of the current slide; empty on the title slide.
    QString currentStepName() const;
    QWidget* currentSlideWidget() const;
    // Shows the slide; an index outside the deck is clamped to the first or last slide.
    void goToSlide(int index);
    void nextSlide();
    void previousSlide();

signals:
    // The "bring your own figures" slide's button: open the own-figures form.
    void ownFiguresRequested();
    void currentSlideChanged(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createFooter(bool exampleData);
    void updateFooter();

    QList<PresentationSlide> m_slides;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    QToolButton* m_previousButton = nullptr;
    QToolButton* m_nextButton = nullptr;
};

} // namespace jamfor
