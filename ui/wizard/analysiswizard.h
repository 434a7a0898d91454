// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handbook/handbook.h"
#include "core/model/analysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace jamfor {

class AnalysisEditor;
class Database;
class DeepAnalysisPage;
class DocumentNotifier;
class HandbookPanel;
class ImplementationPage;
class PreparationPage;
class ProposalsPage;
class QuickAnalysisPage;
class StepNavigator;
class WizardPage;

// The analysis workspace: one analysis at a time, guided through the five steps of SKL's
// handbook for Öppna jämförelser. A bar at the top chooses, creates and deletes analyses; the
// step navigator on the left shows which steps are done and lets the group go back or resume
// anywhere it may enter; beside it the handbook's purpose and questions for the step; the
// worksheet of the step fills the rest, with what is still missing and the buttons to move on
// below it.
//
// Everything the group enters is written to the open file as it is entered (typing a short
// moment later); the undo stack holds the edits of the current step. The widget must be
// destroyed before the Database it was given.
class AnalysisWizard : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisWizard(Database& database, QWidget* parent = nullptr);
    ~AnalysisWizard() override;

    // For Edit > Undo/Redo: the edits of the current step of the open analysis.
    QUndoStack* undoStack() const;
    AnalysisEditor& editor() const { return *m_editor; }

    // The open analysis (0: none).
    qint64 analysisId() const;
    // Opens a stored analysis at the step it was left on; false when there is none.
    bool openAnalysis(qint64 analysisId);
    // Stores a new analysis (id 0) with the handbook's readiness checklist and opens it at
    // step 1. Returns its id, 0 when the file refused it.
    qint64 createAnalysis(const Analysis& analysis);
    // Opens the new-analysis dialog (window-modal, does not block); accepting it creates and
    // opens the analysis.
    void showNewAnalysisDialog();

    // Goes to the step when every earlier step has what it requires; the step's page shows
    // the state. Returns whether the step is current now.
    bool goToStep(AnalysisStep step);
    AnalysisStep currentStep() const;
    WizardPage* page(AnalysisStep step) const;

    // The file's values changed (an import): the data check, the overview, the charts and
    // the follow-up are recomputed.
    void reloadData();
    // The document's notifier: after an import the wizard reloads its data, and every change
    // of the open analysis is told as DocumentNotifier::analysisChanged.
    void setNotifier(DocumentNotifier* notifier);
    // Writes unsaved typing now. False when the file refused.
    bool flush();

signals:
    // The open analysis changed (an edit, undo, a step, another analysis opened: id 0 when
    // none is open).
    void analysisChanged(qint64 analysisId);
    // Step 1's import button: the main window opens its import dialog; what it imports comes
    // back through the notifier (setNotifier()).
    void importRequested();
    // A write was refused; the message is translated.
    void errorOccurred(const QString& message);

private:
    QWidget* createTopBar();
    QWidget* createEmptyPage();
    QWidget* createWorkspace();
    void reloadAnalysisList();
    void analysisOpened(qint64 analysisId);
    void showCurrentStep();
    void updateStatus();
    void nextClicked();
    void backClicked();
    void deleteClicked();
    void showProblem(const QString& message);

    Database& m_database;
    Handbook m_handbook;
    AnalysisEditor* m_editor = nullptr;
    bool m_loadingList = false;

    QLabel* m_chooserLabel = nullptr;
    QComboBox* m_analysisBox = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_header = nullptr;
    QStackedWidget* m_body = nullptr;
    StepNavigator* m_navigator = nullptr;
    HandbookPanel* m_handbookPanel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<WizardPage*> m_stepPages; // index 0 is step 1
    PreparationPage* m_preparation = nullptr;
    QuickAnalysisPage* m_quick = nullptr;
    DeepAnalysisPage* m_deep = nullptr;
    ProposalsPage* m_proposals = nullptr;
    ImplementationPage* m_implementation = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
};

} // namespace jamfor
