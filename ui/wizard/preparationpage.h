// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/network.h"
#include "ui/wizard/wizardpage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace jamfor {

class AnalysisScopeForm;

// Step 1, Förberedelser: mandate and purpose, the frame of the analysis, participants from the
// network's people, the time plan with meetings, the readiness checklist and the data check.
class PreparationPage : public WizardPage
{
    Q_OBJECT

public:
    PreparationPage(AnalysisEditor& editor, QWidget* parent = nullptr);

    void refresh() override;

signals:
    // The user wants to import data (the main window opens its import dialog).
    void importRequested();

private:
    QWidget* createMandateBox();
    QWidget* createScopeBox();
    QWidget* createParticipantsBox();
    QWidget* createTimePlanBox();
    QWidget* createChecklistBox();
    QWidget* createDataCheckBox();

    void refreshParticipants();
    void refreshMeetings();
    void refreshChecklist();
    void refreshDataCheck();
    void participantToggled(QListWidgetItem* item);
    void addOutsideParticipant();
    void addMeeting();
    void removeMeeting();
    void setMeetingField(qint64 id, const std::function<void(AnalysisMeeting&)>& change,
                         const QString& undoText);

    std::optional<Network> m_network;
    bool m_filling = false;

    QPlainTextEdit* m_purpose = nullptr;
    QPlainTextEdit* m_mandate = nullptr;
    QPlainTextEdit* m_timePlan = nullptr;
    AnalysisScopeForm* m_scope = nullptr;
    QListWidget* m_participants = nullptr;
    QLineEdit* m_outsideName = nullptr;
    QTableWidget* m_meetings = nullptr;
    QPushButton* m_removeMeeting = nullptr;
    QListWidget* m_checklist = nullptr;
    QLabel* m_dataSummary = nullptr;
    QTableWidget* m_dataTable = nullptr;
};

} // namespace jamfor
