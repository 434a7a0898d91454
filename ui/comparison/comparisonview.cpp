// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison/comparisonview.h"

#include "core/analysis/similargroups.h"
#include "core/registry/kommungrupp.h"
#include "core/registry/unitregistry.h"
#include "core/report/reportsource.h"
#include "core/report/tableexport.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/comparison/colourclassdelegate.h"
#include "ui/comparison/comparisonsortproxy.h"
#include "ui/comparison/comparisontablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/widgets/selectioncopier.h"
#include "ui/widgets/wrappedheaderview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace jamfor {

namespace {
enum class ColumnChoice
{
    Indicators,
    Years
};
}

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* choices = new QHBoxLayout;
    const auto addChoice = [&](const QString& label, const QString& name) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(box);
        choices->addWidget(caption);
        choices->addWidget(box);
        choices->addSpacing(12);
        return box;
    };
    m_populationBox = addChoice(tr("Com&pare with:"), QStringLiteral("populationBox"));
    m_populationBox->setMinimumContentsLength(26);
    m_columnsBox = addChoice(tr("&Columns:"), QStringLiteral("columnsBox"));
    m_columnsBox->addItem(tr("All indicators, one year"), int(ColumnChoice::Indicators));
    m_columnsBox->addItem(tr("One indicator over the years"), int(ColumnChoice::Years));
    m_indicatorBox = addChoice(tr("&Indicator:"), QStringLiteral("indicatorBox"));
    m_indicatorBox->setMaximumWidth(420);
    choices->addStretch();
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Find municipality…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(180);
    choices->addWidget(m_filterEdit);
    auto* copyButton = new QPushButton(tr("Cop&y selection"), this);
    copyButton->setToolTip(tr("Copies the selected cells as a table that pastes into Excel."));
    connect(copyButton, &QPushButton::clicked, this, &ComparisonView::copySelection);
    choices->addWidget(copyButton);
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Saves the table as an Excel workbook (XLSX) or a CSV file."));
    connect(exportButton, &QPushButton::clicked, this, &ComparisonView::chooseFileAndExport);
    choices->addWidget(exportButton);
    layout->addLayout(choices);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_model = new ComparisonTableModel(this);
    m_proxy = new ComparisonSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_proxy);
    m_table->setHorizontalHeader(new WrappedHeaderView(4, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // population order until the user sorts
    m_table->setItemDelegate(
        new ColourClassDelegate(ComparisonTableModel::ColourClassRole, m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    // Kolada titles are long: they wrap over four lines and end in "…" instead of being cut
    // off at the top and bottom; the whole title is in the tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 4 + 10);
    m_table->setWordWrap(true);
    auto* copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ComparisonView::copySelection);
    m_table->addAction(copyAction);
    layout->addWidget(m_table, 1);

    for (QComboBox* box : {m_populationBox, m_columnsBox, m_indicatorBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ComparisonView::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ComparisonSortProxy::setNameFilter);
}

void ComparisonView::exportTable(const QString& path) const
{
    const ComparisonTable& shown = m_model->table();
    const ReportTable table = TableExport::fromComparisonTable(shown);
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        TableExport::writeCsv(table, path);
        return;
    }
    // The workbook names where the shown indicators' values came from ("Källa: Kolada").
    QStringList indicatorIds;
    for (const ComparisonTableColumn& column : shown.columns) {
        if (!indicatorIds.contains(column.indicator.id))
            indicatorIds << column.indicator.id;
    }
    const QString source =
        m_database ? ReportSource::forIndicators(*m_database, indicatorIds) : QString();
    TableExport::writeXlsx({table}, path, source);
}

void ComparisonView::chooseFileAndExport()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the comparison table"), tr("Comparison %1.xlsx").arg(m_year),
        tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    try {
        exportTable(path);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Could not export"), error.message());
    }
}

void ComparisonView::setContext(Database* database, const Network& network, const QString& areaId,
                                int year, Gender gender, int firstYear, const QString& focusUnitId)
{
    m_focusUnitId = focusUnitId;
    m_database = database;
    m_network = network;
    m_areaId = areaId;
    m_year = year;
    m_gender = gender;
    m_firstYear = firstYear;
    fillChoices();
    refresh();
}

void ComparisonView::fillChoices()
{
    const QSignalBlocker b1(m_populationBox);
    const QSignalBlocker b2(m_indicatorBox);
    const QString population = m_populationBox->currentData().toString();
    const QString indicator = m_indicatorBox->currentData().toString();
    m_populationBox->clear();
    m_indicatorBox->clear();
    if (!m_database)
        return;

    m_populationBox->addItem(tr("The network: %1").arg(m_network.name),
                             QStringLiteral("network:%1").arg(m_network.name));
    m_populationBox->addItem(tr("All municipalities"), QStringLiteral("country"));
    if (const Unit* focusUnit = UnitRegistry::instance().find(m_focusUnitId)) {
        const Unit* region =
            UnitRegistry::instance().find(QStringLiteral("00") + focusUnit->countyCode);
        m_populationBox->addItem(
            tr("The county: %1").arg(region ? region->name : focusUnit->countyCode),
            QStringLiteral("county:%1").arg(focusUnit->countyCode));
        if (!focusUnit->kommungrupp.isEmpty()) {
            m_populationBox->addItem(
                tr("The kommungrupp: %1").arg(Kommungrupper::displayName(focusUnit->kommungrupp)),
                QStringLiteral("kommungrupp:%1").arg(focusUnit->kommungrupp));
        }
        // Saved groups with the focus municipality, Kolada's similar municipalities first.
        const Catalog catalog(*m_database);
        const QString areaName = catalog.areaName(m_areaId);
        for (const UnitGroup& group : SimilarGroups::containing(catalog.unitGroups(), focusUnit->id,
                                                                focusUnit->name, areaName, 12))
            m_populationBox->addItem(tr("The group: %1").arg(group.name),
                                     QStringLiteral("group:%1").arg(group.name));
    }
    // The user's last choice, else the default population from the settings.
    int populationIndex = m_populationBox->findData(population);
    if (populationIndex < 0) {
        const QString preferred = AppSettings().defaultPopulation();
        for (int i = 0; i < m_populationBox->count() && populationIndex < 0; ++i) {
            if (m_populationBox->itemData(i).toString().startsWith(preferred))
                populationIndex = i;
        }
    }
    m_populationBox->setCurrentIndex(populationIndex >= 0 ? populationIndex : 0);

    for (const Indicator& i : Catalog(*m_database).indicatorsOf(m_areaId))
        m_indicatorBox->addItem(i.title, i.id);
    const int indicatorIndex = m_indicatorBox->findData(indicator);
    m_indicatorBox->setCurrentIndex(indicatorIndex >= 0 ? indicatorIndex : 0);
}

void ComparisonView::refresh()
{
    const bool years = m_columnsBox->currentData().toInt() == int(ColumnChoice::Years);
    m_indicatorBox->setEnabled(years);
    if (!m_database || m_year == 0) {
        m_model->setTable({});
        return;
    }
    ComparisonTableRequest request;
    const auto population = PopulationChoice::fromCode(m_populationBox->currentData().toString());
    if (!population)
        return;
    request.population = *population;
    request.networkId = m_network.id;
    request.areaId = m_areaId;
    request.year = m_year;
    request.firstYear = std::max(m_firstYear, m_year - 9);
    request.gender = m_gender;
    request.focusUnitId = m_focusUnitId;
    request.columns = years ? ComparisonTableRequest::Columns::Years
                            : ComparisonTableRequest::Columns::Indicators;
    if (years) {
        request.indicatorIds = {m_indicatorBox->currentData().toString()};
    } else {
        for (int i = 0; i < m_indicatorBox->count(); ++i)
            request.indicatorIds << m_indicatorBox->itemData(i).toString();
    }
    try {
        m_model->setTable(ComparisonTable::build(*m_database, request));
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Could not compare"), error.message());
        m_model->setTable({});
        return;
    }
    m_table->setColumnWidth(ComparisonTableModel::NameColumn, 190);
    if (!years) {
        for (int column = 1; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, 160);
    }
    m_table->resizeRowsToContents();
    m_caption->setText(
        tr("Colours and ranks among: %1. ▲ best quarter, ▼ worst quarter; ↑ ↓ change since the "
           "year before (the tooltip says whether it is better or worse). Click a column header "
           "to sort.")
            .arg(m_model->table().populationLabel));
}

void ComparisonView::copySelection() const
{
    copySelectionToClipboard(*m_table, ComparisonTableModel::ExportTextRole);
}

} // namespace jamfor
