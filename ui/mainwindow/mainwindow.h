// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QUndoGroup;

namespace jamfor {

class AnalysisWizard;
class ChartPanel;
class ComparisonView;
class ContextBar;
class Database;
class EditSession;
class IndicatorBrowser;
class NetworkEditor;
class ExchangeMenu;
class ReportMenu;
class OverviewTableModel;

// The main window: one open .jamfor file, the shared choices (network, area, year, gender,
// focus municipality) and a tab per kind of work: overview, comparison table, charts, the
// five-step analysis, the network editor and the indicator browser.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .jamfor file; shows a message and returns false when it cannot be opened.
    bool openFile(const QString& path);
    // Creates an empty .jamfor file and opens it.
    bool createFile(const QString& path);
    // Opens the built-in example network, writing it first when it does not exist yet.
    bool openDemo();
    // On a first start without a file: asks whether to open the example network.
    void offerDemo();

    // The path of the demo file in the user's data folder.
    static QString demoFilePath();

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* overviewTable() const { return m_table; }
    OverviewTableModel* overviewModel() const { return m_model; }
    ComparisonView* comparisonView() const { return m_comparison; }
    ChartPanel* chartPanel() const { return m_charts; }
    NetworkEditor* networkEditor() const { return m_networkEditor; }
    IndicatorBrowser* indicatorBrowser() const { return m_indicatorBrowser; }
    AnalysisWizard* analysisWizard() const { return m_wizard; }
    ReportMenu* reportMenu() const { return m_reportMenu; }
    ExchangeMenu* exchangeMenu() const { return m_exchangeMenu; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    bool hasOpenFile() const { return m_database != nullptr; }

signals:
    // The open file is about to close: windows that show it close first.
    void fileClosing();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createCentralWidget();
    void chooseFileToOpen();
    void chooseFileToCreate();
    void saveCopy();
    void showSettings();
    void showImportDialog();
    void showOwnFiguresDialog(QWidget* parent = nullptr);
    void present();
    void showKoladaDialog();
    void reopenAfterTransfer(const QString& summary); // mainwindowimports.cpp
    void followCurrentTab();
    void updateRecentFilesMenu();
    bool adoptDatabase(std::unique_ptr<Database> database, const QString& path);
    void closeFile();
    void createEditingTabs();
    void reloadChoices();
    void refreshViews();
    void showAbout();
    void showUserGuide();

    std::unique_ptr<Database> m_database;
    std::unique_ptr<EditSession> m_session;

    ContextBar* m_context = nullptr;
    QLabel* m_exampleBanner = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QLabel* m_storageLabel = nullptr; // status bar: "Network drive" when not in WAL mode
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_legend = nullptr;
    QTableView* m_table = nullptr;
    OverviewTableModel* m_model = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_fileActions;  // need an open file
    QList<QAction*> m_writeActions; // need a file that can be written
    QTabWidget* m_tabs = nullptr;
    ComparisonView* m_comparison = nullptr;
    ChartPanel* m_charts = nullptr;
    NetworkEditor* m_networkEditor = nullptr;
    IndicatorBrowser* m_indicatorBrowser = nullptr;
    AnalysisWizard* m_wizard = nullptr;
    ReportMenu* m_reportMenu = nullptr;
    ExchangeMenu* m_exchangeMenu = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
};

} // namespace jamfor
