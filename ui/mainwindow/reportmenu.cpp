// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/reportmenu.h"

#include "core/registry/unitregistry.h"
#include "core/report/a3summarybuilder.h"
#include "core/report/analysisreportbuilder.h"
#include "core/report/compilationbuilder.h"
#include "core/util/error.h"
#include "render/reportwriter.h"
#include "ui/mainwindow/contextbar.h"
#include "ui/wizard/analysiswizard.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace jamfor {

ReportMenu::ReportMenu(QMenu* menu, QWidget* window, const ContextBar* context)
    : QObject(menu)
    , m_window(window)
    , m_context(context)
{
    m_analysisReport = menu->addAction(tr("&Analysis report…"), this, [this] {
        chooseFileAndWrite(tr("Analysis report.pdf"),
                           [this](const QString& path) { writeAnalysisReport(path, false); });
    });
    m_analysisReport->setObjectName(QStringLiteral("analysisReportAction"));
    m_analysisReport->setToolTip(tr("The open analysis as a report for the municipal board."));
    m_a3Summary = menu->addAction(tr("A&3 summary of the analysis…"), this, [this] {
        chooseFileAndWrite(tr("A3 summary.pdf"),
                           [this](const QString& path) { writeAnalysisReport(path, true); });
    });
    menu->addSeparator();
    m_networkCompilation = menu->addAction(tr("&Network compilation…"), this, [this] {
        chooseFileAndWrite(tr("Network compilation.pdf"),
                           [this](const QString& path) { writeCompilation(path, false); });
    });
    m_countyCompilation = menu->addAction(tr("&County compilation (länsrapport)…"), this, [this] {
        chooseFileAndWrite(tr("County compilation.pdf"),
                           [this](const QString& path) { writeCompilation(path, true); });
    });
    // The analysis can change while the menu is closed: its state is read when it opens.
    connect(menu, &QMenu::aboutToShow, this, &ReportMenu::updateActions);
    updateActions();
}

void ReportMenu::setDocument(Database* database, AnalysisWizard* wizard)
{
    m_database = database;
    m_wizard = wizard;
    updateActions();
}

void ReportMenu::updateActions()
{
    const bool analysis = m_database && m_wizard && m_wizard->analysisId() != 0;
    m_analysisReport->setEnabled(analysis);
    m_a3Summary->setEnabled(analysis);
    const bool context = m_database && m_context->hasNetwork() && m_context->year() != 0;
    m_networkCompilation->setEnabled(context);
    m_countyCompilation->setEnabled(context && !focusCountyCode().isEmpty());
}

QString ReportMenu::focusCountyCode() const
{
    const Unit* focus = UnitRegistry::instance().find(m_context->focusUnitId());
    return focus ? focus->countyCode : QString();
}

void ReportMenu::writeAnalysisReport(const QString& path, bool a3) const
{
    if (!m_database || !m_wizard || m_wizard->analysisId() == 0)
        throw Error(tr("Open or create an analysis on the analysis tab first."));
    const qint64 id = m_wizard->analysisId();
    ReportWriter::write(a3 ? A3SummaryBuilder::build(*m_database, id)
                           : AnalysisReportBuilder::build(*m_database, id),
                        path);
}

void ReportMenu::writeCompilation(const QString& path, bool county) const
{
    if (!m_database || !m_context->hasNetwork())
        throw Error(tr("Choose a network, an area and a year first."));
    CompilationRequest request;
    const QString code = county ? QStringLiteral("county:%1").arg(focusCountyCode())
                                : QStringLiteral("network:%1").arg(m_context->network().name);
    const auto population = PopulationChoice::fromCode(code);
    if (!population)
        throw Error(tr("The comparison group %1 is not known.").arg(code));
    request.population = *population;
    request.areaId = m_context->areaId();
    request.year = m_context->year();
    ReportWriter::write(CompilationBuilder::build(*m_database, request), path);
}

void ReportMenu::chooseFileAndWrite(const QString& suggestedName,
                                    const std::function<void(const QString&)>& write)
{
    if (m_wizard)
        m_wizard->flush(); // the report shows the newest text
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save the report"), suggestedName, tr("PDF (*.pdf);;Web page (*.html)"));
    if (path.isEmpty())
        return;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        write(path);
        QApplication::restoreOverrideCursor();
    } catch (const Error& error) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(m_window, tr("Could not write the report"), error.message());
    }
}

} // namespace jamfor
