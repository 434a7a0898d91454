// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indicators/indicatorbrowser.h"

#include "core/model/indicator.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/commands/documentnotifier.h"
#include "ui/commands/editsession.h"
#include "ui/indicators/indicatorfilterproxy.h"
#include "ui/indicators/indicatortablemodel.h"
#include "ui/indicators/newindicatordialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace jamfor {

namespace {

QComboBox* createBox(QWidget* parent, const QString& objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    return box;
}

QLabel* createValueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void selectData(QComboBox* box, const QVariant& data)
{
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

IndicatorBrowser::IndicatorBrowser(EditSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new IndicatorTableModel(this);
    m_proxy = new IndicatorFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IndicatorTableModel::IdColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IndicatorTableModel::TitleColumn, QHeaderView::Stretch);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("indicatorCountLabel"));

    auto* tablePanel = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_countLabel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(tablePanel);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 430});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorBrowser::showCurrentIndicator);
    connect(m_session.notifier(), &DocumentNotifier::indicatorsChanged, this,
            &IndicatorBrowser::onIndicatorsChanged);
    // An import may bring new indicators and suggestions for them.
    connect(m_session.notifier(), &DocumentNotifier::observationsImported, this,
            &IndicatorBrowser::reload);
    reload();
}

IndicatorBrowser::~IndicatorBrowser() = default;

QWidget* IndicatorBrowser::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("indicatorSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Id or words from the title"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_areaFilter = createBox(bar, QStringLiteral("areaFilterBox"));
    m_areaFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindFilter = createBox(bar, QStringLiteral("kindFilterBox"));
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindFilter->addItem(tr("All kinds"));
    for (IndicatorKind kind : enumValues<IndicatorKind>())
        m_kindFilter->addItem(enumLabel(kind), int(kind));
    m_newButton = new QPushButton(tr("New indicator…"), bar);
    m_newButton->setObjectName(QStringLiteral("newIndicatorButton"));
    m_confirmShownButton = new QPushButton(bar);
    m_confirmShownButton->setObjectName(QStringLiteral("confirmShownButton"));
    m_confirmShownButton->setToolTip(
        tr("Confirms the suggested kind and direction of every indicator the list shows. One "
           "step to undo."));

    const auto addCaption = [&](const QString& text, QWidget* buddy) {
        auto* caption = new QLabel(text, bar);
        caption->setBuddy(buddy);
        layout->addWidget(caption);
        layout->addWidget(buddy);
        layout->addSpacing(12);
    };
    addCaption(tr("&Search:"), m_searchEdit);
    addCaption(tr("&Area:"), m_areaFilter);
    addCaption(tr("&Kind:"), m_kindFilter);
    layout->addStretch();
    layout->addWidget(m_confirmShownButton);
    layout->addWidget(m_newButton);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &IndicatorBrowser::applyFilters);
    connect(m_areaFilter, &QComboBox::currentIndexChanged, this, &IndicatorBrowser::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &IndicatorBrowser::applyFilters);
    connect(m_newButton, &QPushButton::clicked, this, &IndicatorBrowser::createIndicator);
    connect(m_confirmShownButton, &QPushButton::clicked, this, &IndicatorBrowser::confirmShown);
    return bar;
}

QWidget* IndicatorBrowser::createDetails()
{
    m_details = new QWidget;
    m_details->setObjectName(QStringLiteral("indicatorDetails"));
    auto* layout = new QVBoxLayout(m_details);

    m_titleLabel = createValueLabel(m_details, QStringLiteral("indicatorTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    auto* facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_idLabel = createValueLabel(m_details, QStringLiteral("indicatorIdLabel"));
    m_unitLabel = createValueLabel(m_details, QStringLiteral("indicatorUnitLabel"));
    m_sourceLabel = createValueLabel(m_details, QStringLiteral("indicatorSourceLabel"));
    m_genderLabel = createValueLabel(m_details, QStringLiteral("indicatorGenderLabel"));
    m_perspectiveLabel = createValueLabel(m_details, QStringLiteral("indicatorPerspectiveLabel"));
    m_perspectiveLabel->setToolTip(
        tr("How Kolada files the indicator. It helps to choose the category below."));
    facts->addRow(tr("Id:"), m_idLabel);
    facts->addRow(tr("Unit of measure:"), m_unitLabel);
    facts->addRow(tr("Source:"), m_sourceLabel);
    facts->addRow(tr("By gender:"), m_genderLabel);
    facts->addRow(tr("Kolada's perspective:"), m_perspectiveLabel);
    layout->addLayout(facts);

    m_descriptionLabel = createValueLabel(m_details, QStringLiteral("indicatorDescriptionLabel"));
    m_descriptionLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_descriptionLabel);

    auto* edits = new QFormLayout;
    m_areaBox = createBox(m_details, QStringLiteral("indicatorAreaBox"));
    m_kindBox = createBox(m_details, QStringLiteral("indicatorKindBox"));
    for (IndicatorKind kind : enumValues<IndicatorKind>())
        m_kindBox->addItem(enumLabel(kind), int(kind));
    m_directionBox = createBox(m_details, QStringLiteral("indicatorDirectionBox"));
    for (Direction direction : enumValues<Direction>())
        m_directionBox->addItem(enumLabel(direction), int(direction));
    m_handbookTypeBox = createBox(m_details, QStringLiteral("indicatorHandbookTypeBox"));
    for (HandbookType type : enumValues<HandbookType>())
        m_handbookTypeBox->addItem(enumLabel(type), int(type));
    edits->addRow(tr("A&rea:"), m_areaBox);
    edits->addRow(tr("K&ind:"), m_kindBox);
    edits->addRow(tr("&Direction:"), m_directionBox);
    edits->addRow(tr("Indicator &type:"), m_handbookTypeBox);
    auto* editBox = new QWidget(m_details);
    editBox->setLayout(edits);
    layout->addSpacing(8);
    layout->addWidget(editBox);

    // Kolada says nothing of kind and direction: Jämför suggests them, and says so.
    m_suggestionLabel = new QLabel(m_details);
    m_suggestionLabel->setObjectName(QStringLiteral("indicatorSuggestionLabel"));
    m_suggestionLabel->setWordWrap(true);
    m_suggestionLabel->setText(
        tr("<b>Suggested:</b> the kind, direction and unit above are Jämför's suggestion from "
           "Kolada's description and the title. Check them and confirm, or change them; a "
           "confirmed choice is never changed by a later import."));
    m_suggestionLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4c2; color: #3d3000; padding: 6px; "
                       "border: 1px solid #e0c860; }"));
    m_confirmButton = new QPushButton(tr("&Confirm the suggestion"), m_details);
    m_confirmButton->setObjectName(QStringLiteral("confirmSuggestionButton"));
    layout->addWidget(m_suggestionLabel);
    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirmButton);
    confirmRow->addStretch();
    layout->addLayout(confirmRow);
    connect(m_confirmButton, &QPushButton::clicked, this, &IndicatorBrowser::confirmCurrent);

    auto* hint = new QLabel(tr("The direction decides the colours: with \"higher is better\" the "
                               "best quarter of the country is green ▲ and the worst red ▼. "
                               "Indicators without a direction, such as most costs, are not "
                               "coloured. The indicator type is the handbook's: structure, "
                               "process or outcome."),
                            m_details);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();

    connect(m_areaBox, &QComboBox::currentIndexChanged, this, &IndicatorBrowser::commitArea);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, &IndicatorBrowser::commitKind);
    connect(m_directionBox, &QComboBox::currentIndexChanged, this,
            &IndicatorBrowser::commitDirection);
    connect(m_handbookTypeBox, &QComboBox::currentIndexChanged, this,
            &IndicatorBrowser::commitHandbookType);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    return scroll;
}

void IndicatorBrowser::reload()
{
    QList<Indicator> indicators;
    try {
        const Catalog catalog(m_session.database());
        m_areas = catalog.areas();
        indicators = catalog.indicators();
    } catch (const Error& error) {
        m_session.reportError(error.message());
    }
    const QString current = currentIndicatorId();
    fillAreaBoxes();
    m_model->setIndicators(indicators, m_areas);
    applyFilters();
    if (!current.isEmpty())
        selectIndicator(current);
    showCurrentIndicator();
}

void IndicatorBrowser::fillAreaBoxes()
{
    const QVariant filter = m_areaFilter->currentData();
    {
        const QSignalBlocker blocker(m_areaFilter);
        m_areaFilter->clear();
        m_areaFilter->addItem(tr("All areas"));
        for (const Area& area : std::as_const(m_areas))
            m_areaFilter->addItem(area.name, area.id);
        m_areaFilter->addItem(tr("No area"), QString(QStringLiteral("")));
        m_areaFilter->setCurrentIndex(std::max(0, m_areaFilter->findData(filter)));
    }
    const QSignalBlocker blocker(m_areaBox);
    m_areaBox->clear();
    m_areaBox->addItem(tr("No area"), QString(QStringLiteral("")));
    for (const Area& area : std::as_const(m_areas))
        m_areaBox->addItem(area.name, area.id);
}

void IndicatorBrowser::onIndicatorsChanged(const QString& indicatorId)
{
    QList<Indicator> indicators;
    try {
        indicators = Catalog(m_session.database()).indicators();
    } catch (const Error& error) {
        m_session.reportError(error.message());
        return;
    }
    const QString current = currentIndicatorId();
    m_model->setIndicators(indicators, m_areas);
    applyFilters();
    // Show the indicator an edit, undo or redo changed, so the user sees what happened.
    if (m_model->rowOf(indicatorId) >= 0)
        selectIndicator(indicatorId);
    else if (!current.isEmpty())
        selectIndicator(current);
    showCurrentIndicator();
}

void IndicatorBrowser::applyFilters()
{
    m_proxy->setSearchText(m_searchEdit->text());
    const QVariant area = m_areaFilter->currentData();
    m_proxy->setAreaFilter(area.isValid() ? std::optional<QString>(area.toString()) : std::nullopt);
    const QVariant kind = m_kindFilter->currentData();
    m_proxy->setKindFilter(
        kind.isValid() ? std::optional<IndicatorKind>(IndicatorKind(kind.toInt())) : std::nullopt);
    int suggested = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        suggested += m_proxy->index(row, 0).data(IndicatorTableModel::SuggestedRole).toBool();
    m_countLabel->setText(
        suggested == 0
            ? tr("Showing %1 of %2 indicators").arg(m_proxy->rowCount()).arg(m_model->rowCount())
            : tr("Showing %1 of %2 indicators; %n with a suggested kind and direction", nullptr,
                 suggested)
                  .arg(m_proxy->rowCount())
                  .arg(m_model->rowCount()));
    m_confirmShownButton->setText(tr("Confirm %n suggestions", nullptr, suggested));
    m_confirmShownButton->setVisible(suggested > 0);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentIndicator();
}

QString IndicatorBrowser::currentIndicatorId() const
{
    const Indicator* indicator = currentIndicator();
    return indicator ? indicator->id : QString();
}

const Indicator* IndicatorBrowser::currentIndicator() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid() || index.row() >= m_model->indicators().size())
        return nullptr;
    return &m_model->indicators()[index.row()];
}

void IndicatorBrowser::selectIndicator(const QString& indicatorId)
{
    const int row = m_model->rowOf(indicatorId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // hidden by the filters
        const QSignalBlocker a(m_searchEdit), b(m_areaFilter), c(m_kindFilter);
        m_searchEdit->clear();
        m_areaFilter->setCurrentIndex(0);
        m_kindFilter->setCurrentIndex(0);
        applyFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void IndicatorBrowser::showCurrentIndicator()
{
    const Indicator* indicator = currentIndicator();
    m_details->setEnabled(indicator != nullptr);
    const Indicator none;
    const Indicator& shown = indicator ? *indicator : none;
    const QString missing = QStringLiteral("–");
    m_titleLabel->setText(indicator ? shown.title : tr("No indicator chosen"));
    m_idLabel->setText(shown.id);
    m_descriptionLabel->setText(shown.description);
    m_unitLabel->setText(shown.unitOfMeasure.isEmpty() ? missing : shown.unitOfMeasure);
    m_sourceLabel->setText(shown.source.isEmpty() ? missing : shown.source);
    m_genderLabel->setText(!indicator              ? QString()
                           : shown.dividedByGender ? tr("Women and men")
                                                   : tr("Total only"));
    m_perspectiveLabel->setText(shown.perspective.isEmpty() ? missing : shown.perspective);
    m_showing = true;
    selectData(m_areaBox, shown.areaId.isEmpty() ? QString(QStringLiteral("")) : shown.areaId);
    selectData(m_kindBox, int(shown.kind));
    selectData(m_directionBox, int(shown.direction));
    selectData(m_handbookTypeBox, int(shown.handbookType));
    m_showing = false;
    m_suggestionLabel->setVisible(indicator && !shown.confirmed);
    m_confirmButton->setVisible(indicator && !shown.confirmed);
}

void IndicatorBrowser::confirmCurrent()
{
    if (const Indicator* indicator = currentIndicator())
        m_session.confirmIndicators({indicator->id});
}

void IndicatorBrowser::confirmShown()
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IndicatorTableModel::SuggestedRole).toBool())
            ids << index.data(IndicatorTableModel::IndicatorIdRole).toString();
    }
    m_session.confirmIndicators(ids);
}

void IndicatorBrowser::createIndicator()
{
    const QVariant area = m_areaFilter->currentData();
    NewIndicatorDialog dialog(m_session, m_areas, area.isValid() ? area.toString() : QString(),
                              this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Indicator indicator = dialog.indicator();
    if (m_session.createIndicator(indicator))
        selectIndicator(indicator.id);
}

void IndicatorBrowser::commitArea()
{
    const Indicator* indicator = currentIndicator();
    if (!m_showing && indicator)
        m_session.setIndicatorArea(indicator->id, m_areaBox->currentData().toString());
}

void IndicatorBrowser::commitKind()
{
    const Indicator* indicator = currentIndicator();
    if (!m_showing && indicator)
        m_session.setIndicatorKind(indicator->id, IndicatorKind(m_kindBox->currentData().toInt()));
}

void IndicatorBrowser::commitDirection()
{
    const Indicator* indicator = currentIndicator();
    if (!m_showing && indicator)
        m_session.setIndicatorDirection(indicator->id,
                                        Direction(m_directionBox->currentData().toInt()));
}

void IndicatorBrowser::commitHandbookType()
{
    const Indicator* indicator = currentIndicator();
    if (!m_showing && indicator)
        m_session.setIndicatorHandbookType(indicator->id,
                                           HandbookType(m_handbookTypeBox->currentData().toInt()));
}

} // namespace jamfor
