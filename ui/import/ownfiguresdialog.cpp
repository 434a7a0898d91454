// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ownfiguresdialog.h"

#include "core/import/numberparser.h"
#include "core/import/observationimporter.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/import/conflictdialog.h"
#include "ui/import/importlabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jamfor {

namespace {

const QString problemStyle = QStringLiteral("QLabel { color: #A4000F; }");

QLabel* messageLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(problemStyle);
    label->setWordWrap(true);
    label->hide();
    return label;
}

// A combo box the user can type into to find an entry by any part of its text.
QComboBox* searchableBox(QWidget* parent, const char* name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(36);
    return box;
}

QString indicatorText(const Indicator& indicator)
{
    if (indicator.title.isEmpty() || indicator.title == indicator.id)
        return indicator.id;
    return QStringLiteral("%1 – %2").arg(indicator.id, indicator.title);
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool sameKey(const Observation& a, const Observation& b)
{
    return a.indicatorId == b.indicatorId && a.unitId == b.unitId && a.year == b.year &&
           a.gender == b.gender;
}

} // namespace

OwnFiguresDialog::OwnFiguresDialog(Database& database, const QString& focusUnitId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("ownFiguresDialog"));
    setWindowTitle(tr("Own figures"));

    auto* intro = new QLabel(tr("Type in figures that are not in Kolada yet, such as this "
                                "year's value from your own follow-up. Add each figure to the "
                                "list; Save stores the list as one import."),
                             this);
    intro->setWordWrap(true);

    m_unitBox = searchableBox(this, "unitBox");
    m_unitMessage = messageLabel(this, "unitMessage");
    m_indicatorBox = searchableBox(this, "indicatorBox");
    m_indicatorMessage = messageLabel(this, "indicatorMessage");
    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    m_yearBox->setRange(1900, 2200);
    m_yearBox->setGroupSeparatorShown(false);
    m_genderBox = new QComboBox(this);
    m_genderBox->setObjectName(QStringLiteral("genderBox"));
    for (Gender gender : enumValues<Gender>())
        m_genderBox->addItem(enumLabel(gender), int(gender));
    m_genderNote = new QLabel(this);
    m_genderNote->setObjectName(QStringLiteral("genderNote"));
    m_genderNote->setWordWrap(true);
    m_genderNote->setForegroundRole(QPalette::PlaceholderText);

    m_valueEdit = new QLineEdit(this);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_valueEdit->setPlaceholderText(tr("e.g. %1").arg(QLocale().toString(12.5)));
    m_statusBox = new QComboBox(this);
    m_statusBox->setObjectName(QStringLiteral("statusBox"));
    m_statusBox->addItem(tr("Value"), int(ValueGiven));
    for (ValueStatus status :
         {ValueStatus::Missing, ValueStatus::NotApplicable, ValueStatus::Confidential})
        m_statusBox->addItem(enumLabel(status), int(status));
    m_statusBox->setToolTip(tr("Choose a status instead of a value when there is no value"));
    m_valueMessage = messageLabel(this, "valueMessage");
    m_valueEdit->setMaximumWidth(200);
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueEdit);
    valueRow->addWidget(m_statusBox);
    valueRow->addStretch();

    m_addButton = new QPushButton(tr("&Add to list"), this);
    m_addButton->setObjectName(QStringLiteral("addFigureButton"));
    m_addButton->setAutoDefault(false);
    m_unitBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_indicatorBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    // Each field with its message under it; a message shows only when there is something to say.
    auto* form = new QFormLayout;
    const auto addRow = [&](const QString& label, QWidget* field, QLayout* fieldLayout,
                            QLabel* message) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        if (fieldLayout) {
            column->addLayout(fieldLayout);
        } else {
            auto* row = new QHBoxLayout;
            row->addWidget(field);
            if (field->sizePolicy().horizontalPolicy() != QSizePolicy::Expanding)
                row->addStretch();
            column->addLayout(row);
        }
        if (message)
            column->addWidget(message);
        form->addRow(caption, column);
    };
    addRow(tr("&Municipality:"), m_unitBox, nullptr, m_unitMessage);
    addRow(tr("&Indicator:"), m_indicatorBox, nullptr, m_indicatorMessage);
    addRow(tr("&Year:"), m_yearBox, nullptr, nullptr);
    auto* genderRow = new QHBoxLayout;
    genderRow->addWidget(m_genderBox);
    genderRow->addWidget(m_genderNote, 1);
    addRow(tr("&Gender:"), m_genderBox, genderRow, nullptr);
    addRow(tr("&Value:"), m_valueEdit, valueRow, m_valueMessage);
    auto* addButtonRow = new QHBoxLayout;
    addButtonRow->addWidget(m_addButton);
    addButtonRow->addStretch();
    form->addRow(QString(), addButtonRow);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Municipality"), tr("Indicator"), tr("Year"), tr("Gender"), tr("Value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_removeButton = new QPushButton(tr("&Remove from list"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFigureButton"));
    m_removeButton->setAutoDefault(false);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("ownFiguresResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveFiguresButton"));
    m_saveButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Figures to store:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_removeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);

    loadChoices(focusUnitId);
    refreshTable();
    resize(sizeHint().expandedTo(QSize(780, 560)));

    connect(m_indicatorBox, &QComboBox::currentTextChanged, this,
            &OwnFiguresDialog::indicatorChanged);
    connect(m_statusBox, &QComboBox::currentIndexChanged, this, &OwnFiguresDialog::statusChanged);
    connect(m_valueEdit, &QLineEdit::returnPressed, this, &OwnFiguresDialog::addFigure);
    connect(m_addButton, &QPushButton::clicked, this, &OwnFiguresDialog::addFigure);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_figures.removeAt(row);
        refreshTable();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_saveButton, &QPushButton::clicked, this, &OwnFiguresDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    indicatorChanged();
    statusChanged();
}

void OwnFiguresDialog::loadChoices(const QString& focusUnitId)
{
    const Catalog catalog(m_database);
    QList<Unit> units = catalog.municipalities();
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Unit& unit : units)
        m_unitBox->addItem(ImportLabels::unit(unit.id), unit.id);
    m_unitBox->setCurrentIndex(std::max(0, m_unitBox->findData(focusUnitId)));

    m_indicators = catalog.indicators();
    for (const Indicator& indicator : std::as_const(m_indicators))
        m_indicatorBox->addItem(indicatorText(indicator), indicator.id);
    if (m_indicators.isEmpty())
        showMessage(m_indicatorMessage, tr("The file has no indicators yet: import Kolada's "
                                           "indicator descriptions or create an indicator first."));

    const QList<int> years = catalog.years();
    m_yearBox->setValue(years.isEmpty() ? QDate::currentDate().year() - 1 : years.last());
}

std::optional<QString> OwnFiguresDialog::chosenUnit() const
{
    const QString text = m_unitBox->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int index = m_unitBox->findText(text, Qt::MatchFixedString);
    if (index < 0)
        index = m_unitBox->findData(text); // a typed code: "1435"
    if (index < 0) {
        // A typed name without the code: "tanum"
        for (int i = 0; i < m_unitBox->count() && index < 0; ++i) {
            if (m_unitBox->itemText(i)
                    .section(QStringLiteral(" ("), 0, 0)
                    .compare(text, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    if (index < 0)
        return std::nullopt;
    return m_unitBox->itemData(index).toString();
}

std::optional<Indicator> OwnFiguresDialog::chosenIndicator() const
{
    const QString text = m_indicatorBox->currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QString id = text.section(QLatin1Char(' '), 0, 0);
    for (const Indicator& indicator : m_indicators) {
        if (indicatorText(indicator).compare(text, Qt::CaseInsensitive) == 0 ||
            indicator.id.compare(id, Qt::CaseInsensitive) == 0)
            return indicator;
    }
    return std::nullopt;
}

void OwnFiguresDialog::indicatorChanged()
{
    const std::optional<Indicator> indicator = chosenIndicator();
    const bool divided = indicator && indicator->dividedByGender;
    if (!divided)
        m_genderBox->setCurrentIndex(m_genderBox->findData(int(Gender::Total)));
    m_genderBox->setEnabled(divided);
    m_genderNote->setText(indicator && !divided
                              ? tr("Total only: the indicator is not divided by gender.")
                              : QString());
}

void OwnFiguresDialog::statusChanged()
{
    const bool valueGiven = m_statusBox->currentData().toInt() == int(ValueGiven);
    m_valueEdit->setEnabled(valueGiven);
    if (!valueGiven)
        m_valueEdit->clear();
    showMessage(m_valueMessage, {});
}

void OwnFiguresDialog::clearMessages()
{
    showMessage(m_unitMessage, {});
    showMessage(m_indicatorMessage, {});
    showMessage(m_valueMessage, {});
}

bool OwnFiguresDialog::addFigure()
{
    clearMessages();
    bool valid = true;
    const std::optional<QString> unit = chosenUnit();
    if (!unit) {
        showMessage(m_unitMessage, tr("Choose a municipality from the list."));
        valid = false;
    }
    const std::optional<Indicator> indicator = chosenIndicator();
    if (!indicator) {
        showMessage(m_indicatorMessage, tr("Choose an indicator from the list."));
        valid = false;
    }

    Observation figure;
    const int status = m_statusBox->currentData().toInt();
    if (status != int(ValueGiven)) {
        figure.status = static_cast<ValueStatus>(status);
    } else {
        const QString text = m_valueEdit->text().trimmed();
        NumberParser parser(NumberParser::Decimal::Comma);
        const NumberParser::Result number = parser.parse(text.toUtf8(), 1);
        if (text.isEmpty()) {
            showMessage(m_valueMessage, tr("Enter a value, or choose a status such as Missing."));
            valid = false;
        } else if (number.kind == NumberParser::Kind::Value) {
            figure.value = number.value;
        } else if (number.kind == NumberParser::Kind::Invalid) {
            showMessage(m_valueMessage, tr("\"%1\" is not a number. Write it with a decimal comma, "
                                           "e.g. %2.")
                                            .arg(text.left(40), QLocale().toString(12.5)));
            valid = false;
        } else {
            // Kolada's markers typed in the value field: "-", "." or "..".
            figure.status = number.kind == NumberParser::Kind::Missing ? ValueStatus::Missing
                            : number.kind == NumberParser::Kind::NotApplicable
                                ? ValueStatus::NotApplicable
                                : ValueStatus::Confidential;
        }
    }
    if (!valid)
        return false;

    figure.unitId = *unit;
    figure.indicatorId = indicator->id;
    figure.year = m_yearBox->value();
    figure.gender = static_cast<Gender>(m_genderBox->currentData().toInt());
    const auto same = std::find_if(m_figures.begin(), m_figures.end(),
                                   [&](const Observation& o) { return sameKey(o, figure); });
    if (same != m_figures.end()) {
        *same = figure;
        showResult(tr("The figure for this municipality, indicator, year and gender was already "
                      "in the list; it now has the new value."),
                   false);
    } else {
        m_figures.append(figure);
        m_resultLabel->clear();
    }
    m_valueEdit->clear();
    m_statusBox->setCurrentIndex(0);
    refreshTable();
    m_valueEdit->setFocus();
    return true;
}

void OwnFiguresDialog::refreshTable()
{
    m_table->setRowCount(int(m_figures.size()));
    for (int row = 0; row < m_figures.size(); ++row) {
        const Observation& figure = m_figures[row];
        QString indicator = figure.indicatorId;
        for (const Indicator& known : std::as_const(m_indicators))
            if (known.id == figure.indicatorId)
                indicator = indicatorText(known);
        const QStringList cells{ImportLabels::unit(figure.unitId), indicator,
                                QString::number(figure.year), enumLabel(figure.gender),
                                ImportLabels::value(figure)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 2 || column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
}

void OwnFiguresDialog::showResult(const QString& text, bool problem)
{
    m_resultLabel->setStyleSheet(problem ? problemStyle : QString());
    m_resultLabel->setText(text);
}

void OwnFiguresDialog::save()
{
    // A value typed but not added yet is meant to be saved too.
    if (!m_valueEdit->text().trimmed().isEmpty() && !addFigure())
        return;
    if (m_figures.isEmpty()) {
        showResult(tr("Add at least one figure to the list first."), true);
        return;
    }
    // A dry run first: values that differ from stored ones are shown for one decision.
    ImportResult preview;
    try {
        ImportOptions options;
        options.dryRun = true;
        preview = ObservationImporter(m_database).importOwnFigures(m_figures, options);
    } catch (const Error& error) {
        showResult(tr("%1\nNothing was stored.").arg(error.message()), true);
        return;
    }
    if (preview.conflictCount == 0) {
        store(ConflictPolicy::Fail);
        return;
    }
    auto* dialog = new ConflictDialog(tr("your figures"), preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->decision() == ConflictPolicy::Fail)
            showResult(tr("Saving was cancelled; nothing was stored."), false);
        else
            store(dialog->decision());
    });
    dialog->open();
}

void OwnFiguresDialog::store(ConflictPolicy policy)
{
    try {
        ImportOptions options;
        options.onConflict = policy;
        const ImportResult result =
            ObservationImporter(m_database).importOwnFigures(m_figures, options);
        showResult(tr("Stored: %1.").arg(ImportLabels::summary(result)), false);
    } catch (const Error& error) {
        showResult(tr("%1\nNothing was stored.").arg(error.message()), true);
        return;
    }
    m_figures.clear();
    refreshTable();
    emit imported();
}

void OwnFiguresDialog::reject()
{
    if (!m_figures.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Figures not stored"),
            tr("%1 figures in the list have not been stored. Close without storing them?")
                .arg(m_figures.size()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace jamfor
