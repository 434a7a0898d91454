// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/presentationdeck.h"

#include "core/analysis/comparisontable.h"
#include "core/chartdata/chartcontext.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/model/enumtable.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/charts/rankingchartview.h"
#include "ui/charts/trendchartview.h"
#include "ui/presentation/focusindicatortable.h"
#include "ui/presentation/presentationchart.h"
#include "ui/presentation/presentationstyle.h"
#include "ui/presentation/slidelayouts.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace jamfor {

namespace {

// Rows of the results table per slide: more would not fit at a size readable in a room.
constexpr int tableRowsPerSlide = 5;

QString handbookLanguage()
{
    return QLocale().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

QLabel* muted(const QString& text, QWidget* parent = nullptr)
{
    QLabel* label = PresentationStyle::label(text, PresentationStyle::Role::Small, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, PresentationStyle::mutedText());
    label->setPalette(palette);
    return label;
}

QLabel* body(const QString& text)
{
    return PresentationStyle::label(text, PresentationStyle::Role::Body, nullptr);
}

} // namespace

PresentationDeck::PresentationDeck(Database& database, const PresentationScope& scope)
    : m_database(database)
    , m_scope(scope)
    , m_handbook(Handbook::load(handbookLanguage()))
{}

void PresentationDeck::loadNames()
{
    const Catalog catalog(m_database);
    if (m_scope.analysisId != 0)
        m_analysis = catalog.analysis(m_scope.analysisId);
    if (m_scope.networkId != 0) {
        if (const auto network = catalog.network(m_scope.networkId))
            m_networkName = network->name;
    }
    m_areaName = catalog.areaName(m_scope.areaId);
    if (m_areaName.isEmpty())
        m_areaName = m_scope.areaId;
    m_focusName = m_scope.focusUnitId;
    if (const auto unit = catalog.unit(m_scope.focusUnitId))
        m_focusName = unit->name;
}

QList<PresentationSlide> PresentationDeck::build()
{
    m_slides.clear();
    try {
        addAllSlides();
    } catch (...) {
        for (const PresentationSlide& slide : std::as_const(m_slides))
            delete slide.widget;
        m_slides.clear();
        m_ownFiguresButton = nullptr;
        throw;
    }
    return m_slides;
}

void PresentationDeck::addAllSlides()
{
    loadNames();
    addTitleSlide();
    for (int number = 1; number <= analysisStepCount; ++number) {
        const AnalysisStep step = analysisStepFromNumber(number);
        addStepIntroduction(step);
        switch (step) {
        case AnalysisStep::Preparation:
            addPreparationSlides();
            break;
        case AnalysisStep::QuickAnalysis:
            addOverviewSlides();
            break;
        case AnalysisStep::DeepAnalysis:
            addChartSlides();
            addCauseSlides();
            break;
        case AnalysisStep::Proposals:
            if (m_analysis && !m_analysis->proposals.isEmpty())
                addProposalSlides();
            else
                addWorksheetSlide(step);
            break;
        case AnalysisStep::Implementation:
            if (m_analysis && !m_analysis->actions.isEmpty())
                addActionSlides();
            else
                addWorksheetSlide(step);
            break;
        }
    }
}

QString PresentationDeck::stepKicker(AnalysisStep step) const
{
    return tr("Step %1 of %2 · %3")
        .arg(analysisStepNumber(step))
        .arg(analysisStepCount)
        .arg(m_handbook.step(step).title);
}

void PresentationDeck::addSlide(AnalysisStep step, const QString& title, QWidget* widget)
{
    m_slides.append({title, m_handbook.step(step).title, widget});
}

QWidget* PresentationDeck::page(AnalysisStep step, const QString& title,
                                QVBoxLayout** content) const
{
    return SlideLayouts::page(stepKicker(step), title, content);
}

void PresentationDeck::addTitleSlide()
{
    auto* slide = new QWidget;
    slide->setObjectName(QStringLiteral("titleSlide"));
    auto* layout = new QVBoxLayout(slide);
    layout->setContentsMargins(72, 40, 72, 40);
    layout->setSpacing(18);
    layout->addStretch(2);
    QLabel* kicker = PresentationStyle::label(tr("Study circle · Öppna jämförelser"),
                                              PresentationStyle::Role::Kicker, slide);
    QLabel* hero = PresentationStyle::label(m_networkName.isEmpty() ? m_focusName : m_networkName,
                                            PresentationStyle::Role::Hero, slide);
    hero->setObjectName(QStringLiteral("titleSlideHeading"));
    for (QLabel* label : {kicker, hero}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, PresentationStyle::accent());
        label->setPalette(palette);
        layout->addWidget(label);
    }
    if (m_analysis && !m_analysis->title.isEmpty())
        layout->addWidget(
            PresentationStyle::label(m_analysis->title, PresentationStyle::Role::Title, slide));
    QStringList facts{tr("Area: %1").arg(m_areaName), tr("Year: %1").arg(m_scope.year)};
    if (!m_focusName.isEmpty())
        facts << tr("Focus municipality: %1").arg(m_focusName);
    for (const QString& fact : std::as_const(facts))
        layout->addWidget(PresentationStyle::label(fact, PresentationStyle::Role::Body, slide));
    layout->addStretch(3);
    layout->addWidget(muted(tr("Keys: → or space for the next slide, ← for the previous, "
                               "Esc to close."),
                            slide));
    m_slides.append({tr("Study circle"), QString(), slide});
}

void PresentationDeck::addStepIntroduction(AnalysisStep step)
{
    const HandbookStep& text = m_handbook.step(step);
    QVBoxLayout* content = nullptr;
    QWidget* purpose =
        page(step, tr("Step %1: %2").arg(analysisStepNumber(step)).arg(text.title), &content);
    purpose->setObjectName(QStringLiteral("purposeSlide%1").arg(analysisStepNumber(step)));
    content->addWidget(body(text.purpose));
    content->addStretch();
    addSlide(step, text.title, purpose);

    QWidget* questions = page(step, tr("Questions to discuss"), &content);
    questions->setObjectName(QStringLiteral("questionsSlide%1").arg(analysisStepNumber(step)));
    content->addWidget(SlideLayouts::numberedList(text.questions), 1);
    addSlide(step, tr("Questions to discuss"), questions);
}

void PresentationDeck::addPreparationSlides()
{
    const AnalysisStep step = AnalysisStep::Preparation;
    QVBoxLayout* content = nullptr;
    if (m_analysis) {
        QWidget* assignment = page(step, tr("Our assignment"), &content);
        assignment->setObjectName(QStringLiteral("assignmentSlide"));
        QStringList lines;
        if (!m_analysis->mandate.isEmpty())
            lines << tr("Mandate: %1").arg(m_analysis->mandate);
        if (!m_analysis->purpose.isEmpty())
            lines << tr("Purpose: %1").arg(m_analysis->purpose);
        QStringList names;
        for (const AnalysisParticipant& participant : m_analysis->participants)
            names << participant.name;
        if (!names.isEmpty())
            lines << tr("Taking part: %1").arg(names.join(QStringLiteral(", ")));
        content->addWidget(SlideLayouts::markedList(lines, QStringLiteral("•")), 1);
        addSlide(step, tr("Our assignment"), assignment);
    }

    QWidget* checklist = page(step, tr("Are we ready?"), &content);
    checklist->setObjectName(QStringLiteral("checklistSlide"));
    QStringList points;
    QStringList marks;
    if (m_analysis && !m_analysis->checklist.isEmpty()) {
        for (const ChecklistItem& item : m_analysis->checklist) {
            points << item.text;
            marks << (item.done ? QStringLiteral("☑") : QStringLiteral("☐"));
        }
    } else {
        points = m_handbook.readinessChecklist();
        marks = QStringList(QList<QString>(points.size(), QStringLiteral("☐")));
    }
    content->addWidget(SlideLayouts::markedList(points, marks), 1);
    addSlide(step, tr("Are we ready?"), checklist);

    QWidget* own = page(step, tr("Bring your own figures"), &content);
    own->setObjectName(QStringLiteral("ownFiguresSlide"));
    content->addWidget(body(tr("Do you have figures of your own – a user survey, your own "
                               "register or follow-up? Enter them now, and they are compared "
                               "with the others on the next slides.")));
    content->addSpacing(24);
    m_ownFiguresButton = new QPushButton(tr("Enter our own figures…"), own);
    m_ownFiguresButton->setObjectName(QStringLiteral("ownFiguresButton"));
    m_ownFiguresButton->setFocusPolicy(Qt::NoFocus); // space must turn the slide, not click
    m_ownFiguresButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    PresentationStyle::setRole(m_ownFiguresButton, PresentationStyle::Role::Button);
    m_ownFiguresButton->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: white; border: none; "
                       "border-radius: 8px; padding: 18px 40px; }"
                       "QPushButton:pressed { background: %2; }")
            .arg(PresentationStyle::accent().name(), PresentationStyle::text().name()));
    content->addWidget(m_ownFiguresButton, 0, Qt::AlignLeft);
    content->addStretch();
    addSlide(step, tr("Bring your own figures"), own);
}

void PresentationDeck::addOverviewSlides()
{
    const AnalysisStep step = AnalysisStep::QuickAnalysis;
    const QString title = tr("Our results %1").arg(m_scope.year);
    ComparisonTable table;
    QString problem;
    try {
        ComparisonTableRequest request;
        request.population = PopulationChoice{PopulationKind::Country, {}};
        request.networkId = m_scope.networkId;
        request.areaId = m_scope.areaId;
        for (const Indicator& indicator : Catalog(m_database).indicatorsOf(m_scope.areaId))
            request.indicatorIds << indicator.id;
        request.year = m_scope.year;
        request.focusUnitId = m_scope.focusUnitId;
        if (!request.indicatorIds.isEmpty())
            table = ComparisonTable::build(m_database, request);
        if (table.columns.isEmpty())
            problem = tr("The area %1 has no indicators in this file.").arg(m_areaName);
    } catch (const Error& error) {
        problem = error.message();
    }
    QVBoxLayout* content = nullptr;
    if (!problem.isEmpty()) {
        QWidget* slide = page(step, title, &content);
        content->addWidget(body(problem));
        content->addStretch();
        addSlide(step, title, slide);
        return;
    }
    const int count = int(table.columns.size());
    const int pages = (count + tableRowsPerSlide - 1) / tableRowsPerSlide;
    const int perPage = (count + pages - 1) / pages; // even pages: 3 + 3 rather than 5 + 1
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        const QString pageTitle =
            pages == 1 ? title : tr("%1 (%2 of %3)").arg(title).arg(pageIndex + 1).arg(pages);
        QWidget* slide = page(step, pageTitle, &content);
        slide->setObjectName(QStringLiteral("overviewSlide"));
        content->addWidget(new FocusIndicatorTable(table, pageIndex * perPage, perPage,
                                                   m_analysis ? &*m_analysis : nullptr, slide),
                           1);
        content->addWidget(muted(tr("%1 in %2. Colour: the value's quarter among all "
                                    "municipalities – green ▲ the best, red ▼ the weakest, "
                                    "yellow in between. Rank 1 is the best.")
                                     .arg(m_focusName, m_areaName)));
        content->addStretch();
        addSlide(step, pageTitle, slide);
    }
}

QString PresentationDeck::chartIndicatorId()
{
    const QList<Indicator> indicators = Catalog(m_database).indicatorsOf(m_scope.areaId);
    if (m_analysis) {
        for (const QString& id : m_analysis->takenForwardIndicatorIds()) {
            for (const Indicator& indicator : indicators) {
                if (indicator.id == id)
                    return id;
            }
        }
    }
    // An indicator with a better direction makes the most telling chart.
    for (const Indicator& indicator : indicators) {
        if (indicator.direction != Direction::None)
            return indicator.id;
    }
    return indicators.isEmpty() ? QString() : indicators.first().id;
}

void PresentationDeck::addChartSlides()
{
    const AnalysisStep step = AnalysisStep::DeepAnalysis;
    const ChartContext context{m_scope.networkId, m_scope.areaId, m_scope.year, Gender::Total,
                               m_scope.focusUnitId};
    const auto population =
        m_scope.networkId != 0 ? ChartPopulation::Network : ChartPopulation::AllMunicipalities;
    QVBoxLayout* content = nullptr;
    const auto addChart = [&](const QString& title, const QString& name, auto fill) {
        QWidget* slide = page(step, title, &content);
        slide->setObjectName(name);
        try {
            const QString indicatorId = chartIndicatorId();
            if (indicatorId.isEmpty())
                throw Error(tr("The area %1 has no indicators in this file.").arg(m_areaName));
            content->addWidget(new PresentationChart(fill(indicatorId), slide), 1);
        } catch (const Error& error) {
            content->addWidget(body(error.message()));
            content->addStretch();
        }
        addSlide(step, title, slide);
    };
    addChart(tr("How do we rank?"), QStringLiteral("rankingSlide"), [&](const QString& id) {
        auto view = std::make_unique<RankingChartView>();
        view->setSeries(RankingSeries::build(m_database, context, id, population));
        return static_cast<ChartView*>(view.release());
    });
    addChart(tr("How has it developed?"), QStringLiteral("trendSlide"), [&](const QString& id) {
        auto view = std::make_unique<TrendChartView>();
        view->setSeries(TrendSeries::build(m_database, context, id));
        return static_cast<ChartView*>(view.release());
    });
}

void PresentationDeck::addCauseSlides()
{
    const AnalysisStep step = AnalysisStep::DeepAnalysis;
    QVBoxLayout* content = nullptr;
    QWidget* fishbone = page(step, tr("Possible causes (fishbone)"), &content);
    fishbone->setObjectName(QStringLiteral("fishboneSlide"));
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < causeCategoryCount; ++i) {
        const auto category = static_cast<CauseCategory>(i);
        QStringList causes;
        if (m_analysis) {
            for (const Cause& cause : m_analysis->causes) {
                if (cause.category == category)
                    causes << (cause.rootCause ? tr("%1 (root cause)").arg(cause.text)
                                               : cause.text);
            }
        }
        grid->addWidget(
            SlideLayouts::box(enumLabel(category), causes, m_handbook.causeCategoryHint(category)),
            i / 3, i % 3);
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1); // boxes of equal width, whatever their text
    content->addLayout(grid, 1);
    addSlide(step, tr("Possible causes (fishbone)"), fishbone);

    QWidget* whys = page(step, tr("Ask why five times"), &content);
    whys->setObjectName(QStringLiteral("whysSlide"));
    const WhyChain* chain =
        m_analysis && !m_analysis->whyChains.isEmpty() ? &m_analysis->whyChains.first() : nullptr;
    content->addWidget(body(chain ? tr("Problem: %1").arg(chain->problem)
                                  : tr("Problem: what do the figures show that we want to "
                                       "change?")));
    QStringList steps;
    for (int i = 0; i < 5; ++i) {
        const QString answer =
            chain && i < chain->answers.size() ? chain->answers[i] : QStringLiteral("…");
        steps << tr("Why? %1").arg(answer);
    }
    content->addWidget(SlideLayouts::numberedList(steps), 1);
    addSlide(step, tr("Ask why five times"), whys);
}

void PresentationDeck::addProposalSlides()
{
    const AnalysisStep step = AnalysisStep::Proposals;
    QList<Proposal> proposals = m_analysis->proposals;
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const Proposal& a, const Proposal& b) { return a.chosen && !b.chosen; });
    constexpr int perSlide = 3;
    for (int first = 0; first < proposals.size(); first += perSlide) {
        QVBoxLayout* content = nullptr;
        const QString title = tr("Our proposals");
        QWidget* slide = page(step, title, &content);
        slide->setObjectName(QStringLiteral("proposalsSlide"));
        for (int i = first; i < std::min<int>(first + perSlide, int(proposals.size())); ++i) {
            const Proposal& proposal = proposals[i];
            QStringList lines;
            if (!proposal.problem.isEmpty())
                lines << tr("Problem: %1").arg(proposal.problem);
            if (!proposal.goal.isEmpty())
                lines << tr("Goal: %1").arg(proposal.goal);
            lines << enumLabel(proposal.quadrant());
            const QString heading =
                proposal.chosen ? tr("%1 – chosen").arg(proposal.title) : proposal.title;
            QWidget* box = SlideLayouts::box(heading, lines, QString());
            box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
            content->addWidget(box);
        }
        content->addStretch();
        addSlide(step, title, slide);
    }
}

void PresentationDeck::addActionSlides()
{
    const AnalysisStep step = AnalysisStep::Implementation;
    QVBoxLayout* content = nullptr;
    const QString title = tr("Our action plan");
    QWidget* slide = page(step, title, &content);
    slide->setObjectName(QStringLiteral("actionPlanSlide"));
    const QLocale locale;
    for (const PlannedAction& action : m_analysis->actions) {
        QStringList lines;
        if (!action.responsible.isEmpty())
            lines << tr("Who: %1").arg(action.responsible);
        if (action.due.isValid())
            lines << tr("When: %1").arg(locale.toString(action.due, QStringLiteral("d MMMM yyyy")));
        if (action.frequency != FollowUpFrequency::Unspecified)
            lines << tr("Follow-up: %1").arg(enumLabel(action.frequency));
        lines << tr("Status: %1").arg(enumLabel(action.status));
        QWidget* box = SlideLayouts::box(action.what, lines, QString());
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        content->addWidget(box);
    }
    const Catalog catalog(m_database);
    for (const IndicatorTarget& target : m_analysis->targets) {
        content->addWidget(muted(
            tr("Target: %1 reaches %2 in %3.")
                .arg(catalog.indicatorTitle(target.indicatorId), locale.toString(target.value))
                .arg(target.year)));
    }
    content->addStretch();
    addSlide(step, title, slide);
}

void PresentationDeck::addWorksheetSlide(AnalysisStep step)
{
    QVBoxLayout* content = nullptr;
    const QString title = tr("The worksheet");
    QWidget* slide = page(step, title, &content);
    slide->setObjectName(QStringLiteral("worksheetSlide%1").arg(analysisStepNumber(step)));
    content->addWidget(body(m_handbook.step(step).worksheet));
    content->addSpacing(12);
    if (step == AnalysisStep::Proposals) {
        // The priority matrix the group fills in on paper or a whiteboard.
        auto* grid = new QGridLayout;
        grid->setSpacing(12);
        const PriorityQuadrant quadrants[] = {PriorityQuadrant::DoFirst, PriorityQuadrant::Plan,
                                              PriorityQuadrant::QuickFix, PriorityQuadrant::Avoid};
        for (int i = 0; i < 4; ++i)
            grid->addWidget(SlideLayouts::box(enumLabel(quadrants[i]), {}, QString()), i / 2,
                            i % 2);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
        content->addLayout(grid, 1);
    } else {
        content->addWidget(
            SlideLayouts::markedList({tr("What is to be done, and how?"), tr("Who is responsible?"),
                                      tr("When is it done, and how often do we follow up?"),
                                      tr("What do we do if it is not done or has no effect?")},
                                     QStringLiteral("☐")),
            1);
    }
    addSlide(step, title, slide);
}

} // namespace jamfor
