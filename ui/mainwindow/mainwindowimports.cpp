// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's import actions: files, own figures, Kolada and another member's Jämför file.
#include "core/storage/database.h"
#include "ui/commands/documentnotifier.h"
#include "ui/commands/editsession.h"
#include "ui/import/importdialog.h"
#include "ui/import/koladadownloaddialog.h"
#include "ui/import/ownfiguresdialog.h"
#include "ui/mainwindow/contextbar.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/wizard/analysiswizard.h"

#include <QStatusBar>

namespace jamfor {

void MainWindow::showImportDialog()
{
    if (!m_database)
        return;
    if (m_wizard)
        m_wizard->flush();
    ImportDialog dialog(m_database->path(), this);
    connect(&dialog, &ImportDialog::imported, m_session->notifier(),
            &DocumentNotifier::observationsImported);
    dialog.exec();
}

void MainWindow::showOwnFiguresDialog(QWidget* parent)
{
    if (!m_database)
        return;
    OwnFiguresDialog dialog(*m_database, m_context->focusUnitId(), parent ? parent : this);
    connect(&dialog, &OwnFiguresDialog::imported, m_session->notifier(),
            &DocumentNotifier::observationsImported);
    dialog.exec();
}

void MainWindow::showKoladaDialog()
{
    if (!m_database)
        return;
    QStringList units;
    if (m_context->hasNetwork()) {
        for (const NetworkMember& member : m_context->network().members)
            units << member.unitId;
        units << QStringLiteral("0000"); // the country, to compare with
    }
    KoladaDownloadDialog dialog(*m_database, units, this);
    connect(&dialog, &KoladaDownloadDialog::imported, m_session->notifier(),
            &DocumentNotifier::observationsImported);
    dialog.exec();
}

void MainWindow::reopenAfterTransfer(const QString& summary)
{
    // Networks, groups and analyses may have been added or replaced under the open views:
    // the file is opened again so that every tab shows what it now holds.
    const QString path = m_database ? m_database->path() : QString();
    if (path.isEmpty() || !openFile(path))
        return;
    statusBar()->showMessage(summary, 15000);
}

} // namespace jamfor
