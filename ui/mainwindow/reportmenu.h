// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace jamfor {

class AnalysisWizard;
class ContextBar;
class Database;
class ReportDocument;

// The Reports menu: the analysis report for the municipal board (PDF or HTML), its A3
// summary, and compilations of the network or the focus municipality's county for the chosen
// area and year. It asks for a file name and writes the document; the builders and the writer
// do the work (core/report, ui/report).
class ReportMenu : public QObject
{
    Q_OBJECT

public:
    ReportMenu(QMenu* menu, QWidget* window, const ContextBar* context);

    // The open file and its analysis workspace (nullptr: none; the actions are disabled).
    void setDocument(Database* database, AnalysisWizard* wizard);

    // Without dialogs, for tests; throw jamfor::Error.
    void writeAnalysisReport(const QString& path, bool a3) const;
    void writeCompilation(const QString& path, bool county) const;

private:
    void updateActions();
    void chooseFileAndWrite(const QString& suggestedName,
                            const std::function<void(const QString&)>& write);
    QString focusCountyCode() const;

    QWidget* m_window = nullptr;
    const ContextBar* m_context = nullptr;
    Database* m_database = nullptr;
    AnalysisWizard* m_wizard = nullptr;
    QAction* m_analysisReport = nullptr;
    QAction* m_a3Summary = nullptr;
    QAction* m_networkCompilation = nullptr;
    QAction* m_countyCompilation = nullptr;
};

} // namespace jamfor
