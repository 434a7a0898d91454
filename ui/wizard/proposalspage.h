// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/wizardpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace jamfor {

class PriorityMatrixWidget;

// Step 4, Förbättringsförslag: proposals with problem, goal, ongoing work, suggested actions and
// inspiration from municipalities that do better, each rated for effect and effort and shown
// in the priority matrix; the group ticks the ones it takes on.
class ProposalsPage : public WizardPage
{
    Q_OBJECT

public:
    ProposalsPage(AnalysisEditor& editor, QWidget* parent = nullptr);

    void refresh() override;
    qint64 selectedProposalId() const { return m_selectedId; }
    void selectProposal(qint64 proposalId);
    PriorityMatrixWidget* matrix() const { return m_matrix; }

private:
    QWidget* createList();
    QWidget* createForm();
    void refreshList();
    void showSelected();
    void refreshBetterPerformers(const QString& indicatorId, const QStringList& chosen);
    void addProposal();
    void removeProposal();
    void editSelected(const QString& undoText, const std::function<void(Proposal&)>& change,
                      const QString& mergeKey = {});
    void bindText(QPlainTextEdit* edit, const QString& undoText,
                  const std::function<void(Proposal&, const QString&)>& set);

    qint64 m_selectedId = 0;
    bool m_filling = false;

    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_indicator = nullptr;
    QPlainTextEdit* m_problem = nullptr;
    QPlainTextEdit* m_goal = nullptr;
    QPlainTextEdit* m_ongoing = nullptr;
    QPlainTextEdit* m_actions = nullptr;
    QPlainTextEdit* m_inspiration = nullptr;
    QLabel* m_betterIntro = nullptr;
    QListWidget* m_betterList = nullptr;
    QComboBox* m_effect = nullptr;
    QComboBox* m_effort = nullptr;
    QCheckBox* m_chosen = nullptr;
    PriorityMatrixWidget* m_matrix = nullptr;
};

} // namespace jamfor
