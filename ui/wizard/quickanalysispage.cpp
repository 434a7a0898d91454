// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/quickanalysispage.h"

#include "core/chartdata/chartlabels.h"
#include "core/model/enumtable.h"
#include "core/model/indicator.h"
#include "core/registry/kommungrupp.h"
#include "core/util/error.h"
#include "ui/comparison/colourclassdelegate.h"
#include "ui/wizard/analysiseditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

const QList<Judgement> judgements = enumValues<Judgement>();
const QList<HandbookType> types = enumValues<HandbookType>();

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

QuickAnalysisPage::QuickAnalysisPage(AnalysisEditor& editor, QWidget* parent)
    : WizardPage(editor, AnalysisStep::QuickAnalysis, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("quickAnalysisIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("quickAnalysisTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Take\nforward"), tr("Indicator"), tr("Value"), tr("Colour"), tr("Riket"),
         tr("Kommun-\ngruppen"), tr("Rank"), tr("Change since\nlast year"), tr("Women\n− men"),
         tr("Judgement"), tr("Type"), tr("Note")});
    m_table->horizontalHeaderItem(CountryColumn)
        ->setToolTip(tr("The country's value (Riket, 0000) in the same year."));
    m_table->horizontalHeaderItem(ColourColumn)
        ->setToolTip(tr("Green is the best quarter of the comparison group, yellow the middle "
                        "half and red the worst quarter; no colour when the indicator has no "
                        "better direction."));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Real Kolada titles are long: the title keeps a readable width (the table scrolls
    // sideways on a small screen) instead of being squeezed to a few letters per line.
    header->setSectionResizeMode(IndicatorColumn, QHeaderView::Interactive);
    header->resizeSection(IndicatorColumn, fontMetrics().averageCharWidth() * 42);
    header->setStretchLastSection(true);
    // Combo boxes in cells are not measured by ResizeToContents.
    header->setSectionResizeMode(JudgementColumn, QHeaderView::Interactive);
    header->resizeSection(JudgementColumn, 140);
    header->setSectionResizeMode(TypeColumn, QHeaderView::Interactive);
    header->resizeSection(TypeColumn, 150);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    header->resizeSection(NoteColumn, 140);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(380);
    m_table->setItemDelegateForColumn(ColourColumn,
                                      new ColourClassDelegate(Qt::UserRole + 1, m_table));
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("takenForwardCount"));
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    connect(m_table, &QTableWidget::itemChanged, this, &QuickAnalysisPage::itemChanged);
}

int QuickAnalysisPage::rowOf(const QString& indicatorId) const
{
    for (int row = 0; row < m_overview.rows.size(); ++row) {
        if (m_overview.rows[row].indicator.id == indicatorId)
            return row;
    }
    return -1;
}

void QuickAnalysisPage::refresh()
{
    const Analysis& a = analysis();
    try {
        m_overview = QuickAnalysis::build(database(), a);
    } catch (const Error& error) {
        m_overview = {};
        m_intro->setText(error.message());
    }
    if (!m_overview.rows.isEmpty()) {
        m_intro->setText(tr("%1 in %2 compared with %3. Judge each indicator, then tick the few "
                            "you take forward to the in-depth analysis.")
                             .arg(unitName(a.focusUnitId))
                             .arg(a.year)
                             .arg(m_overview.populationLabel));
        if (!m_overview.kommungrupp.isEmpty())
            m_intro->setText(m_intro->text() + u' ' +
                             tr("Riket and the mean of %1 stand beside the value.")
                                 .arg(Kommungrupper::populationLabel(m_overview.kommungrupp)));
    }
    m_filling = true;
    m_table->setRowCount(int(m_overview.rows.size()));
    for (int row = 0; row < m_overview.rows.size(); ++row)
        fillRow(row, m_overview.rows[row]);
    m_table->resizeRowsToContents();
    m_table->doItemsLayout(); // places the new cell widgets before the next paint
    m_filling = false;
    updateCount();
}

void QuickAnalysisPage::fillRow(int row, const QuickAnalysisRow& data)
{
    const QString id = data.indicator.id;
    const AnalysisIndicator entry = state().indicator(id);

    auto* take = new QTableWidgetItem;
    take->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    take->setCheckState(entry.takenForward ? Qt::Checked : Qt::Unchecked);
    take->setData(Qt::UserRole, id);
    m_table->setItem(row, TakeForwardColumn, take);

    auto* title = readOnlyItem(data.indicator.title);
    title->setToolTip(
        QStringLiteral("%1 · %2\n%3")
            .arg(id, enumLabel(data.indicator.direction), data.indicator.description));
    m_table->setItem(row, IndicatorColumn, title);

    QList<double> shown;
    if (data.value)
        shown << *data.value;
    if (data.change)
        shown << data.change->delta;
    const int decimals = ChartLabels::decimalsFor(shown);
    m_table->setItem(
        row, ValueColumn,
        readOnlyItem(data.value ? ChartLabels::number(*data.value, decimals) : tr("No value")));

    auto* colour = readOnlyItem(enumLabel(data.colour));
    colour->setData(Qt::UserRole + 1, int(data.colour));
    m_table->setItem(row, ColourColumn, colour);

    QList<double> yardsticks;
    for (const auto& value : {data.country, data.kommungruppMean}) {
        if (value)
            yardsticks << *value;
    }
    const int yardstickDecimals = ChartLabels::decimalsFor(yardsticks + shown);
    m_table->setItem(row, CountryColumn,
                     readOnlyItem(data.country
                                      ? ChartLabels::number(*data.country, yardstickDecimals)
                                      : QStringLiteral("–")));
    auto* group = readOnlyItem(data.kommungruppMean
                                   ? ChartLabels::number(*data.kommungruppMean, yardstickDecimals)
                                   : QStringLiteral("–"));
    group->setToolTip(
        tr("Unweighted mean of %n municipalities of %1", nullptr, data.kommungruppCount)
            .arg(Kommungrupper::populationLabel(m_overview.kommungrupp)));
    m_table->setItem(row, KommungruppColumn, group);

    m_table->setItem(row, RankColumn,
                     readOnlyItem(data.rank ? tr("%1 of %2").arg(*data.rank).arg(data.rankedCount)
                                            : QStringLiteral("–")));

    auto* change = readOnlyItem(QStringLiteral("–"));
    if (data.change) {
        change->setText(ChartLabels::signedNumber(data.change->delta, decimals));
        // Better in green, worse in red; the word is in the tooltip.
        change->setToolTip(verdictLabel(data.change->verdict));
        if (data.change->verdict == Verdict::Better)
            change->setForeground(QColor(0x1b, 0x5e, 0x20));
        else if (data.change->verdict == Verdict::Worse)
            change->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    m_table->setItem(row, ChangeColumn, change);

    QString gap = data.indicator.dividedByGender ? QStringLiteral("–") : tr("Not divided");
    if (const auto g = data.genderGap())
        gap = ChartLabels::signedNumber(*g, ChartLabels::decimalsFor({*data.women, *data.men}));
    m_table->setItem(row, GenderGapColumn, readOnlyItem(gap));

    auto* judgement = new QComboBox(m_table);
    judgement->setObjectName(QStringLiteral("judgement_%1").arg(id));
    for (Judgement j : judgements)
        judgement->addItem(enumLabel(j), int(j));
    judgement->setCurrentIndex(int(judgements.indexOf(entry.judgement)));
    connect(judgement, &QComboBox::currentIndexChanged, this, [this, id, judgement] {
        const auto value = Judgement(judgement->currentData().toInt());
        apply(tr("Judge %1").arg(id), [&](AnalysisState& s) { return s.setJudgement(id, value); });
    });
    m_table->setCellWidget(row, JudgementColumn, judgement);

    auto* type = new QComboBox(m_table);
    type->setObjectName(QStringLiteral("type_%1").arg(id));
    for (HandbookType t : types) {
        type->addItem(t == HandbookType::Unspecified
                          ? tr("%1 (indicator)").arg(enumLabel(data.indicator.handbookType))
                          : enumLabel(t),
                      int(t));
    }
    type->setCurrentIndex(int(types.indexOf(entry.handbookType)));
    connect(type, &QComboBox::currentIndexChanged, this, [this, id, type] {
        const auto value = HandbookType(type->currentData().toInt());
        apply(tr("Set the type of %1").arg(id),
              [&](AnalysisState& s) { return s.setIndicatorType(id, value); });
    });
    m_table->setCellWidget(row, TypeColumn, type);

    auto* note = new QTableWidgetItem(entry.note);
    note->setData(Qt::UserRole, id);
    note->setToolTip(tr("Double-click to write a short note on the judgement."));
    m_table->setItem(row, NoteColumn, note);
}

void QuickAnalysisPage::itemChanged(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (item->column() == TakeForwardColumn) {
        const bool take = item->checkState() == Qt::Checked;
        apply(take ? tr("Take %1 forward").arg(id) : tr("Leave %1 out").arg(id),
              [&](AnalysisState& s) { return s.setTakenForward(id, take); });
        updateCount();
    } else if (item->column() == NoteColumn) {
        const QString text = item->text();
        apply(tr("Edit note on %1").arg(id),
              [&](AnalysisState& s) { return s.setIndicatorNote(id, text); });
    }
}

void QuickAnalysisPage::updateCount()
{
    const int count = state().takenForwardCount();
    QString text = tr("%n indicator(s) taken forward.", nullptr, count);
    if (state().tooManyTakenForward()) {
        text += QLatin1Char(' ') + tr("That is many: the handbook advises keeping to a few (at "
                                      "most %1) so that the analysis can go deep.")
                                       .arg(AnalysisState::recommendedMaxIndicators);
        m_count->setStyleSheet(QStringLiteral("color: #a35a00; font-weight: bold;"));
    } else {
        text += QLatin1Char(' ') +
                tr("Keep to a few, at most %1.").arg(AnalysisState::recommendedMaxIndicators);
        m_count->setStyleSheet(QString());
    }
    m_count->setText(text);
}

} // namespace jamfor
