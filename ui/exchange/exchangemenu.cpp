// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchangemenu.h"

#include "core/exchange/jamforfiletransfer.h"
#include "core/storage/catalog.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/exchange/transferdialog.h"
#include "ui/import/importlabels.h"
#include "ui/widgets/backgroundtask.h"
#include "ui/wizard/analysiswizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

namespace jamfor {

ExchangeMenu::ExchangeMenu(QMenu* menu, QWidget* window)
    : QObject(menu)
    , m_window(window)
{
    m_import = menu->addAction(tr("Import from &another Jämför file…"), this,
                               &ExchangeMenu::chooseAndImport);
    m_import->setObjectName(QStringLiteral("transferAction"));
    m_import->setToolTip(tr("Bring in another member's values and, if you like, networks, "
                            "groups and analyses."));
    m_send = menu->addAction(tr("S&end analysis…"), this, &ExchangeMenu::chooseAndSend);
    m_send->setObjectName(QStringLiteral("sendAnalysisAction"));
    m_send->setToolTip(tr("Write the open analysis and the values it uses to a small file to "
                          "mail to a colleague."));
    connect(menu, &QMenu::aboutToShow, this, &ExchangeMenu::updateActions);
    updateActions();
}

void ExchangeMenu::setDocument(Database* database, AnalysisWizard* wizard)
{
    m_database = database;
    if (m_wizard)
        disconnect(m_wizard, nullptr, this, nullptr);
    m_wizard = wizard;
    if (m_wizard)
        connect(m_wizard, &AnalysisWizard::analysisChanged, this, &ExchangeMenu::updateActions);
    updateActions();
}

void ExchangeMenu::updateActions()
{
    m_import->setEnabled(m_database && !m_database->isReadOnly());
    m_send->setEnabled(m_database && m_wizard && m_wizard->analysisId() != 0);
}

void ExchangeMenu::chooseAndImport()
{
    if (!m_database)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import from another Jämför file"),
        QFileInfo(m_database->path()).absolutePath(), tr("Jämför files (*.jamfor);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void ExchangeMenu::importFrom(const QString& otherPath)
{
    if (!m_database)
        return;
    if (m_wizard)
        m_wizard->flush(); // what the group typed last is in the file before it is compared
    TransferDialog dialog(m_database->path(), otherPath, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit fileChanged(dialog.resultSummary());
}

QString ExchangeMenu::sendAnalysis(const QString& path) const
{
    if (!m_database || !m_wizard || m_wizard->analysisId() == 0)
        throw Error(tr("Open the analysis to send first."));
    m_wizard->flush();
    // The file is read for itself on another thread, so the window keeps answering.
    const QString databasePath = m_database->path();
    const qint64 analysisId = m_wizard->analysisId();
    TransferResult result;
    BackgroundTask::run(
        m_window, tr("Writing %1…").arg(QFileInfo(path).fileName()),
        [&](const std::atomic_bool&) {
            auto source = Database::open(databasePath, Database::OpenMode::ReadOnly);
            result = JamforFileTransfer::sendAnalysis(*source, analysisId, path);
        },
        false);
    return tr("%1 holds the analysis with %2 values of %3 indicators. Mail it to your colleague, "
              "who brings it in with File › Import from another Jämför file…")
        .arg(QDir::toNativeSeparators(path), ImportLabels::count(result.inserted),
             ImportLabels::count(result.indicatorsCreated));
}

void ExchangeMenu::chooseAndSend()
{
    if (!m_database || !m_wizard || m_wizard->analysisId() == 0)
        return;
    const std::optional<Analysis> analysis = Catalog(*m_database).analysis(m_wizard->analysisId());
    QString name = analysis ? analysis->title : QString();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    if (name.trimmed().isEmpty())
        name = tr("Analysis");
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Send analysis"),
                                     QDir(QFileInfo(m_database->path()).absolutePath())
                                         .filePath(name.simplified() + QStringLiteral(".jamfor")),
                                     tr("Jämför files (*.jamfor)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_database->path()).canonicalFilePath()) {
        QMessageBox::warning(m_window, tr("Send analysis"),
                             tr("Choose another name than the open file's."));
        return;
    }
    try {
        QMessageBox::information(m_window, tr("Send analysis"), sendAnalysis(path));
    } catch (const Error& error) {
        QMessageBox::critical(m_window, tr("The analysis was not written"), error.message());
    }
}

} // namespace jamfor
