// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpanel.h"

#include "core/chartdata/chartunits.h"
#include "core/chartdata/costqualityseries.h"
#include "core/chartdata/profileseries.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/model/indicator.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/costqualitychartview.h"
#include "ui/charts/profilechartview.h"
#include "ui/charts/rankingchartview.h"
#include "ui/charts/trendchartview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace jamfor {

namespace {

// Fills the box with the indicators, keeping the chosen one when it is still there.
void fillIndicators(QComboBox* box, const QList<Indicator>& indicators, const QString& preferred)
{
    const QString previous = box->currentData().toString();
    box->clear();
    for (const Indicator& indicator : indicators) {
        box->addItem(indicator.title, indicator.id);
        box->setItemData(box->count() - 1, indicator.title, Qt::ToolTipRole);
    }
    int index = box->findData(previous);
    if (index < 0)
        index = box->findData(preferred);
    box->setCurrentIndex(std::max(index, 0));
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
{
    createWidgets();
    updateSelectorVisibility();
    refresh();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::createWidgets()
{
    m_loading = true; // no chart until every selector exists
    auto* layout = new QVBoxLayout(this);
    auto* selectors = new QHBoxLayout;
    const auto addSelector = [&](const QString& label, const QString& name, bool stretch) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(stretch ? 28 : 10);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(box);
        selectors->addWidget(caption);
        selectors->addWidget(box, stretch ? 1 : 0);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
        return std::pair{caption, box};
    };

    auto [kindLabel, kindBox] = addSelector(tr("C&hart:"), QStringLiteral("chartKindBox"), false);
    m_kindBox = kindBox;
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindBox->addItem(tr("Ranking"), int(Kind::Ranking));
    m_kindBox->addItem(tr("Trend over time"), int(Kind::Trend));
    m_kindBox->addItem(tr("Cost and quality"), int(Kind::CostQuality));
    m_kindBox->addItem(tr("Profile"), int(Kind::Profile));
    connect(m_kindBox, &QComboBox::currentIndexChanged, this,
            &ChartPanel::updateSelectorVisibility);

    auto [indicatorLabel, indicatorBox] =
        addSelector(tr("&Indicator:"), QStringLiteral("chartIndicatorBox"), true);
    m_indicatorBox = indicatorBox;
    m_indicatorWidgets = {indicatorLabel, indicatorBox};

    auto [costLabel, costBox] = addSelector(tr("C&ost (x):"), QStringLiteral("chartCostBox"), true);
    auto [qualityLabel, qualityBox] =
        addSelector(tr("&Quality (y):"), QStringLiteral("chartQualityBox"), true);
    m_costBox = costBox;
    m_qualityBox = qualityBox;
    m_costQualityWidgets = {costLabel, costBox, qualityLabel, qualityBox};

    auto [populationLabel, populationBox] =
        addSelector(tr("Compare &with:"), QStringLiteral("chartPopulationBox"), false);
    m_populationBox = populationBox;
    m_populationBox->addItem(tr("All municipalities"), int(ChartPopulation::AllMunicipalities));
    m_populationBox->addItem(tr("The network"), int(ChartPopulation::Network));
    m_populationWidgets = {populationLabel, populationBox};

    auto [unitLabel, unitBox] =
        addSelector(tr("&Municipality:"), QStringLiteral("chartUnitBox"), false);
    m_unitBox = unitBox;
    auto [scopeLabel, scopeBox] =
        addSelector(tr("I&ndicators:"), QStringLiteral("chartProfileScopeBox"), false);
    m_profileScopeBox = scopeBox;
    m_profileScopeBox->addItem(tr("The area's"), false);
    m_profileScopeBox->addItem(tr("All areas'"), true);
    m_profileWidgets = {unitLabel, unitBox, scopeLabel, scopeBox};
    selectors->addStretch();
    layout->addLayout(selectors);

    auto* buttons = new QHBoxLayout;
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("chartProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #A0241B; }"));
    buttons->addWidget(m_problemLabel, 1);
    m_pngButton = new QPushButton(tr("Save as &PNG…"), this);
    m_pngButton->setObjectName(QStringLiteral("savePngButton"));
    m_svgButton = new QPushButton(tr("Save as &SVG…"), this);
    m_svgButton->setObjectName(QStringLiteral("saveSvgButton"));
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyChartButton"));
    m_copyButton->setToolTip(tr("Copy the chart to the clipboard as an image"));
    buttons->addWidget(m_pngButton);
    buttons->addWidget(m_svgButton);
    buttons->addWidget(m_copyButton);
    layout->addLayout(buttons);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { chooseFileAndSave(false); });
    connect(m_svgButton, &QPushButton::clicked, this, [this] { chooseFileAndSave(true); });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        try {
            copyToClipboard();
            emit statusMessage(tr("The chart is copied to the clipboard."));
        } catch (const Error& error) {
            QMessageBox::warning(this, tr("Could not copy the chart"), error.message());
        }
    });

    m_stack = new QStackedWidget(this);
    m_ranking = new RankingChartView(m_stack);
    m_trend = new TrendChartView(m_stack);
    m_costQuality = new CostQualityChartView(m_stack);
    m_profile = new ProfileChartView(m_stack);
    // In the order of Kind.
    m_stack->addWidget(m_ranking);
    m_stack->addWidget(m_trend);
    m_stack->addWidget(m_costQuality);
    m_stack->addWidget(m_profile);
    layout->addWidget(m_stack, 1);
    m_loading = false;
}

void ChartPanel::setContext(Database* database, qint64 networkId, const QString& areaId, int year,
                            Gender gender, const QString& focusUnitId)
{
    m_database = database;
    m_context = ChartContext{networkId, areaId, year, gender, focusUnitId};
    loadChoices();
    refresh();
}

ChartPanel::Kind ChartPanel::kind() const
{
    return static_cast<Kind>(m_kindBox->currentData().toInt());
}

void ChartPanel::setKind(Kind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
}

ChartView* ChartPanel::currentView() const
{
    return qobject_cast<ChartView*>(m_stack->currentWidget());
}

void ChartPanel::loadChoices()
{
    m_loading = true;
    if (!m_database) {
        for (QComboBox* box : {m_indicatorBox, m_costBox, m_qualityBox, m_unitBox})
            box->clear();
        m_loading = false;
        return;
    }
    try {
        const Catalog catalog(*m_database);
        const QList<Indicator> indicators = m_context.areaId.isEmpty()
                                                ? catalog.indicators()
                                                : catalog.indicatorsOf(m_context.areaId);
        QList<Indicator> costs;
        QList<Indicator> qualities;
        QString firstJudged;
        QString firstHigherIsBetter;
        for (const Indicator& indicator : indicators) {
            if (indicator.kind == IndicatorKind::Cost)
                costs.append(indicator);
            if (indicator.kind == IndicatorKind::Quality)
                qualities.append(indicator);
            if (firstJudged.isEmpty() && indicator.direction != Direction::None)
                firstJudged = indicator.id;
            if (firstHigherIsBetter.isEmpty() && indicator.kind == IndicatorKind::Quality &&
                indicator.direction == Direction::HigherIsBetter)
                firstHigherIsBetter = indicator.id;
        }
        // Indicators with a better direction make the most telling first charts; a quality
        // that is better when higher puts high quality at the top of the scatter.
        fillIndicators(m_indicatorBox, indicators, firstJudged);
        fillIndicators(m_costBox, costs.isEmpty() ? indicators : costs, {});
        fillIndicators(m_qualityBox, qualities.isEmpty() ? indicators : qualities,
                       firstHigherIsBetter);

        const ChartUnits units = ChartUnits::load(*m_database, m_context);
        const QString previous = m_unitBox->currentData().toString();
        m_unitBox->clear();
        QStringList ids = units.memberIds;
        if (!units.focusUnitId.isEmpty() && !ids.contains(units.focusUnitId))
            ids.prepend(units.focusUnitId);
        for (const QString& id : std::as_const(ids))
            m_unitBox->addItem(units.nameOf(id), id);
        int index = m_unitBox->findData(units.focusUnitId);
        if (index < 0)
            index = m_unitBox->findData(previous);
        m_unitBox->setCurrentIndex(std::max(index, 0));
        m_problemLabel->clear();
    } catch (const Error& error) {
        m_problemLabel->setText(error.message());
    }
    m_loading = false;
}

void ChartPanel::updateSelectorVisibility()
{
    const Kind current = kind();
    const auto show = [](const QList<QWidget*>& widgets, bool visible) {
        for (QWidget* widget : widgets)
            widget->setVisible(visible);
    };
    show(m_indicatorWidgets, current == Kind::Ranking || current == Kind::Trend);
    show(m_populationWidgets, current == Kind::Ranking || current == Kind::CostQuality);
    show(m_costQualityWidgets, current == Kind::CostQuality);
    show(m_profileWidgets, current == Kind::Profile);
    m_stack->setCurrentIndex(int(current));
}

void ChartPanel::refresh()
{
    const bool ready = m_database != nullptr;
    for (QPushButton* button : {m_pngButton, m_svgButton, m_copyButton})
        button->setEnabled(ready);
    if (!ready) {
        m_problemLabel->setText(tr("Open a file to see charts."));
        return;
    }
    const auto population = static_cast<ChartPopulation>(m_populationBox->currentData().toInt());
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        switch (kind()) {
        case Kind::Ranking:
            if (m_indicatorBox->count() > 0) {
                m_ranking->setSeries(RankingSeries::build(
                    *m_database, m_context, m_indicatorBox->currentData().toString(), population));
            }
            break;
        case Kind::Trend:
            if (m_indicatorBox->count() > 0) {
                m_trend->setSeries(TrendSeries::build(*m_database, m_context,
                                                      m_indicatorBox->currentData().toString()));
            }
            break;
        case Kind::CostQuality:
            if (m_costBox->count() > 0 && m_qualityBox->count() > 0) {
                m_costQuality->setSeries(CostQualitySeries::build(
                    *m_database, m_context, m_costBox->currentData().toString(),
                    m_qualityBox->currentData().toString(), population));
            }
            break;
        case Kind::Profile: {
            ChartContext context = m_context;
            if (m_profileScopeBox->currentData().toBool())
                context.areaId.clear(); // every area's indicators
            m_profile->setSeries(
                ProfileSeries::build(*m_database, context, m_unitBox->currentData().toString()));
            break;
        }
        }
        QApplication::restoreOverrideCursor();
        m_problemLabel->clear();
    } catch (const Error& error) {
        QApplication::restoreOverrideCursor();
        m_problemLabel->setText(error.message());
    }
}

void ChartPanel::savePng(const QString& path)
{
    ChartExporter::savePng(*currentView(), path, pngSize(), pngScale());
}

void ChartPanel::saveSvg(const QString& path)
{
    ChartExporter::saveSvg(*currentView(), path, svgSize());
}

void ChartPanel::copyToClipboard()
{
    ChartExporter::copyToClipboard(*currentView(), pngSize(), pngScale());
}

QString ChartPanel::suggestedFileName(const QString& suffix) const
{
    QString name = currentView()->chartTitle();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral(" "));
    name = name.simplified().left(60).trimmed();
    if (name.isEmpty())
        name = tr("chart");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix);
}

void ChartPanel::chooseFileAndSave(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save the chart as SVG") : tr("Save the chart as PNG"),
        suggestedFileName(suffix), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    try {
        if (svg)
            saveSvg(path);
        else
            savePng(path);
        emit statusMessage(tr("The chart is saved as %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Could not save the chart"), error.message());
    }
}

} // namespace jamfor
