// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/network.h"

#include <QMainWindow>
#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

namespace jamfor {

class ComparisonView;
class Database;
class OverviewTableModel;

// The main window: a file, the choice of network, area, year and gender, and the overview
// table of the network's members against the area's indicators.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .jamfor file; shows a message and returns false when it cannot be opened.
    bool openFile(const QString& path);
    // Opens the built-in example network, writing it first when it does not exist yet.
    bool openDemo();
    // On a first start without a file: asks whether to open the example network.
    void offerDemo();

    // The path of the demo file in the user's data folder.
    static QString demoFilePath();

    QTableView* overviewTable() const { return m_table; }
    OverviewTableModel* overviewModel() const { return m_model; }
    ComparisonView* comparisonView() const { return m_comparison; }
    bool hasOpenFile() const { return m_database != nullptr; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createCentralWidget();
    void chooseFileToOpen();
    void updateRecentFilesMenu();
    void loadSelectors();
    void refreshOverview();
    void showAbout();

    std::unique_ptr<Database> m_database;
    QList<Network> m_networks;

    QComboBox* m_networkBox = nullptr;
    QComboBox* m_areaBox = nullptr;
    QComboBox* m_yearBox = nullptr;
    QComboBox* m_genderBox = nullptr;
    QLabel* m_exampleBanner = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_legend = nullptr;
    QTableView* m_table = nullptr;
    OverviewTableModel* m_model = nullptr;
    QMenu* m_recentMenu = nullptr;
    QTabWidget* m_tabs = nullptr;
    ComparisonView* m_comparison = nullptr;
};

} // namespace jamfor
