// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/deepanalysispage.h"

#include "core/chartdata/chartlabels.h"
#include "core/chartdata/costqualityseries.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/handbook/peers.h"
#include "core/model/enumtable.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/charts/costqualitychartview.h"
#include "ui/charts/rankingchartview.h"
#include "ui/charts/trendchartview.h"
#include "ui/wizard/analysiseditor.h"
#include "ui/wizard/causeanalysiswidget.h"
#include "ui/wizard/gendergapwidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

DeepAnalysisPage::DeepAnalysisPage(AnalysisEditor& editor, const Handbook& handbook,
                                   QWidget* parent)
    : WizardPage(editor, AnalysisStep::DeepAnalysis, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Indicator:"), this));
    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("deepIndicator"));
    m_indicatorBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_indicatorBox);
    m_indicatorSummary = new QLabel(this);
    m_indicatorSummary->setWordWrap(true);
    top->addWidget(m_indicatorSummary, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("deepTabs"));
    m_tabs->addTab(createChartsTab(), tr("Charts"));
    m_tabs->addTab(createSimilarTab(), tr("Similar municipalities"));
    m_causes = new CauseAnalysisWidget(
        handbook,
        [this](const QString& text, const std::function<bool(AnalysisState&)>& change,
               const QString& key) { return apply(text, change, key); },
        this);
    m_tabs->addTab(m_causes, tr("Cause analysis"));
    m_tabs->addTab(createSourcesTab(), tr("Other sources and conclusion"));
    layout->addWidget(m_tabs, 1);

    connect(m_indicatorBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showIndicator();
    });
}

QWidget* DeepAnalysisPage::createChartsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Chart:"), tab));
    m_chartBox = new QComboBox(tab);
    m_chartBox->setObjectName(QStringLiteral("deepChartKind"));
    m_chartBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartBox->addItem(tr("Ranking"), int(ChartKind::Ranking));
    m_chartBox->addItem(tr("Trend over the years"), int(ChartKind::Trend));
    m_chartBox->addItem(tr("Women and men"), int(ChartKind::Gender));
    row->addWidget(m_chartBox);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Gender:"), tab));
    m_genderBox = new QComboBox(tab);
    m_genderBox->setObjectName(QStringLiteral("deepGender"));
    for (Gender gender : enumValues<Gender>())
        m_genderBox->addItem(enumLabel(gender), int(gender));
    row->addWidget(m_genderBox);
    row->addSpacing(12);
    m_costLabel = new QLabel(tr("Cost indicator:"), tab);
    row->addWidget(m_costLabel);
    m_costBox = new QComboBox(tab);
    m_costBox->setObjectName(QStringLiteral("deepCostIndicator"));
    m_costBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_costBox->setMinimumContentsLength(30);
    row->addWidget(m_costBox, 1);
    row->addStretch();
    layout->addLayout(row);

    m_chartProblem = new QLabel(tab);
    m_chartProblem->setWordWrap(true);
    m_chartProblem->hide();
    layout->addWidget(m_chartProblem);
    m_chartStack = new QStackedWidget(tab);
    m_ranking = new RankingChartView(m_chartStack);
    m_trend = new TrendChartView(m_chartStack);
    m_gender = new GenderGapWidget(m_chartStack);
    m_costQuality = new CostQualityChartView(m_chartStack);
    m_chartStack->addWidget(m_ranking);
    m_chartStack->addWidget(m_trend);
    m_chartStack->addWidget(m_gender);
    m_chartStack->addWidget(m_costQuality);
    m_chartStack->setMinimumHeight(430);
    layout->addWidget(m_chartStack, 1);

    for (QComboBox* box : {m_chartBox, m_genderBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refreshChart();
        });
    connect(m_costBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString id = currentIndicatorId();
        const QString cost = m_costBox->currentData().toString();
        apply(tr("Choose cost indicator"),
              [&](AnalysisState& s) { return s.setCostIndicator(id, cost); });
        refreshChart();
    });
    return tab;
}

QWidget* DeepAnalysisPage::createSimilarTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QHBoxLayout(tab);
    auto* left = new QVBoxLayout;
    m_similarIntro = new QLabel(tab);
    m_similarIntro->setWordWrap(true);
    left->addWidget(m_similarIntro);
    m_similarList = new QListWidget(tab);
    m_similarList->setObjectName(QStringLiteral("similarUnits"));
    left->addWidget(m_similarList, 1);
    layout->addLayout(left, 2);
    m_similarValues = new QTableWidget(0, 3, tab);
    m_similarValues->setObjectName(QStringLiteral("similarValues"));
    m_similarValues->setHorizontalHeaderLabels({tr("Municipality"), tr("Value"), tr("Rank")});
    m_similarValues->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_similarValues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_similarValues->verticalHeader()->hide();
    m_similarValues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_similarValues, 3);
    connect(m_similarList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        QStringList ids;
        for (int i = 0; i < m_similarList->count(); ++i) {
            if (m_similarList->item(i)->checkState() == Qt::Checked)
                ids << m_similarList->item(i)->data(Qt::UserRole).toString();
        }
        apply(tr("Choose similar municipalities"),
              [&](AnalysisState& s) { return s.setSimilarUnitIds(ids); });
        refreshSimilarValues();
    });
    return tab;
}

QWidget* DeepAnalysisPage::createSourcesTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* sourcesBox = new QGroupBox(tr("What other sources say"), tab);
    auto* sourcesLayout = new QVBoxLayout(sourcesBox);
    m_sources = new QTableWidget(0, 2, sourcesBox);
    m_sources->setObjectName(QStringLiteral("sourceNotes"));
    m_sources->setHorizontalHeaderLabels({tr("Source"), tr("What it says")});
    m_sources->horizontalHeader()->resizeSection(0, 240);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->verticalHeader()->hide();
    m_sources->setMinimumHeight(150);
    sourcesLayout->addWidget(m_sources);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add source"), sourcesBox);
    add->setObjectName(QStringLiteral("addSourceNote"));
    auto* remove = new QPushButton(tr("Remove source"), sourcesBox);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    sourcesLayout->addLayout(buttons);
    layout->addWidget(sourcesBox);
    connect(add, &QPushButton::clicked, this, &DeepAnalysisPage::addSourceNote);
    connect(remove, &QPushButton::clicked, this, &DeepAnalysisPage::removeSourceNote);
    connect(m_sources, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        std::optional<SourceNote> note = state().items<SourceNote>().find(id);
        if (!note)
            return;
        (item->column() == 0 ? note->source : note->note) = item->text();
        apply(tr("Edit source note"),
              [&](AnalysisState& s) { return s.items<SourceNote>().update(*note); });
    });

    auto* conclusionBox = new QGroupBox(tr("Conclusion"), tab);
    auto* conclusionLayout = new QVBoxLayout(conclusionBox);
    m_conclusion =
        addTextField(QStringLiteral("conclusion"),
                     tr("What does the group conclude about the causes of this result?"), 4,
                     tr("Edit conclusion"), [this](AnalysisState& s, const QString& text) {
                         return s.setConclusion(currentIndicatorId(), text);
                     });
    conclusionLayout->addWidget(m_conclusion);
    layout->addWidget(conclusionBox);
    layout->addStretch();
    return tab;
}

QString DeepAnalysisPage::currentIndicatorId() const
{
    return m_indicatorBox->currentData().toString();
}

void DeepAnalysisPage::setCurrentIndicator(const QString& indicatorId)
{
    const int index = m_indicatorBox->findData(indicatorId);
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
}

void DeepAnalysisPage::setChartKind(ChartKind kind)
{
    const int index = m_chartBox->findData(int(kind));
    if (index >= 0)
        m_chartBox->setCurrentIndex(index);
}

ChartContext DeepAnalysisPage::chartContext() const
{
    const Analysis& a = analysis();
    ChartContext context;
    context.networkId = a.networkId;
    context.areaId = a.areaId;
    context.year = a.year;
    context.gender = Gender(m_genderBox->currentData().toInt());
    context.focusUnitId = a.focusUnitId;
    return context;
}

void DeepAnalysisPage::refresh()
{
    const QString keep = currentIndicatorId();
    m_filling = true;
    m_indicatorBox->clear();
    for (const QString& id : state().takenForwardIds())
        m_indicatorBox->addItem(indicatorTitle(id), id);
    const int index = m_indicatorBox->findData(keep);
    m_indicatorBox->setCurrentIndex(index >= 0 ? index : 0);

    // The cost–quality view needs a cost indicator of the area.
    m_costIndicators.clear();
    for (const Indicator& indicator : Catalog(database()).indicatorsOf(analysis().areaId)) {
        if (indicator.kind == IndicatorKind::Cost)
            m_costIndicators << indicator;
    }
    const int costIndex = m_chartBox->findData(int(ChartKind::CostQuality));
    if (m_costIndicators.isEmpty() && costIndex >= 0)
        m_chartBox->removeItem(costIndex);
    else if (!m_costIndicators.isEmpty() && costIndex < 0)
        m_chartBox->addItem(tr("Cost and quality"), int(ChartKind::CostQuality));
    m_costBox->clear();
    for (const Indicator& indicator : m_costIndicators)
        m_costBox->addItem(indicator.title, indicator.id);
    m_filling = false;
    refreshSimilar();
    showIndicator();
}

void DeepAnalysisPage::showIndicator()
{
    const QString id = currentIndicatorId();
    const AnalysisIndicator entry = state().indicator(id);
    m_filling = true;
    if (id.isEmpty()) {
        m_indicatorSummary->setText(tr("Take at least one indicator forward in step 2."));
    } else {
        QString summary = enumLabel(entry.judgement);
        if (!entry.note.trimmed().isEmpty())
            summary += QStringLiteral(": ") + entry.note.trimmed();
        m_indicatorSummary->setText(summary);
    }
    const int costIndex = m_costBox->findData(entry.costIndicatorId);
    m_costBox->setCurrentIndex(costIndex >= 0 ? costIndex : 0);
    m_filling = false;
    m_tabs->setEnabled(!id.isEmpty());
    m_causes->showIndicator(state(), id);
    showText(m_conclusion, entry.conclusion);
    refreshSources();
    refreshSimilarValues();
    refreshChart();
}

void DeepAnalysisPage::refreshChart()
{
    const QString id = currentIndicatorId();
    const auto kind = ChartKind(m_chartBox->currentData().toInt());
    m_genderBox->setEnabled(kind == ChartKind::Ranking || kind == ChartKind::Trend);
    m_costLabel->setVisible(kind == ChartKind::CostQuality);
    m_costBox->setVisible(kind == ChartKind::CostQuality);
    m_chartProblem->hide();
    if (id.isEmpty())
        return;
    const ChartContext context = chartContext();
    const ChartPopulation population =
        context.networkId ? ChartPopulation::Network : ChartPopulation::AllMunicipalities;
    try {
        switch (kind) {
        case ChartKind::Ranking:
            m_ranking->setSeries(RankingSeries::build(database(), context, id, population));
            m_chartStack->setCurrentWidget(m_ranking);
            break;
        case ChartKind::Trend:
            m_trend->setSeries(TrendSeries::build(database(), context, id));
            m_chartStack->setCurrentWidget(m_trend);
            break;
        case ChartKind::Gender: {
            // The focus municipality, the network's members and the chosen similar ones.
            const Peers::GenderGaps gaps =
                Peers::genderGaps(database(), context, analysis().similarUnitIds, id);
            QList<GenderGapWidget::Row> rows;
            for (const Peers::GenderRow& row : gaps.rows)
                rows.append({row.name, row.women, row.men, row.focus});
            m_gender->setRows(tr("%1, %2: women and men").arg(indicatorTitle(id)).arg(context.year),
                              rows, gaps.decimals);
            m_chartStack->setCurrentWidget(m_gender);
            break;
        }
        case ChartKind::CostQuality: {
            const QString cost = m_costBox->currentData().toString();
            if (cost.isEmpty())
                break;
            m_costQuality->setSeries(
                CostQualitySeries::build(database(), context, cost, id, population));
            m_chartStack->setCurrentWidget(m_costQuality);
            break;
        }
        }
    } catch (const Error& error) {
        m_chartProblem->setText(error.message());
        m_chartProblem->show();
    }
}

void DeepAnalysisPage::refreshSimilar()
{
    const Analysis& a = analysis();
    const Peers::Suggestion suggestion =
        Peers::similarTo(database(), a.focusUnitId, a.year, similarCount);
    const QList<Neighbour>& nearest = suggestion.nearest;
    const QStringList& names = suggestion.backgroundTitles;
    m_similarIntro->setText(
        nearest.isEmpty()
            ? tr("The file has no background figures for %1 in %2, so no similar municipalities "
                 "can be suggested. Import background indicators (population, tax base, …).")
                  .arg(unitName(a.focusUnitId))
                  .arg(a.year)
            : tr("The %1 municipalities most like %2 in %3 by: %4. Tick the ones you compare "
                 "yourselves with.")
                  .arg(nearest.size())
                  .arg(unitName(a.focusUnitId))
                  .arg(a.year)
                  .arg(names.join(QStringLiteral(", "))));
    m_filling = true;
    m_similarList->clear();
    QStringList shown;
    for (const Neighbour& n : nearest)
        shown << n.unitId;
    for (const QString& id : a.similarUnitIds) {
        if (!shown.contains(id))
            shown << id;
    }
    const QLocale locale;
    for (const QString& id : shown) {
        QString text = unitName(id);
        for (const Neighbour& n : nearest) {
            if (n.unitId == id)
                text = tr("%1 (distance %2)").arg(text, locale.toString(n.distance, 'f', 2));
        }
        auto* item = new QListWidgetItem(text, m_similarList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, id);
        item->setCheckState(a.similarUnitIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void DeepAnalysisPage::refreshSimilarValues()
{
    const Analysis& a = analysis();
    const QString id = currentIndicatorId();
    m_similarValues->setRowCount(0);
    if (id.isEmpty())
        return;
    const Peers::Values peers = Peers::valuesAmong(database(), a, id);
    if (peers.rows.isEmpty())
        return;
    m_similarValues->setHorizontalHeaderLabels(
        {tr("Municipality"), tr("Value %1").arg(a.year), tr("Rank among these")});
    m_similarValues->setRowCount(int(peers.rows.size()));
    for (int row = 0; row < peers.rows.size(); ++row) {
        const Peers::Row& peer = peers.rows[row];
        auto* name = new QTableWidgetItem(unitName(peer.unitId));
        if (row == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_similarValues->setItem(row, 0, name);
        m_similarValues->setItem(
            row, 1,
            new QTableWidgetItem(peer.value ? ChartLabels::number(*peer.value, peers.decimals)
                                            : tr("No value")));
        m_similarValues->setItem(
            row, 2,
            new QTableWidgetItem(peer.rank ? QString::number(*peer.rank) : QStringLiteral("–")));
    }
}

void DeepAnalysisPage::refreshSources()
{
    m_filling = true;
    const QString id = currentIndicatorId();
    QList<SourceNote> notes;
    for (const SourceNote& note : analysis().sourceNotes) {
        if (note.indicatorId == id || note.indicatorId.isEmpty())
            notes << note;
    }
    m_sources->setRowCount(int(notes.size()));
    for (int row = 0; row < notes.size(); ++row) {
        auto* source = new QTableWidgetItem(notes[row].source);
        source->setData(Qt::UserRole, notes[row].id);
        auto* text = new QTableWidgetItem(notes[row].note);
        text->setData(Qt::UserRole, notes[row].id);
        m_sources->setItem(row, 0, source);
        m_sources->setItem(row, 1, text);
    }
    m_filling = false;
}

void DeepAnalysisPage::addSourceNote()
{
    SourceNote note;
    note.indicatorId = currentIndicatorId();
    note.source = tr("New source");
    if (apply(tr("Add source note"),
              [&](AnalysisState& s) { return s.items<SourceNote>().add(note) != 0; })) {
        refreshSources();
        m_sources->setCurrentCell(m_sources->rowCount() - 1, 0);
    }
}

void DeepAnalysisPage::removeSourceNote()
{
    QTableWidgetItem* item = m_sources->item(m_sources->currentRow(), 0);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (apply(tr("Remove source note"),
              [&](AnalysisState& s) { return s.items<SourceNote>().remove(id); }))
        refreshSources();
}

} // namespace jamfor
