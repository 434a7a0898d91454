// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handbook/handbook.h"
#include "core/model/analysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QPushButton;
class QVBoxLayout;
class QWidget;

namespace jamfor {

class Database;

// One slide: what the footer and currentSlideTitle() say about it, and its widget.
struct PresentationSlide
{
    QString title;
    QString stepName; // empty on the title slide
    QWidget* widget = nullptr;
};

// What the presentation is about: the main window's choices and, optionally, an analysis.
struct PresentationScope
{
    qint64 networkId = 0;
    QString areaId;
    int year = 0;
    QString focusUnitId;
    qint64 analysisId = 0; // 0: none
};

// Builds the slides of a study-circle meeting from the file: a title slide, then for each of the
// handbook's five steps its purpose, its discussion questions on a slide of their own and the
// step's material (results table, charts, worksheets, or the group's own analysis).
class PresentationDeck
{
    Q_DECLARE_TR_FUNCTIONS(PresentationDeck)

public:
    PresentationDeck(Database& database, const PresentationScope& scope);

    // The slides, in order; the widgets have no parent yet. Problems with one part of the file
    // (an indicator without values) become a message on that slide, not an exception.
    QList<PresentationSlide> build();

    // The button of the "bring your own figures" slide, once build() has run.
    QPushButton* ownFiguresButton() const { return m_ownFiguresButton; }

private:
    void addAllSlides();
    void loadNames();
    QString stepKicker(AnalysisStep step) const;
    void addSlide(AnalysisStep step, const QString& title, QWidget* widget);
    QWidget* page(AnalysisStep step, const QString& title, QVBoxLayout** content) const;

    void addTitleSlide();
    void addStepIntroduction(AnalysisStep step);
    void addPreparationSlides();
    void addOverviewSlides();
    void addChartSlides();
    void addCauseSlides();
    void addProposalSlides();
    void addActionSlides();
    void addWorksheetSlide(AnalysisStep step);
    QString chartIndicatorId();

    Database& m_database;
    PresentationScope m_scope;
    Handbook m_handbook;
    std::optional<Analysis> m_analysis;
    QString m_networkName;
    QString m_areaName;
    QString m_focusName;
    QList<PresentationSlide> m_slides;
    QPushButton* m_ownFiguresButton = nullptr;
};

} // namespace jamfor
