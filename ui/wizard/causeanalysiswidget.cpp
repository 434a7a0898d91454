// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/causeanalysiswidget.h"

#include "core/handbook/analysisstate.h"
#include "core/handbook/handbook.h"
#include "core/model/enumtable.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jamfor {

namespace {

constexpr int whyCount = 5;

} // namespace

CauseAnalysisWidget::CauseAnalysisWidget(const Handbook& handbook, Apply apply, QWidget* parent)
    : QWidget(parent)
    , m_apply(std::move(apply))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFishbone(handbook));
    layout->addWidget(createWhys());
    layout->addStretch();
}

QWidget* CauseAnalysisWidget::createFishbone(const Handbook& handbook)
{
    auto* box = new QGroupBox(tr("Fishbone: possible causes by category"), this);
    auto* outer = new QVBoxLayout(box);
    auto* hint = new QLabel(tr("Write every cause the group can think of under its category. "
                               "Tick the causes you believe are root causes."),
                            box);
    hint->setWordWrap(true);
    outer->addWidget(hint);
    auto* grid = new QGridLayout;
    outer->addLayout(grid);
    for (int i = 0; i < causeCategoryCount; ++i) {
        const auto category = CauseCategory(i);
        const QString code = causeCategoryCode(category);
        auto* group = new QGroupBox(enumLabel(category), box);
        group->setToolTip(handbook.causeCategoryHint(category));
        auto* groupLayout = new QVBoxLayout(group);
        auto* list = new QListWidget(group);
        list->setObjectName(QStringLiteral("causes_%1").arg(code));
        list->setFixedHeight(86);
        list->setToolTip(handbook.causeCategoryHint(category));
        groupLayout->addWidget(list);
        auto* row = new QHBoxLayout;
        auto* input = new QLineEdit(group);
        input->setObjectName(QStringLiteral("causeInput_%1").arg(code));
        input->setPlaceholderText(tr("New cause"));
        auto* add = new QPushButton(tr("Add"), group);
        add->setObjectName(QStringLiteral("addCause_%1").arg(code));
        auto* remove = new QPushButton(tr("Remove"), group);
        remove->setObjectName(QStringLiteral("removeCause_%1").arg(code));
        row->addWidget(input, 1);
        row->addWidget(add);
        row->addWidget(remove);
        groupLayout->addLayout(row);
        grid->addWidget(group, i / 3, i % 3);
        const Category entry{category, list, input};
        m_categories << entry;
        connect(add, &QPushButton::clicked, this, [this, entry] { addCause(entry); });
        connect(input, &QLineEdit::returnPressed, this, [this, entry] { addCause(entry); });
        connect(remove, &QPushButton::clicked, this, [this, entry] { removeSelectedCause(entry); });
        connect(list, &QListWidget::itemChanged, this, &CauseAnalysisWidget::causeChanged);
    }
    return box;
}

QWidget* CauseAnalysisWidget::createWhys()
{
    auto* box = new QGroupBox(tr("Five whys"), this);
    auto* form = new QFormLayout(box);
    m_problem = new QLineEdit(box);
    m_problem->setObjectName(QStringLiteral("whyProblem"));
    m_problem->setPlaceholderText(tr("The problem, as the figures show it"));
    form->addRow(tr("Problem:"), m_problem);
    connect(m_problem, &QLineEdit::textChanged, this, &CauseAnalysisWidget::whysEdited);
    for (int i = 0; i < whyCount; ++i) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("why%1").arg(i + 1));
        edit->setPlaceholderText(i == 0 ? tr("Why does the problem occur?")
                                        : tr("Why is that so?"));
        form->addRow(tr("Why? (%1)").arg(i + 1), edit);
        m_whys << edit;
        connect(edit, &QLineEdit::textChanged, this, &CauseAnalysisWidget::whysEdited);
    }
    return box;
}

void CauseAnalysisWidget::showIndicator(const AnalysisState& state, const QString& indicatorId)
{
    m_state = &state;
    m_indicatorId = indicatorId;
    m_filling = true;
    for (const Category& category : m_categories)
        category.list->clear();
    for (const Cause& cause : state.causesFor(indicatorId)) {
        const Category& category = m_categories[int(cause.category)];
        auto* item = new QListWidgetItem(cause.text, category.list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(cause.rootCause ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, cause.id);
        item->setToolTip(tr("Tick when the group believes this is a root cause."));
    }
    const QList<WhyChain> chains = state.whyChainsFor(indicatorId);
    const WhyChain chain = chains.isEmpty() ? WhyChain() : chains.constFirst();
    m_chainId = chain.id;
    if (m_problem->text() != chain.problem)
        m_problem->setText(chain.problem);
    for (int i = 0; i < whyCount; ++i) {
        const QString answer = chain.answers.value(i);
        if (m_whys[i]->text() != answer)
            m_whys[i]->setText(answer);
    }
    setEnabled(!indicatorId.isEmpty());
    m_filling = false;
}

void CauseAnalysisWidget::addCause(const Category& category)
{
    const QString text = category.input->text().trimmed();
    if (text.isEmpty() || m_indicatorId.isEmpty())
        return;
    Cause cause;
    cause.indicatorId = m_indicatorId;
    cause.category = category.category;
    cause.text = text;
    qint64 id = 0;
    if (!m_apply(tr("Add cause “%1”").arg(text),
                 [&](AnalysisState& s) { return (id = s.items<Cause>().add(cause)) != 0; }, {}))
        return;
    category.input->clear();
    m_filling = true;
    auto* item = new QListWidgetItem(text, category.list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, id);
    m_filling = false;
}

void CauseAnalysisWidget::removeSelectedCause(const Category& category)
{
    QListWidgetItem* item = category.list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (m_apply(tr("Remove cause “%1”").arg(item->text()),
                [&](AnalysisState& s) { return s.items<Cause>().remove(id); }, {}))
        delete item;
}

void CauseAnalysisWidget::causeChanged(QListWidgetItem* item)
{
    if (m_filling || !m_state)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    std::optional<Cause> cause = m_state->items<Cause>().find(id);
    if (!cause)
        return;
    cause->rootCause = item->checkState() == Qt::Checked;
    m_apply(cause->rootCause ? tr("Mark root cause") : tr("Unmark root cause"),
            [&](AnalysisState& s) { return s.items<Cause>().update(*cause); }, {});
}

void CauseAnalysisWidget::whysEdited()
{
    if (m_filling || m_indicatorId.isEmpty())
        return;
    WhyChain chain;
    chain.id = m_chainId;
    chain.indicatorId = m_indicatorId;
    chain.problem = m_problem->text();
    for (QLineEdit* edit : m_whys)
        chain.answers << edit->text();
    // Trailing empty answers are not stored: the chain ends at the last answer given.
    while (!chain.answers.isEmpty() && chain.answers.constLast().trimmed().isEmpty())
        chain.answers.removeLast();
    m_apply(
        tr("Edit the five whys"),
        [&](AnalysisState& s) {
            if (m_chainId == 0 || !s.items<WhyChain>().find(m_chainId)) {
                m_chainId = s.items<WhyChain>().add(chain);
                return m_chainId != 0;
            }
            return s.items<WhyChain>().update(chain);
        },
        QStringLiteral("whys_%1").arg(m_indicatorId));
}

} // namespace jamfor
