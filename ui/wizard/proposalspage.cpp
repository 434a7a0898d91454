// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/proposalspage.h"

#include "core/handbook/peers.h"
#include "core/model/enumtable.h"
#include "core/storage/database.h"
#include "ui/wizard/analysiseditor.h"
#include "ui/wizard/prioritymatrixwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jamfor {

namespace {

const QList<Rating> ratings = enumValues<Rating>();

QPlainTextEdit* proposalTextEdit(const QString& objectName, const QString& placeholder,
                                 QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(3 * edit->fontMetrics().lineSpacing() + 14);
    return edit;
}

} // namespace

ProposalsPage::ProposalsPage(AnalysisEditor& editor, QWidget* parent)
    : WizardPage(editor, AnalysisStep::Proposals, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createList(), 2);
    layout->addWidget(createForm(), 4);
    auto* matrixBox = new QGroupBox(tr("Priority matrix"), this);
    auto* matrixLayout = new QVBoxLayout(matrixBox);
    m_matrix = new PriorityMatrixWidget(matrixBox);
    matrixLayout->addWidget(m_matrix, 1);
    auto* legend =
        new QLabel(tr("Filled circle: chosen. Click a circle to open the proposal."), matrixBox);
    legend->setWordWrap(true);
    matrixLayout->addWidget(legend);
    layout->addWidget(matrixBox, 3);
    connect(m_matrix, &PriorityMatrixWidget::proposalClicked, this, &ProposalsPage::selectProposal);
}

QWidget* ProposalsPage::createList()
{
    auto* box = new QGroupBox(tr("Proposals"), this);
    auto* layout = new QVBoxLayout(box);
    m_list = new QListWidget(box);
    m_list->setObjectName(QStringLiteral("proposals"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    auto* hint = new QLabel(tr("Tick the proposals the group takes on."), box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New proposal"), box);
    add->setObjectName(QStringLiteral("addProposal"));
    m_remove = new QPushButton(tr("Remove"), box);
    m_remove->setObjectName(QStringLiteral("removeProposal"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ProposalsPage::addProposal);
    connect(m_remove, &QPushButton::clicked, this, &ProposalsPage::removeProposal);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling || row < 0)
            return;
        m_selectedId = m_list->item(row)->data(Qt::UserRole).toLongLong();
        showSelected();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool chosen = item->checkState() == Qt::Checked;
        apply(chosen ? tr("Choose proposal") : tr("Leave proposal out"),
              [&](AnalysisState& s) { return s.setProposalChosen(id, chosen); });
        if (id == m_selectedId)
            showSelected();
        else
            m_matrix->setProposals(analysis().proposals, m_selectedId);
    });
    return box;
}

QWidget* ProposalsPage::createForm()
{
    auto* box = new QGroupBox(tr("The proposal"), this);
    m_form = box;
    auto* outer = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("proposalTitle"));
    m_title->setPlaceholderText(tr("A short name for the proposal"));
    form->addRow(tr("Title:"), m_title);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString& text) {
        editSelected(
            tr("Edit proposal title"), [&](Proposal& p) { p.title = text; },
            QStringLiteral("proposalTitle"));
        if (QListWidgetItem* item = m_list->currentItem()) {
            m_filling = true;
            item->setText(tr("%1. %2").arg(m_list->row(item) + 1).arg(text));
            m_filling = false;
        }
    });
    m_indicator = new QComboBox(box);
    m_indicator->setObjectName(QStringLiteral("proposalIndicator"));
    form->addRow(tr("Indicator:"), m_indicator);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_indicator->currentData().toString();
        editSelected(tr("Change the proposal's indicator"),
                     [&](Proposal& p) { p.indicatorId = id; });
        if (!m_filling)
            refreshBetterPerformers(id, {});
    });
    m_problem = proposalTextEdit(QStringLiteral("proposalProblem"),
                                 tr("Which problem should the proposal solve?"), box);
    form->addRow(tr("Problem:"), m_problem);
    bindText(m_problem, tr("Edit problem"), [](Proposal& p, const QString& t) { p.problem = t; });
    m_goal = proposalTextEdit(QStringLiteral("proposalGoal"),
                              tr("What do you want to reach, and by when?"), box);
    form->addRow(tr("Goal:"), m_goal);
    bindText(m_goal, tr("Edit goal"), [](Proposal& p, const QString& t) { p.goal = t; });
    m_ongoing = proposalTextEdit(QStringLiteral("proposalOngoing"),
                                 tr("What is already going on that you can build on?"), box);
    form->addRow(tr("Ongoing work:"), m_ongoing);
    bindText(m_ongoing, tr("Edit ongoing work"),
             [](Proposal& p, const QString& t) { p.ongoingWork = t; });
    m_actions = proposalTextEdit(QStringLiteral("proposalActions"), tr("What could be done?"), box);
    form->addRow(tr("Suggested actions:"), m_actions);
    bindText(m_actions, tr("Edit suggested actions"),
             [](Proposal& p, const QString& t) { p.suggestedActions = t; });
    m_inspiration = proposalTextEdit(QStringLiteral("proposalInspiration"),
                                     tr("What do municipalities with better results do?"), box);
    form->addRow(tr("Inspiration:"), m_inspiration);
    bindText(m_inspiration, tr("Edit inspiration"),
             [](Proposal& p, const QString& t) { p.inspiration = t; });

    m_betterIntro = new QLabel(box);
    m_betterIntro->setWordWrap(true);
    m_betterList = new QListWidget(box);
    m_betterList->setObjectName(QStringLiteral("inspirationUnits"));
    m_betterList->setFlow(QListView::LeftToRight);
    m_betterList->setWrapping(true);
    m_betterList->setFixedHeight(2 * m_betterList->fontMetrics().lineSpacing() + 20);
    auto* better = new QWidget(box);
    auto* betterLayout = new QVBoxLayout(better);
    betterLayout->setContentsMargins(0, 0, 0, 0);
    betterLayout->addWidget(m_betterIntro);
    betterLayout->addWidget(m_betterList);
    form->addRow(tr("Doing better:"), better);
    connect(m_betterList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        QStringList ids;
        for (int i = 0; i < m_betterList->count(); ++i) {
            if (m_betterList->item(i)->checkState() == Qt::Checked)
                ids << m_betterList->item(i)->data(Qt::UserRole).toString();
        }
        editSelected(tr("Choose municipalities to learn from"),
                     [&](Proposal& p) { p.inspirationUnitIds = ids; });
    });

    auto* ratingRow = new QHBoxLayout;
    m_effect = new QComboBox(box);
    m_effect->setObjectName(QStringLiteral("proposalEffect"));
    m_effort = new QComboBox(box);
    m_effort->setObjectName(QStringLiteral("proposalEffort"));
    for (Rating r : ratings) {
        m_effect->addItem(enumLabel(r), int(r));
        m_effort->addItem(enumLabel(r), int(r));
    }
    ratingRow->addWidget(new QLabel(tr("Expected effect:"), box));
    ratingRow->addWidget(m_effect);
    ratingRow->addSpacing(12);
    ratingRow->addWidget(new QLabel(tr("Effort needed:"), box));
    ratingRow->addWidget(m_effort);
    ratingRow->addStretch();
    form->addRow(ratingRow);
    for (QComboBox* combo : {m_effect, m_effort}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            const auto effect = Rating(m_effect->currentData().toInt());
            const auto effort = Rating(m_effort->currentData().toInt());
            editSelected(tr("Rate proposal"), [&](Proposal& p) {
                p.effect = effect;
                p.effort = effort;
            });
        });
    }
    m_chosen = new QCheckBox(tr("The group takes on this proposal"), box);
    m_chosen->setObjectName(QStringLiteral("proposalChosen"));
    form->addRow(m_chosen);
    connect(m_chosen, &QCheckBox::toggled, this, [this](bool chosen) {
        editSelected(chosen ? tr("Choose proposal") : tr("Leave proposal out"),
                     [&](Proposal& p) { p.chosen = chosen; });
        if (!m_filling)
            refreshList();
    });
    return box;
}

void ProposalsPage::bindText(QPlainTextEdit* edit, const QString& undoText,
                             const std::function<void(Proposal&, const QString&)>& set)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, undoText, set] {
        const QString text = edit->toPlainText();
        editSelected(
            undoText, [&](Proposal& p) { set(p, text); }, edit->objectName());
    });
}

void ProposalsPage::editSelected(const QString& undoText,
                                 const std::function<void(Proposal&)>& change,
                                 const QString& mergeKey)
{
    if (m_filling || m_selectedId == 0)
        return;
    const qint64 id = m_selectedId;
    const bool changed = apply(
        undoText,
        [&](AnalysisState& s) {
            std::optional<Proposal> p = s.items<Proposal>().find(id);
            if (!p)
                return false;
            change(*p);
            return s.items<Proposal>().update(*p);
        },
        mergeKey.isEmpty() ? QString() : QStringLiteral("%1_%2").arg(mergeKey).arg(id));
    if (changed)
        m_matrix->setProposals(analysis().proposals, m_selectedId);
}

void ProposalsPage::refresh()
{
    m_filling = true;
    m_indicator->clear();
    m_indicator->addItem(tr("No particular indicator"), QString());
    for (const QString& id : state().takenForwardIds())
        m_indicator->addItem(indicatorTitle(id), id);
    m_filling = false;
    if (!state().items<Proposal>().find(m_selectedId))
        m_selectedId = analysis().proposals.isEmpty() ? 0 : analysis().proposals.constFirst().id;
    refreshList();
}

void ProposalsPage::refreshList()
{
    m_filling = true;
    m_list->clear();
    const QList<Proposal>& proposals = analysis().proposals;
    for (int i = 0; i < proposals.size(); ++i) {
        const Proposal& p = proposals[i];
        auto* item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(p.title), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(p.chosen ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_selectedId)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(!proposals.isEmpty());
    m_filling = false;
    showSelected();
}

void ProposalsPage::selectProposal(qint64 proposalId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == proposalId)
            m_list->setCurrentRow(i);
    }
}

void ProposalsPage::showSelected()
{
    const std::optional<Proposal> p = state().items<Proposal>().find(m_selectedId);
    m_filling = true;
    m_form->setEnabled(p.has_value());
    const Proposal shown = p.value_or(Proposal());
    showText(m_title, shown.title);
    const int indicatorIndex = m_indicator->findData(shown.indicatorId);
    m_indicator->setCurrentIndex(indicatorIndex >= 0 ? indicatorIndex : 0);
    showText(m_problem, shown.problem);
    showText(m_goal, shown.goal);
    showText(m_ongoing, shown.ongoingWork);
    showText(m_actions, shown.suggestedActions);
    showText(m_inspiration, shown.inspiration);
    m_effect->setCurrentIndex(int(ratings.indexOf(shown.effect)));
    m_effort->setCurrentIndex(int(ratings.indexOf(shown.effort)));
    m_chosen->setChecked(shown.chosen);
    m_filling = false;
    refreshBetterPerformers(shown.indicatorId, shown.inspirationUnitIds);
    m_matrix->setProposals(analysis().proposals, m_selectedId);
}

void ProposalsPage::refreshBetterPerformers(const QString& indicatorId, const QStringList& chosen)
{
    m_filling = true;
    m_betterList->clear();
    const Analysis& a = analysis();
    if (indicatorId.isEmpty()) {
        m_betterIntro->setText(tr("Choose the indicator to see who does better."));
        m_filling = false;
        return;
    }
    // Who ranks above the focus municipality in the comparison population and among the
    // similar municipalities chosen in step 3, and those the group already ticked.
    QStringList better = Peers::betterThanFocus(database(), a, indicatorId);
    for (const QString& id : chosen) {
        if (!better.contains(id))
            better << id;
    }
    m_betterIntro->setText(better.isEmpty()
                               ? tr("No municipality in the comparison does better than %1 in %2.")
                                     .arg(unitName(a.focusUnitId))
                                     .arg(a.year)
                               : tr("Better than %1 in %2; tick those to learn from:")
                                     .arg(unitName(a.focusUnitId))
                                     .arg(a.year));
    for (const QString& id : better) {
        auto* item = new QListWidgetItem(unitName(id), m_betterList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, id);
        item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void ProposalsPage::addProposal()
{
    Proposal proposal;
    proposal.title = tr("Proposal %1").arg(analysis().proposals.size() + 1);
    const QStringList forward = state().takenForwardIds();
    if (!forward.isEmpty())
        proposal.indicatorId = forward.constFirst();
    qint64 id = 0;
    if (!apply(tr("Add proposal"),
               [&](AnalysisState& s) { return (id = s.items<Proposal>().add(proposal)) != 0; }))
        return;
    m_selectedId = id;
    refreshList();
    m_title->setFocus();
    m_title->selectAll();
}

void ProposalsPage::removeProposal()
{
    const qint64 id = m_selectedId;
    if (id == 0)
        return;
    if (!apply(tr("Remove proposal"),
               [&](AnalysisState& s) { return s.items<Proposal>().remove(id); }))
        return;
    m_selectedId = analysis().proposals.isEmpty() ? 0 : analysis().proposals.constFirst().id;
    refreshList();
}

} // namespace jamfor
