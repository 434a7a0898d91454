// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/analysiswizard.h"

#include "core/model/enumtable.h"
#include "core/registry/kommungrupp.h"
#include "core/registry/unitregistry.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/commands/documentnotifier.h"
#include "ui/wizard/analysiseditor.h"
#include "ui/wizard/deepanalysispage.h"
#include "ui/wizard/handbookpanel.h"
#include "ui/wizard/implementationpage.h"
#include "ui/wizard/newanalysisdialog.h"
#include "ui/wizard/preparationpage.h"
#include "ui/wizard/proposalspage.h"
#include "ui/wizard/quickanalysispage.h"
#include "ui/wizard/stepnavigator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jamfor {

namespace {

QString handbookLanguage()
{
    return QLocale().language() == QLocale::Swedish ? QStringLiteral("sv") : QStringLiteral("en");
}

// How many of the missing points the status line lists before it says "and N more".
constexpr int shownMissing = 3;

} // namespace

AnalysisWizard::AnalysisWizard(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_handbook(Handbook::load(handbookLanguage()))
    , m_editor(new AnalysisEditor(database, this))
{
    setObjectName(QStringLiteral("analysisWizard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createTopBar());
    m_body = new QStackedWidget(this);
    m_body->addWidget(createEmptyPage());
    m_body->addWidget(createWorkspace());
    layout->addWidget(m_body, 1);

    AnalysisState& state = m_editor->state();
    connect(m_editor, &AnalysisEditor::errorOccurred, this, &AnalysisWizard::showProblem);
    connect(m_editor, &AnalysisEditor::analysisOpened, this, &AnalysisWizard::analysisOpened);
    connect(&state, &AnalysisState::currentStepChanged, this, &AnalysisWizard::showCurrentStep);
    connect(&state, &AnalysisState::analysisReset, this, [this] {
        // Undo and redo put back a whole snapshot: the page shows it again.
        if (m_editor->hasAnalysis())
            page(currentStep())->refresh();
        updateStatus();
    });
    connect(&state, &AnalysisState::changed, this,
            [this](AnalysisState::Field field, AnalysisState::ChangeKind, const QVariant&) {
                updateStatus();
                if (field == AnalysisState::Field::Title)
                    reloadAnalysisList();
                emit analysisChanged(analysisId());
            });

    reloadAnalysisList();
    // Resume where the group left off: the most recently changed analysis.
    const QList<Analysis> stored = Catalog(m_database).analyses();
    if (!stored.isEmpty())
        openAnalysis(stored.constFirst().id);
    else
        analysisOpened(0);
}

AnalysisWizard::~AnalysisWizard()
{
    m_editor->flush();
}

QWidget* AnalysisWizard::createTopBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chooserLabel = new QLabel(tr("Analysis:"), bar);
    layout->addWidget(m_chooserLabel);
    m_analysisBox = new QComboBox(bar);
    m_analysisBox->setObjectName(QStringLiteral("analysisChooser"));
    m_analysisBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_analysisBox->setMinimumContentsLength(28);
    layout->addWidget(m_analysisBox);
    auto* newButton = new QPushButton(tr("New analysis…"), bar);
    newButton->setObjectName(QStringLiteral("newAnalysis"));
    layout->addWidget(newButton);
    m_deleteButton = new QPushButton(tr("Delete…"), bar);
    m_deleteButton->setObjectName(QStringLiteral("deleteAnalysis"));
    layout->addWidget(m_deleteButton);
    m_header = new QLabel(bar);
    m_header->setObjectName(QStringLiteral("analysisHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(12);
    layout->addWidget(m_header, 1);

    connect(newButton, &QPushButton::clicked, this, &AnalysisWizard::showNewAnalysisDialog);
    connect(m_deleteButton, &QPushButton::clicked, this, &AnalysisWizard::deleteClicked);
    connect(m_analysisBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loadingList)
            return;
        const qint64 id = m_analysisBox->currentData().toLongLong();
        if (id != analysisId())
            openAnalysis(id);
    });
    return bar;
}

QWidget* AnalysisWizard::createEmptyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* text = new QLabel(
        tr("<h3>No analysis yet</h3><p>An analysis takes a group through the five steps of the "
           "handbook for Öppna jämförelser: preparation, quick analysis and priorities, "
           "in-depth analysis, improvement proposals, and implementation and follow-up.</p>"
           "<p>Start with <b>New analysis…</b> and choose the network, the area, the focus "
           "municipality and the year.</p>"),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(640);
    // A wrapped label in a centred cell does not get its height from the width by itself.
    text->setMinimumHeight(text->heightForWidth(640));
    layout->addWidget(text, 0, Qt::AlignHCenter);
    auto* button = new QPushButton(tr("New analysis…"), page);
    connect(button, &QPushButton::clicked, this, &AnalysisWizard::showNewAnalysisDialog);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget* AnalysisWizard::createWorkspace()
{
    auto* workspace = new QWidget(this);
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* left = new QWidget(workspace);
    left->setFixedWidth(265);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_navigator = new StepNavigator(m_handbook, left);
    leftLayout->addWidget(m_navigator);
    m_handbookPanel = new HandbookPanel(m_handbook, left);
    leftLayout->addWidget(m_handbookPanel, 1);
    layout->addWidget(left);
    connect(m_navigator, &StepNavigator::stepRequested, this, [this](AnalysisStep step) {
        if (!goToStep(step))
            updateStatus();
    });

    auto* right = new QVBoxLayout;
    m_pages = new QStackedWidget(workspace);
    m_preparation = new PreparationPage(*m_editor);
    m_quick = new QuickAnalysisPage(*m_editor);
    m_deep = new DeepAnalysisPage(*m_editor, m_handbook);
    m_proposals = new ProposalsPage(*m_editor);
    m_implementation = new ImplementationPage(*m_editor);
    m_stepPages = {m_preparation, m_quick, m_deep, m_proposals, m_implementation};
    for (WizardPage* stepPage : m_stepPages) {
        auto* scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(stepPage);
        m_pages->addWidget(scroll);
        connect(stepPage, &WizardPage::stepStatusChanged, this, &AnalysisWizard::updateStatus);
    }
    connect(m_preparation, &PreparationPage::importRequested, this,
            &AnalysisWizard::importRequested);
    right->addWidget(m_pages, 1);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(workspace);
    m_status->setObjectName(QStringLiteral("stepStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    bottom->addWidget(m_status, 1);
    m_backButton = new QPushButton(tr("← Back"), workspace);
    m_backButton->setObjectName(QStringLiteral("backStep"));
    m_nextButton = new QPushButton(workspace);
    m_nextButton->setObjectName(QStringLiteral("nextStep"));
    m_nextButton->setDefault(true);
    bottom->addWidget(m_backButton, 0, Qt::AlignBottom);
    bottom->addWidget(m_nextButton, 0, Qt::AlignBottom);
    right->addLayout(bottom);
    layout->addLayout(right, 1);
    connect(m_backButton, &QPushButton::clicked, this, &AnalysisWizard::backClicked);
    connect(m_nextButton, &QPushButton::clicked, this, &AnalysisWizard::nextClicked);
    return workspace;
}

QUndoStack* AnalysisWizard::undoStack() const
{
    return m_editor->undoStack();
}

qint64 AnalysisWizard::analysisId() const
{
    return m_editor->state().analysis().id;
}

bool AnalysisWizard::openAnalysis(qint64 id)
{
    return m_editor->open(id);
}

qint64 AnalysisWizard::createAnalysis(const Analysis& analysis)
{
    const qint64 id = m_editor->create(analysis, m_handbook.readinessChecklist());
    reloadAnalysisList();
    return id;
}

void AnalysisWizard::showNewAnalysisDialog()
{
    auto* dialog = new NewAnalysisDialog(m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createAnalysis(dialog->analysis()); });
    dialog->open();
}

AnalysisStep AnalysisWizard::currentStep() const
{
    return m_editor->state().currentStep();
}

WizardPage* AnalysisWizard::page(AnalysisStep step) const
{
    return m_stepPages.value(analysisStepNumber(step) - 1);
}

bool AnalysisWizard::goToStep(AnalysisStep step)
{
    return m_editor->goTo(step);
}

void AnalysisWizard::setNotifier(DocumentNotifier* notifier)
{
    connect(notifier, &DocumentNotifier::observationsImported, this, &AnalysisWizard::reloadData);
    connect(this, &AnalysisWizard::analysisChanged, notifier, &DocumentNotifier::analysisChanged);
}

void AnalysisWizard::reloadData()
{
    if (m_editor->hasAnalysis())
        page(currentStep())->refresh();
    updateStatus();
}

bool AnalysisWizard::flush()
{
    return m_editor->flush();
}

void AnalysisWizard::reloadAnalysisList()
{
    m_loadingList = true;
    m_analysisBox->clear();
    for (const Analysis& a : Catalog(m_database).analyses()) {
        QString text = a.title.isEmpty() ? tr("Analysis %1").arg(a.id) : a.title;
        if (a.isCompleted())
            text = tr("%1 (completed)").arg(text);
        m_analysisBox->addItem(text, a.id);
    }
    // The open analysis's title may be newer than the stored one while the user types.
    const int index = m_analysisBox->findData(analysisId());
    if (index >= 0 && !m_editor->state().analysis().title.isEmpty())
        m_analysisBox->setItemText(index, m_editor->state().analysis().title);
    m_analysisBox->setCurrentIndex(index);
    // Without analyses the chooser would only be an empty box.
    m_analysisBox->setVisible(m_analysisBox->count() > 0);
    m_chooserLabel->setVisible(m_analysisBox->count() > 0);
    m_loadingList = false;
}

void AnalysisWizard::analysisOpened(qint64 id)
{
    reloadAnalysisList();
    m_body->setCurrentIndex(id ? 1 : 0);
    m_deleteButton->setVisible(id != 0);
    if (id) {
        QHash<QString, QString> titles;
        for (const Indicator& indicator : Catalog(m_database).indicators())
            titles.insert(indicator.id, indicator.title);
        m_editor->state().setIndicatorTitles(titles);
        showCurrentStep();
    } else {
        m_header->clear();
    }
    emit analysisChanged(id);
}

void AnalysisWizard::showCurrentStep()
{
    if (!m_editor->hasAnalysis())
        return;
    const AnalysisStep step = currentStep();
    m_pages->setCurrentIndex(analysisStepNumber(step) - 1);
    m_handbookPanel->showStep(step);
    page(step)->refresh();
    updateStatus();
}

void AnalysisWizard::updateStatus()
{
    const AnalysisState& state = m_editor->state();
    if (!state.analysis().id)
        return;
    const Analysis& a = state.analysis();
    const Catalog catalog(m_database);
    QString area = catalog.areaName(a.areaId);
    if (area.isEmpty())
        area = a.areaId;
    const Unit* focus = UnitRegistry::instance().find(a.focusUnitId);
    QString comparison = enumLabel(a.comparisonKind);
    if (a.comparisonKind == ComparisonKind::Network) {
        if (const auto network = catalog.network(a.networkId))
            comparison = network->name;
    } else if (a.comparisonKind == ComparisonKind::UnitGroup) {
        if (const auto group = catalog.unitGroup(a.unitGroupId))
            comparison = group->name;
    } else if (a.comparisonKind == ComparisonKind::Kommungrupp) {
        comparison = Kommungrupper::populationLabel(a.comparisonKey);
    } else if (!a.comparisonKey.isEmpty()) {
        comparison += QStringLiteral(" ") + a.comparisonKey;
    }
    m_header->setText(tr("<b>%1</b> · %2 · %3 · compared with %4")
                          .arg((focus ? focus->name : a.focusUnitId).toHtmlEscaped(),
                               area.toHtmlEscaped(), QString::number(a.year),
                               comparison.toHtmlEscaped()));

    m_navigator->updateFrom(state);
    const AnalysisStep step = state.currentStep();
    const QStringList missing = state.missingToProceed(step);
    const QStringList reminders = state.reminders(step);
    QString html;
    if (step == AnalysisStep::Implementation && state.isCompleted()) {
        html =
            tr("<b>The analysis is completed</b> (%1). Follow up the targets when new figures "
               "are published.")
                .arg(QLocale().toString(a.completedAt.toLocalTime().date(), QLocale::ShortFormat));
    } else if (!missing.isEmpty()) {
        QStringList shown = missing.mid(0, shownMissing);
        for (QString& line : shown)
            line = line.toHtmlEscaped();
        if (missing.size() > shownMissing)
            shown << tr("and %n more.", nullptr, int(missing.size() - shownMissing));
        html = tr("<b>Before you move on:</b> %1").arg(shown.join(QStringLiteral(" ")));
    } else {
        html = step == AnalysisStep::Implementation
                   ? tr("<b>The step has what it needs.</b> Complete the analysis when the plan "
                        "is agreed.")
                   : tr("<b>The step has what it needs.</b> You can move on.");
    }
    // Advice only once nothing is missing: the status line stays short.
    if (missing.isEmpty() && !reminders.isEmpty() &&
        !(step == AnalysisStep::Implementation && state.isCompleted())) {
        html += QStringLiteral("<br><span style=\"color:#6b5500;\">%1 %2</span>")
                    .arg(tr("Think about:"),
                         reminders.mid(0, shownMissing).join(QStringLiteral(" ")).toHtmlEscaped());
    }
    m_status->setText(html);

    m_backButton->setEnabled(step != AnalysisStep::Preparation);
    if (step == AnalysisStep::Implementation) {
        m_nextButton->setText(state.isCompleted() ? tr("Reopen the analysis")
                                                  : tr("Complete the analysis"));
        m_nextButton->setEnabled(state.isCompleted() || missing.isEmpty());
    } else {
        const auto next = AnalysisStep(analysisStepNumber(step) + 1);
        m_nextButton->setText(tr("Next: %1 →").arg(m_handbook.step(next).title));
        m_nextButton->setEnabled(missing.isEmpty());
    }
}

void AnalysisWizard::nextClicked()
{
    AnalysisState& state = m_editor->state();
    if (state.currentStep() == AnalysisStep::Implementation) {
        if (state.isCompleted())
            m_editor->reopen();
        else
            m_editor->complete();
        reloadAnalysisList();
        updateStatus();
        emit analysisChanged(analysisId());
        return;
    }
    goToStep(AnalysisStep(analysisStepNumber(state.currentStep()) + 1));
}

void AnalysisWizard::backClicked()
{
    const int number = analysisStepNumber(currentStep());
    if (number > 1)
        goToStep(AnalysisStep(number - 1));
}

void AnalysisWizard::deleteClicked()
{
    const qint64 id = analysisId();
    if (id == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete analysis"),
        tr("Delete the analysis “%1” and everything the group recorded in it? This cannot be "
           "undone.")
            .arg(m_editor->state().analysis().title));
    if (answer != QMessageBox::Yes)
        return;
    m_editor->remove(id);
    const QList<Analysis> stored = Catalog(m_database).analyses();
    if (!stored.isEmpty())
        openAnalysis(stored.constFirst().id);
    else
        analysisOpened(0);
}

void AnalysisWizard::showProblem(const QString& message)
{
    m_status->setText(
        QStringLiteral("<span style=\"color:#a33;\">%1</span>").arg(message.toHtmlEscaped()));
    emit errorOccurred(message);
}

} // namespace jamfor
