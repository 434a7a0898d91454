// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/implementationpage.h"

#include "core/chartdata/chartlabels.h"
#include "core/handbook/followup.h"
#include "core/handbook/targetsuggestion.h"
#include "core/model/enumtable.h"
#include "core/storage/database.h"
#include "ui/wizard/analysiseditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jamfor {

namespace {

const QList<FollowUpFrequency> frequencies = enumValues<FollowUpFrequency>();
const QList<ActionStatus> statuses = enumValues<ActionStatus>();
// A QDateEdit cannot be empty: its minimum stands for "no date yet".
const QDate noDate(2000, 1, 1);

QTableWidget* planTable(int columns, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

ImplementationPage::ImplementationPage(AnalysisEditor& editor, QWidget* parent)
    : WizardPage(editor, AnalysisStep::Implementation, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createActions());
    auto* lower = new QHBoxLayout;
    lower->addWidget(createTargets(), 1);
    lower->addWidget(createFollowUp(), 1);
    layout->addLayout(lower);
}

QWidget* ImplementationPage::createActions()
{
    auto* box = new QGroupBox(tr("Action plan"), this);
    auto* layout = new QVBoxLayout(box);
    m_actions = planTable(ActionColumnCount,
                          {tr("Proposal"), tr("What"), tr("How"), tr("Who"), tr("When"),
                           tr("Followed up"), tr("If not met"), tr("Status")},
                          box);
    m_actions->setObjectName(QStringLiteral("actions"));
    QHeaderView* header = m_actions->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {WhatColumn, HowColumn, IfNotMetColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->resizeSection(ProposalColumn, 150);
    header->resizeSection(WhoColumn, 120);
    header->resizeSection(WhenColumn, 110);
    header->resizeSection(FrequencyColumn, 150);
    header->resizeSection(StatusColumn, 110);
    m_actions->setMinimumHeight(170);
    m_actions->setWordWrap(true);
    m_actions->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 12);
    layout->addWidget(m_actions);
    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("Add action"), QStringLiteral("addAction"), box);
    m_removeAction = button(tr("Remove action"), QStringLiteral("removeAction"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_removeAction);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImplementationPage::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &ImplementationPage::removeAction);
    connect(m_actions, &QTableWidget::itemChanged, this, &ImplementationPage::actionItemChanged);
    return box;
}

QWidget* ImplementationPage::createTargets()
{
    auto* box = new QGroupBox(tr("Target values"), this);
    auto* layout = new QVBoxLayout(box);
    m_targets =
        planTable(TargetColumnCount, {tr("Indicator"), tr("Year"), tr("Target"), tr("Note")}, box);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->horizontalHeader()->setSectionResizeMode(TargetIndicatorColumn,
                                                        QHeaderView::Stretch);
    m_targets->horizontalHeader()->resizeSection(TargetYearColumn, 80);
    m_targets->horizontalHeader()->resizeSection(TargetValueColumn, 100);
    m_targets->horizontalHeader()->resizeSection(TargetNoteColumn, 120);
    m_targets->setMinimumHeight(150);
    layout->addWidget(m_targets);
    m_targetProblem = new QLabel(box);
    m_targetProblem->setWordWrap(true);
    m_targetProblem->hide();
    layout->addWidget(m_targetProblem);
    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("Add target"), QStringLiteral("addTarget"), box);
    m_removeTarget = button(tr("Remove target"), QStringLiteral("removeTarget"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_removeTarget);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImplementationPage::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, &ImplementationPage::removeTarget);
    connect(m_targets, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != TargetNoteColumn)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const QString text = item->text();
        editTarget(id, tr("Edit target note"), [&](IndicatorTarget& t) { t.note = text; });
    });
    return box;
}

QWidget* ImplementationPage::createFollowUp()
{
    auto* box = new QGroupBox(tr("Follow-up against the newest values"), this);
    auto* layout = new QVBoxLayout(box);
    m_followUp = planTable(
        5, {tr("Indicator"), tr("Target"), tr("Start value"), tr("Newest value"), tr("Progress")},
        box);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_followUp->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_followUp->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_followUp->horizontalHeader()->resizeSection(4, 150);
    m_followUp->setMinimumHeight(150);
    layout->addWidget(m_followUp);
    return box;
}

void ImplementationPage::refresh()
{
    refreshActions();
    refreshTargets();
    refreshFollowUp();
}

void ImplementationPage::refreshActions()
{
    m_filling = true;
    const QList<PlannedAction>& actions = analysis().actions;
    m_actions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const PlannedAction& action = actions[row];
        const qint64 id = action.id;

        auto* proposal = new QComboBox(m_actions);
        proposal->addItem(tr("No proposal"), qint64(0));
        for (const Proposal& p : analysis().proposals) {
            if (p.chosen || p.id == action.proposalId)
                proposal->addItem(p.title, p.id);
        }
        proposal->setCurrentIndex(std::max(0, proposal->findData(action.proposalId)));
        connect(proposal, &QComboBox::currentIndexChanged, this, [this, id, proposal] {
            const qint64 value = proposal->currentData().toLongLong();
            editAction(id, tr("Change the action's proposal"),
                       [&](PlannedAction& a) { a.proposalId = value; });
        });
        m_actions->setCellWidget(row, ProposalColumn, proposal);

        const QList<QPair<int, QString>> texts = {{WhatColumn, action.what},
                                                  {HowColumn, action.how},
                                                  {WhoColumn, action.responsible},
                                                  {IfNotMetColumn, action.ifNotMet}};
        for (const auto& [column, text] : texts) {
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, id);
            m_actions->setItem(row, column, item);
        }

        auto* when = new QDateEdit(m_actions);
        when->setCalendarPopup(true);
        when->setMinimumDate(noDate);
        when->setSpecialValueText(tr("Choose date"));
        when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        when->setDate(action.due.isValid() ? action.due : noDate);
        connect(when, &QDateEdit::dateChanged, this, [this, id](QDate date) {
            const QDate value = date == noDate ? QDate() : date;
            editAction(id, tr("Change the action's date"),
                       [&](PlannedAction& a) { a.due = value; });
        });
        m_actions->setCellWidget(row, WhenColumn, when);

        auto* frequency = new QComboBox(m_actions);
        for (FollowUpFrequency f : frequencies)
            frequency->addItem(enumLabel(f), int(f));
        frequency->setCurrentIndex(int(frequencies.indexOf(action.frequency)));
        connect(frequency, &QComboBox::currentIndexChanged, this, [this, id, frequency] {
            const auto value = FollowUpFrequency(frequency->currentData().toInt());
            editAction(id, tr("Change how often the action is followed up"),
                       [&](PlannedAction& a) { a.frequency = value; });
        });
        m_actions->setCellWidget(row, FrequencyColumn, frequency);

        auto* status = new QComboBox(m_actions);
        for (ActionStatus s : statuses)
            status->addItem(enumLabel(s), int(s));
        status->setCurrentIndex(int(statuses.indexOf(action.status)));
        connect(status, &QComboBox::currentIndexChanged, this, [this, id, status] {
            const auto value = ActionStatus(status->currentData().toInt());
            editAction(id, tr("Change the action's status"),
                       [&](PlannedAction& a) { a.status = value; });
        });
        m_actions->setCellWidget(row, StatusColumn, status);
    }
    m_removeAction->setEnabled(!actions.isEmpty());
    m_filling = false;
}

void ImplementationPage::actionItemChanged(QTableWidgetItem* item)
{
    if (m_filling)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString text = item->text();
    switch (item->column()) {
    case WhatColumn:
        editAction(id, tr("Edit what is to be done"), [&](PlannedAction& a) { a.what = text; });
        break;
    case HowColumn:
        editAction(id, tr("Edit how it is done"), [&](PlannedAction& a) { a.how = text; });
        break;
    case WhoColumn:
        editAction(id, tr("Edit who is responsible"),
                   [&](PlannedAction& a) { a.responsible = text; });
        break;
    case IfNotMetColumn:
        editAction(id, tr("Edit what happens if it is not met"),
                   [&](PlannedAction& a) { a.ifNotMet = text; });
        break;
    default:
        break;
    }
}

void ImplementationPage::editAction(qint64 id, const QString& undoText,
                                    const std::function<void(PlannedAction&)>& change,
                                    const QString& mergeKey)
{
    if (m_filling)
        return;
    apply(
        undoText,
        [&](AnalysisState& s) {
            std::optional<PlannedAction> action = s.items<PlannedAction>().find(id);
            if (!action)
                return false;
            change(*action);
            return s.items<PlannedAction>().update(*action);
        },
        mergeKey);
}

void ImplementationPage::addAction()
{
    PlannedAction action;
    // The first chosen proposal that has no action yet, else the first chosen one.
    const QList<Proposal> chosen = state().chosenProposals();
    for (const Proposal& p : chosen) {
        if (state().actionsFor(p.id).isEmpty()) {
            action.proposalId = p.id;
            break;
        }
    }
    if (action.proposalId == 0 && !chosen.isEmpty())
        action.proposalId = chosen.constFirst().id;
    if (!apply(tr("Add action"),
               [&](AnalysisState& s) { return s.items<PlannedAction>().add(action) != 0; }))
        return;
    refreshActions();
    m_actions->setCurrentCell(m_actions->rowCount() - 1, WhatColumn);
}

void ImplementationPage::removeAction()
{
    const int row = m_actions->currentRow();
    if (row < 0 || row >= analysis().actions.size())
        return;
    const qint64 id = analysis().actions[row].id;
    if (apply(tr("Remove action"),
              [&](AnalysisState& s) { return s.items<PlannedAction>().remove(id); }))
        refreshActions();
}

void ImplementationPage::refreshTargets()
{
    m_filling = true;
    const QList<IndicatorTarget>& targets = analysis().targets;
    QStringList indicatorIds = state().takenForwardIds();
    for (const IndicatorTarget& t : targets) {
        if (!indicatorIds.contains(t.indicatorId))
            indicatorIds << t.indicatorId;
    }
    m_targets->setRowCount(int(targets.size()));
    for (int row = 0; row < targets.size(); ++row) {
        const IndicatorTarget& target = targets[row];
        const qint64 id = target.id;
        auto* indicator = new QComboBox(m_targets);
        for (const QString& indicatorId : indicatorIds)
            indicator->addItem(indicatorTitle(indicatorId), indicatorId);
        indicator->setCurrentIndex(std::max(0, indicator->findData(target.indicatorId)));
        connect(indicator, &QComboBox::currentIndexChanged, this, [this, id, indicator] {
            const QString value = indicator->currentData().toString();
            editTarget(id, tr("Change the target's indicator"),
                       [&](IndicatorTarget& t) { t.indicatorId = value; });
        });
        m_targets->setCellWidget(row, TargetIndicatorColumn, indicator);

        auto* year = new QSpinBox(m_targets);
        year->setRange(1900, 2200);
        year->setValue(target.year);
        connect(year, &QSpinBox::valueChanged, this, [this, id](int value) {
            editTarget(id, tr("Change the target year"),
                       [&](IndicatorTarget& t) { t.year = value; });
        });
        m_targets->setCellWidget(row, TargetYearColumn, year);

        auto* value = new QDoubleSpinBox(m_targets);
        value->setRange(-1e9, 1e9);
        value->setDecimals(1);
        value->setValue(target.value);
        connect(value, &QDoubleSpinBox::valueChanged, this, [this, id](double v) {
            editTarget(id, tr("Change the target value"), [&](IndicatorTarget& t) { t.value = v; });
        });
        m_targets->setCellWidget(row, TargetValueColumn, value);

        auto* note = new QTableWidgetItem(target.note);
        note->setData(Qt::UserRole, id);
        m_targets->setItem(row, TargetNoteColumn, note);
    }
    m_removeTarget->setEnabled(!targets.isEmpty());
    m_filling = false;
}

void ImplementationPage::editTarget(qint64 id, const QString& undoText,
                                    const std::function<void(IndicatorTarget&)>& change)
{
    if (m_filling)
        return;
    bool refused = false;
    apply(undoText, [&](AnalysisState& s) {
        std::optional<IndicatorTarget> target = s.items<IndicatorTarget>().find(id);
        if (!target)
            return false;
        change(*target);
        if (target == s.items<IndicatorTarget>().find(id))
            return false;
        refused = !s.items<IndicatorTarget>().update(*target);
        return !refused;
    });
    m_targetProblem->setText(refused ? tr("There is already a target for that indicator and "
                                          "year.")
                                     : QString());
    m_targetProblem->setVisible(refused);
    if (refused) // show the stored target again, once the widget's signal has returned
        QTimer::singleShot(0, this, &ImplementationPage::refreshTargets);
    refreshFollowUp();
}

void ImplementationPage::addTarget()
{
    const IndicatorTarget target = suggestedTarget(database(), analysis());
    if (target.indicatorId.isEmpty())
        return;
    if (apply(tr("Add target"),
              [&](AnalysisState& s) { return s.items<IndicatorTarget>().add(target) != 0; })) {
        refreshTargets();
        refreshFollowUp();
    }
}

void ImplementationPage::removeTarget()
{
    const int row = m_targets->currentRow();
    if (row < 0 || row >= analysis().targets.size())
        return;
    const qint64 id = analysis().targets[row].id;
    if (apply(tr("Remove target"),
              [&](AnalysisState& s) { return s.items<IndicatorTarget>().remove(id); })) {
        refreshTargets();
        refreshFollowUp();
    }
}

void ImplementationPage::refreshFollowUp()
{
    const QList<TargetFollowUp> followUps = followUpTargets(database(), analysis());
    m_followUp->setRowCount(int(followUps.size()));
    for (int row = 0; row < followUps.size(); ++row) {
        const TargetFollowUp& f = followUps[row];
        QList<double> numbers{f.target.value};
        if (f.baseline)
            numbers << f.baseline->value;
        if (f.latest)
            numbers << f.latest->value;
        const int decimals = ChartLabels::decimalsFor(numbers);
        const auto dated = [&](const std::optional<DatedValue>& v) {
            return v ? tr("%1 (%2)").arg(ChartLabels::number(v->value, decimals)).arg(v->year)
                     : tr("No value");
        };
        m_followUp->setItem(row, 0, new QTableWidgetItem(indicatorTitle(f.target.indicatorId)));
        m_followUp->setItem(
            row, 1,
            new QTableWidgetItem(tr("%1 (%2)")
                                     .arg(ChartLabels::number(f.target.value, decimals))
                                     .arg(f.target.year)));
        m_followUp->setItem(row, 2, new QTableWidgetItem(dated(f.baseline)));
        m_followUp->setItem(row, 3, new QTableWidgetItem(dated(f.latest)));
        auto* bar = new QProgressBar(m_followUp);
        bar->setRange(0, 100);
        bar->setValue(int(std::lround(f.share * 100)));
        bar->setFormat(enumLabel(f.progress));
        bar->setTextVisible(true);
        bar->setToolTip(tr("%1 % of the way from the start value to the target")
                            .arg(int(std::lround(f.share * 100))));
        m_followUp->setCellWidget(row, 4, bar);
    }
    m_followUp->resizeColumnsToContents();
    m_followUp->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace jamfor
