// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/wizard/wizardpage.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace jamfor {

// Step 5, Genomförande och uppföljning: the action plan (what, how, who, when, how often it is
// followed up, what if it is not met), a target value per indicator and year, and the
// follow-up of each target against the newest imported value.
class ImplementationPage : public WizardPage
{
    Q_OBJECT

public:
    enum ActionColumn
    {
        ProposalColumn,
        WhatColumn,
        HowColumn,
        WhoColumn,
        WhenColumn,
        FrequencyColumn,
        IfNotMetColumn,
        StatusColumn,
        ActionColumnCount
    };
    enum TargetColumn
    {
        TargetIndicatorColumn,
        TargetYearColumn,
        TargetValueColumn,
        TargetNoteColumn,
        TargetColumnCount
    };

    ImplementationPage(AnalysisEditor& editor, QWidget* parent = nullptr);

    void refresh() override;
    // Rebuilds the follow-up from the file (after an import).
    void refreshFollowUp();

private:
    QWidget* createActions();
    QWidget* createTargets();
    QWidget* createFollowUp();
    void refreshActions();
    void refreshTargets();
    void addAction();
    void removeAction();
    void addTarget();
    void removeTarget();
    void editAction(qint64 id, const QString& undoText,
                    const std::function<void(PlannedAction&)>& change,
                    const QString& mergeKey = {});
    void editTarget(qint64 id, const QString& undoText,
                    const std::function<void(IndicatorTarget&)>& change);
    void actionItemChanged(QTableWidgetItem* item);

    bool m_filling = false;
    QTableWidget* m_actions = nullptr;
    QPushButton* m_removeAction = nullptr;
    QTableWidget* m_targets = nullptr;
    QPushButton* m_removeTarget = nullptr;
    QLabel* m_targetProblem = nullptr;
    QTableWidget* m_followUp = nullptr;
};

} // namespace jamfor
