// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/preparationpage.h"

#include "core/chartdata/chartlabels.h"
#include "core/handbook/datacheck.h"
#include "core/handbook/handbook.h"
#include "core/model/enumtable.h"
#include "core/model/network.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "ui/wizard/analysiseditor.h"
#include "ui/wizard/analysisscopeform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

constexpr int personIdRole = Qt::UserRole;
constexpr int participantIdRole = Qt::UserRole + 1;

QGroupBox* groupBox(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    return box;
}

} // namespace

PreparationPage::PreparationPage(AnalysisEditor& editor, QWidget* parent)
    : WizardPage(editor, AnalysisStep::Preparation, parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(createMandateBox(), 0, 0);
    grid->addWidget(createScopeBox(), 1, 0);
    grid->addWidget(createParticipantsBox(), 2, 0);
    grid->addWidget(createTimePlanBox(), 0, 1, 2, 1);
    grid->addWidget(createChecklistBox(), 2, 1);
    grid->addWidget(createDataCheckBox(), 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

QWidget* PreparationPage::createMandateBox()
{
    auto* box = groupBox(tr("Mandate and purpose"), this);
    auto* layout = new QVBoxLayout(box);
    m_purpose = addTextField(QStringLiteral("purpose"),
                             tr("Purpose: what do you want to find out, and what should the "
                                "analysis lead to?"),
                             3, tr("Edit purpose"),
                             [](AnalysisState& s, const QString& t) { return s.setPurpose(t); });
    m_mandate = addTextField(QStringLiteral("mandate"),
                             tr("Mandate: who asked for the analysis, and who receives the "
                                "result and when?"),
                             3, tr("Edit mandate"),
                             [](AnalysisState& s, const QString& t) { return s.setMandate(t); });
    layout->addWidget(new QLabel(tr("Purpose:"), box));
    layout->addWidget(m_purpose);
    layout->addWidget(new QLabel(tr("Mandate:"), box));
    layout->addWidget(m_mandate);
    return box;
}

QWidget* PreparationPage::createScopeBox()
{
    auto* box = groupBox(tr("Area and comparison"), this);
    auto* layout = new QVBoxLayout(box);
    m_scope = new AnalysisScopeForm(database(), box);
    layout->addWidget(m_scope);
    connect(m_scope, &AnalysisScopeForm::edited, this, [this] {
        const Analysis next = m_scope->applyTo(analysis());
        apply(
            tr("Change the frame of the analysis"),
            [&](AnalysisState& s) {
                bool changed = s.setTitle(next.title);
                changed |= s.setComparisonKind(next.comparisonKind);
                changed |= s.setNetworkId(next.networkId);
                changed |= s.setComparisonKey(next.comparisonKey);
                changed |= s.setUnitGroupId(next.unitGroupId);
                changed |= s.setAreaId(next.areaId);
                changed |= s.setFocusUnitId(next.focusUnitId);
                changed |= s.setYear(next.year);
                return changed;
            },
            QStringLiteral("scope"));
        refreshParticipants();
        refreshDataCheck();
    });
    return box;
}

QWidget* PreparationPage::createParticipantsBox()
{
    auto* box = groupBox(tr("Participants"), this);
    auto* layout = new QVBoxLayout(box);
    auto* hint =
        new QLabel(tr("Tick the people of the network who take part. Add others by name."), box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_participants = new QListWidget(box);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setMinimumHeight(110);
    layout->addWidget(m_participants);
    auto* row = new QHBoxLayout;
    m_outsideName = new QLineEdit(box);
    m_outsideName->setObjectName(QStringLiteral("outsideParticipant"));
    m_outsideName->setPlaceholderText(tr("Name of someone outside the network"));
    auto* add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addParticipant"));
    row->addWidget(m_outsideName, 1);
    row->addWidget(add);
    layout->addLayout(row);
    connect(m_participants, &QListWidget::itemChanged, this, &PreparationPage::participantToggled);
    connect(add, &QPushButton::clicked, this, &PreparationPage::addOutsideParticipant);
    connect(m_outsideName, &QLineEdit::returnPressed, this,
            &PreparationPage::addOutsideParticipant);
    return box;
}

QWidget* PreparationPage::createTimePlanBox()
{
    auto* box = groupBox(tr("Time plan and meetings"), this);
    auto* layout = new QVBoxLayout(box);
    m_timePlan = addTextField(
        QStringLiteral("timePlan"), tr("When do you start and finish, and when do you report?"), 2,
        tr("Edit time plan"), [](AnalysisState& s, const QString& t) { return s.setTimePlan(t); });
    layout->addWidget(m_timePlan);
    m_meetings = new QTableWidget(0, 3, box);
    m_meetings->setObjectName(QStringLiteral("meetings"));
    m_meetings->setHorizontalHeaderLabels({tr("Date"), tr("Step"), tr("What")});
    // The cells hold editors, which ResizeToContents does not measure.
    m_meetings->horizontalHeader()->resizeSection(0, 130);
    m_meetings->horizontalHeader()->resizeSection(1, 150);
    m_meetings->horizontalHeader()->setStretchLastSection(true);
    m_meetings->verticalHeader()->hide();
    m_meetings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetings->setMinimumHeight(150);
    layout->addWidget(m_meetings);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add meeting"), box);
    add->setObjectName(QStringLiteral("addMeeting"));
    m_removeMeeting = new QPushButton(tr("Remove meeting"), box);
    m_removeMeeting->setObjectName(QStringLiteral("removeMeeting"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeMeeting);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PreparationPage::addMeeting);
    connect(m_removeMeeting, &QPushButton::clicked, this, &PreparationPage::removeMeeting);
    connect(m_meetings, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || item->column() != 2)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const QString text = item->text();
        setMeetingField(
            id, [&](AnalysisMeeting& m) { m.title = text; }, tr("Edit meeting"));
    });
    return box;
}

QWidget* PreparationPage::createChecklistBox()
{
    auto* box = groupBox(tr("Readiness checklist"), this);
    auto* layout = new QVBoxLayout(box);
    m_checklist = new QListWidget(box);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setMinimumHeight(150);
    layout->addWidget(m_checklist);
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool done = item->checkState() == Qt::Checked;
        apply(done ? tr("Tick checklist point") : tr("Untick checklist point"),
              [&](AnalysisState& s) { return s.setChecklistItemDone(id, done); });
    });
    return box;
}

QWidget* PreparationPage::createDataCheckBox()
{
    auto* box = groupBox(tr("Data check"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_dataSummary = new QLabel(box);
    m_dataSummary->setObjectName(QStringLiteral("dataCheckSummary"));
    m_dataSummary->setWordWrap(true);
    auto* import = new QPushButton(tr("Import data…"), box);
    import->setObjectName(QStringLiteral("importData"));
    row->addWidget(m_dataSummary, 1);
    row->addWidget(import);
    layout->addLayout(row);
    m_dataTable = new QTableWidget(0, 3, box);
    m_dataTable->setObjectName(QStringLiteral("dataCheck"));
    m_dataTable->setHorizontalHeaderLabels({tr("Indicator"), tr("Status"), tr("Value")});
    m_dataTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dataTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_dataTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_dataTable->verticalHeader()->hide();
    m_dataTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dataTable->setMinimumHeight(200);
    layout->addWidget(m_dataTable);
    connect(import, &QPushButton::clicked, this, &PreparationPage::importRequested);
    return box;
}

void PreparationPage::refresh()
{
    const Analysis& a = analysis();
    showText(m_purpose, a.purpose);
    showText(m_mandate, a.mandate);
    showText(m_timePlan, a.timePlan);
    m_scope->setAnalysis(a);
    refreshParticipants();
    refreshMeetings();
    refreshChecklist();
    refreshDataCheck();
}

void PreparationPage::refreshParticipants()
{
    const Analysis& a = analysis();
    m_network = a.networkId ? Catalog(database()).network(a.networkId) : std::nullopt;
    m_filling = true;
    m_participants->clear();
    QSet<qint64> listed;
    if (m_network) {
        for (const Person& person : m_network->people) {
            QString text = person.name;
            const QString role = enumLabel(person.role);
            if (!person.unitId.isEmpty())
                text += tr(" – %1, %2").arg(role, unitName(person.unitId));
            else
                text += tr(" – %1").arg(role);
            auto* item = new QListWidgetItem(text, m_participants);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setData(personIdRole, person.id);
            qint64 participantId = 0;
            for (const AnalysisParticipant& p : a.participants) {
                if (p.personId == person.id)
                    participantId = p.id;
            }
            item->setData(participantIdRole, participantId);
            item->setCheckState(participantId ? Qt::Checked : Qt::Unchecked);
            listed.insert(participantId);
        }
    }
    for (const AnalysisParticipant& p : a.participants) {
        if (listed.contains(p.id))
            continue;
        // Someone outside the network (or a person since removed from it).
        auto* item = new QListWidgetItem(p.name, m_participants);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(personIdRole, qint64(0));
        item->setData(participantIdRole, p.id);
        item->setCheckState(Qt::Checked);
    }
    m_filling = false;
}

void PreparationPage::participantToggled(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const qint64 personId = item->data(personIdRole).toLongLong();
    const qint64 participantId = item->data(participantIdRole).toLongLong();
    if (item->checkState() == Qt::Checked && participantId == 0 && m_network) {
        for (const Person& person : m_network->people) {
            if (person.id != personId)
                continue;
            qint64 added = 0;
            apply(tr("Add participant %1").arg(person.name), [&](AnalysisState& s) {
                added = s.addParticipantFromPerson(person);
                return added != 0;
            });
            const QSignalBlocker blocker(m_participants);
            item->setData(participantIdRole, added);
        }
    } else if (item->checkState() == Qt::Unchecked && participantId != 0) {
        apply(tr("Remove participant"), [&](AnalysisState& s) {
            return s.items<AnalysisParticipant>().remove(participantId);
        });
        if (personId == 0) {
            // Someone outside the network leaves the list when unticked.
            delete item;
        } else {
            const QSignalBlocker blocker(m_participants);
            item->setData(participantIdRole, qint64(0));
        }
    }
}

void PreparationPage::addOutsideParticipant()
{
    const QString name = m_outsideName->text().trimmed();
    if (name.isEmpty())
        return;
    AnalysisParticipant participant;
    participant.name = name;
    if (apply(tr("Add participant %1").arg(name), [&](AnalysisState& s) {
            return s.items<AnalysisParticipant>().add(participant) != 0;
        })) {
        m_outsideName->clear();
        refreshParticipants();
    }
}

void PreparationPage::refreshMeetings()
{
    m_filling = true;
    const QList<AnalysisMeeting>& meetings = analysis().meetings;
    m_meetings->setRowCount(int(meetings.size()));
    for (int row = 0; row < meetings.size(); ++row) {
        const AnalysisMeeting& meeting = meetings[row];
        const qint64 id = meeting.id;
        auto* date =
            new QDateEdit(meeting.date.isValid() ? meeting.date : QDate::currentDate(), m_meetings);
        date->setCalendarPopup(true);
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(date, &QDateEdit::dateChanged, this, [this, id](QDate value) {
            setMeetingField(
                id, [&](AnalysisMeeting& m) { m.date = value; }, tr("Change meeting date"));
        });
        m_meetings->setCellWidget(row, 0, date);
        auto* step = new QComboBox(m_meetings);
        step->addItem(tr("Whole analysis"), 0);
        for (int s = 1; s <= analysisStepCount; ++s)
            step->addItem(tr("Step %1").arg(s), s);
        step->setCurrentIndex(std::clamp(meeting.step, 0, analysisStepCount));
        connect(step, &QComboBox::currentIndexChanged, this, [this, id, step] {
            const int value = step->currentData().toInt();
            setMeetingField(
                id, [&](AnalysisMeeting& m) { m.step = value; }, tr("Change meeting step"));
        });
        m_meetings->setCellWidget(row, 1, step);
        auto* title = new QTableWidgetItem(meeting.title);
        title->setData(Qt::UserRole, id);
        m_meetings->setItem(row, 2, title);
    }
    m_removeMeeting->setEnabled(!meetings.isEmpty());
    m_filling = false;
}

void PreparationPage::setMeetingField(qint64 id,
                                      const std::function<void(AnalysisMeeting&)>& change,
                                      const QString& undoText)
{
    if (m_filling)
        return;
    apply(undoText, [&](AnalysisState& s) {
        std::optional<AnalysisMeeting> meeting = s.items<AnalysisMeeting>().find(id);
        if (!meeting)
            return false;
        change(*meeting);
        return s.items<AnalysisMeeting>().update(*meeting);
    });
}

void PreparationPage::addMeeting()
{
    const QList<AnalysisMeeting>& meetings = analysis().meetings;
    AnalysisMeeting meeting;
    // The next meeting a fortnight after the last one, about the next step.
    const QDate last = meetings.isEmpty() ? QDate::currentDate() : meetings.constLast().date;
    meeting.date = last.addDays(meetings.isEmpty() ? 7 : 14);
    meeting.step = std::min(int(meetings.size()) + 1, analysisStepCount);
    meeting.title = tr("Meeting %1").arg(meetings.size() + 1);
    if (apply(tr("Add meeting"),
              [&](AnalysisState& s) { return s.items<AnalysisMeeting>().add(meeting) != 0; })) {
        refreshMeetings();
        m_meetings->setCurrentCell(m_meetings->rowCount() - 1, 2);
    }
}

void PreparationPage::removeMeeting()
{
    const int row =
        m_meetings->currentRow() >= 0 ? m_meetings->currentRow() : m_meetings->rowCount() - 1;
    if (row < 0)
        return;
    const qint64 id = analysis().meetings.value(row).id;
    if (apply(tr("Remove meeting"),
              [&](AnalysisState& s) { return s.items<AnalysisMeeting>().remove(id); }))
        refreshMeetings();
}

void PreparationPage::refreshChecklist()
{
    m_filling = true;
    m_checklist->clear();
    for (const ChecklistItem& point : analysis().checklist) {
        auto* item = new QListWidgetItem(point.text, m_checklist);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, point.id);
        item->setCheckState(point.done ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void PreparationPage::refreshDataCheck()
{
    const Analysis& a = analysis();
    const DataCheck check = DataCheck::run(database(), a.areaId, a.focusUnitId, a.year);
    m_dataTable->setRowCount(int(check.items.size()));
    const QLocale locale;
    for (int row = 0; row < check.items.size(); ++row) {
        const DataCheck::Item& item = check.items[row];
        auto* title = new QTableWidgetItem(item.indicator.title);
        title->setToolTip(item.indicator.id);
        m_dataTable->setItem(row, 0, title);
        auto* status = new QTableWidgetItem(enumLabel(item.availability));
        if (item.availability != DataCheck::Availability::HasValue)
            status->setForeground(QColor(0xa3, 0x33, 0x33));
        m_dataTable->setItem(row, 1, status);
        m_dataTable->setItem(
            row, 2,
            new QTableWidgetItem(
                item.value
                    ? ChartLabels::number(*item.value, ChartLabels::decimalsFor({*item.value}))
                    : QString()));
    }
    if (check.items.isEmpty()) {
        m_dataSummary->setText(tr("Choose an area to see which indicators have values."));
    } else {
        const QString text = tr("%1 of %2 indicators have a value for %3 in %4.")
                                 .arg(check.valueCount())
                                 .arg(check.items.size())
                                 .arg(unitName(a.focusUnitId))
                                 .arg(a.year);
        m_dataSummary->setText(check.isComplete()
                                   ? text
                                   : text + QLatin1Char(' ') +
                                         tr("Import the missing values, or note why they are "
                                            "missing."));
    }
}

} // namespace jamfor
