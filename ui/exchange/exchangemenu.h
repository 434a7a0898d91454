// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace jamfor {

class AnalysisWizard;
class Database;

// The File menu's two actions between members' files: Importera från annan Jämför-fil…
// (TransferDialog) and Skicka analys…, which writes the open analysis with the values it uses
// to a small .jamfor file for a colleague.
class ExchangeMenu : public QObject
{
    Q_OBJECT

public:
    ExchangeMenu(QMenu* menu, QWidget* window);

    // The open file and its analysis workspace (nullptr: none; the actions are disabled).
    void setDocument(Database* database, AnalysisWizard* wizard);
    QAction* importAction() const { return m_import; }

    // Without dialogs, for tests; throws jamfor::Error. Returns the message the window shows.
    QString sendAnalysis(const QString& path) const;
    // Imports otherPath through the dialog (shown modally).
    void importFrom(const QString& otherPath);

signals:
    // Something was imported; networks, groups or analyses may have changed: the window reopens
    // the file. summary: one line for the status bar.
    void fileChanged(const QString& summary);

private:
    void updateActions();
    void chooseAndImport();
    void chooseAndSend();

    QWidget* m_window = nullptr;
    Database* m_database = nullptr;
    AnalysisWizard* m_wizard = nullptr;
    QAction* m_import = nullptr;
    QAction* m_send = nullptr;
};

} // namespace jamfor
