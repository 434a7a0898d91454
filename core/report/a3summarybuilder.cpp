// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/a3summarybuilder.h"

#include "core/chartdata/chartlabels.h"
#include "core/model/enumtable.h"
#include "core/report/analysisreportbuilder.h"
#include "core/report/reportcells.h"
#include "core/report/swedishnumbers.h"

namespace jamfor {

namespace {

ReportBlock paragraph(const QString& text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    return block;
}

ReportBlock list(const QStringList& items)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::List;
    block.items = items;
    return block;
}

ReportBlock subheading(const QString& text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.level = 3;
    block.text = text;
    return block;
}

// A column with a heading and its blocks; a note when there is nothing to say yet.
ReportBlock column(const QString& heading, QList<ReportBlock> blocks)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = heading;
    if (blocks.isEmpty())
        blocks.append(paragraph(A3SummaryBuilder::tr("Not written yet.")));
    block.children = blocks;
    return block;
}

QList<ReportBlock> problemColumn(const AnalysisReportData& data)
{
    QList<ReportBlock> blocks;
    const ComparisonTableRow* focus = data.focusRow();
    for (int c = 0; c < data.comparison.columns.size(); ++c) {
        const Indicator& indicator = data.comparison.columns[c].indicator;
        QString text = indicator.title.isEmpty() ? indicator.id : indicator.title;
        QStringList details;
        if (focus) {
            const ComparisonTableCell& cell = focus->cells[c];
            details << ReportCells::value(cell, ReportCells::decimalsFor(data.comparison, c)).text;
            if (cell.rank)
                details << A3SummaryBuilder::tr("rank %1 of %2")
                               .arg(*cell.rank)
                               .arg(data.comparison.columns[c].population.n);
        }
        for (const AnalysisIndicator& entry : data.analysis.indicators) {
            if (entry.indicatorId == indicator.id && entry.judgement != Judgement::None)
                details << enumLabel(entry.judgement);
            if (entry.indicatorId == indicator.id && !entry.note.trimmed().isEmpty())
                details << entry.note.trimmed();
        }
        if (!details.isEmpty())
            text += QStringLiteral(": ") + details.join(QStringLiteral("; "));
        blocks.append(paragraph(text));
    }
    return blocks;
}

QList<ReportBlock> analysisColumn(const AnalysisReportData& data)
{
    QList<ReportBlock> blocks;
    QStringList roots;
    QStringList others;
    for (const Cause& cause : data.analysis.causes) {
        const QString text = QStringLiteral("%1 (%2)").arg(cause.text, enumLabel(cause.category));
        (cause.rootCause ? roots : others) << text;
    }
    for (const WhyChain& chain : data.analysis.whyChains) {
        if (!chain.answers.isEmpty())
            roots << chain.answers.constLast();
    }
    if (!roots.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Root causes")));
        blocks.append(list(roots));
    }
    if (!others.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Other causes")));
        blocks.append(list(others));
    }
    QStringList conclusions;
    for (const AnalysisIndicator& entry : data.analysis.indicators) {
        if (!entry.conclusion.trimmed().isEmpty())
            conclusions << QStringLiteral("%1: %2").arg(data.indicatorTitle(entry.indicatorId),
                                                        entry.conclusion.trimmed());
    }
    if (!conclusions.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Conclusions")));
        blocks.append(list(conclusions));
    }
    return blocks;
}

QList<ReportBlock> goalColumn(const AnalysisReportData& data)
{
    QList<ReportBlock> blocks;
    QStringList goals;
    for (const Proposal& proposal : data.analysis.proposals) {
        if (proposal.chosen)
            goals << (proposal.goal.trimmed().isEmpty()
                          ? proposal.title
                          : QStringLiteral("%1: %2").arg(proposal.title, proposal.goal.trimmed()));
    }
    if (!goals.isEmpty())
        blocks.append(list(goals));
    QStringList targets;
    for (const TargetFollowUp& followUp : data.followUps) {
        targets << A3SummaryBuilder::tr("%1: %2 in %3")
                       .arg(data.indicatorTitle(followUp.target.indicatorId),
                            SwedishNumbers::format(
                                followUp.target.value,
                                ChartLabels::decimalsFor({followUp.target.value})),
                            QString::number(followUp.target.year));
    }
    if (!targets.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Targets")));
        blocks.append(list(targets));
    }
    return blocks;
}

QList<ReportBlock> actionColumn(const AnalysisReportData& data)
{
    QStringList actions;
    for (const PlannedAction& action : data.analysis.actions) {
        QStringList parts{action.what};
        if (!action.responsible.isEmpty())
            parts << action.responsible;
        if (action.due.isValid())
            parts << action.due.toString(Qt::ISODate);
        actions << parts.join(QStringLiteral(" – "));
    }
    return actions.isEmpty() ? QList<ReportBlock>{} : QList<ReportBlock>{list(actions)};
}

QList<ReportBlock> followUpColumn(const AnalysisReportData& data)
{
    QList<ReportBlock> blocks;
    QStringList plan;
    for (const PlannedAction& action : data.analysis.actions) {
        QString text = QStringLiteral("%1: %2").arg(action.what, enumLabel(action.status));
        if (action.frequency != FollowUpFrequency::Unspecified)
            text += QStringLiteral(", %1").arg(enumLabel(action.frequency));
        plan << text;
    }
    if (!plan.isEmpty())
        blocks.append(list(plan));
    QStringList progress;
    for (const TargetFollowUp& followUp : data.followUps)
        progress << QStringLiteral("%1: %2").arg(data.indicatorTitle(followUp.target.indicatorId),
                                                 enumLabel(followUp.progress));
    if (!progress.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Targets")));
        blocks.append(list(progress));
    }
    QStringList notes;
    for (const FollowUpNote& note : data.analysis.followUpNotes)
        notes << QStringLiteral("%1: %2").arg(note.date.toString(Qt::ISODate), note.note);
    if (!notes.isEmpty()) {
        blocks.append(subheading(A3SummaryBuilder::tr("Notes")));
        blocks.append(list(notes));
    }
    return blocks;
}

} // namespace

ReportDocument A3SummaryBuilder::build(Database& database, qint64 analysisId)
{
    return build(AnalysisReportData::load(database, analysisId));
}

ReportDocument A3SummaryBuilder::build(const AnalysisReportData& data)
{
    ReportDocument document;
    document.pageFormat = ReportDocument::PageFormat::A3Landscape;
    document.title = data.analysis.title.isEmpty() ? tr("A3 summary")
                                                   : tr("A3 summary: %1").arg(data.analysis.title);
    document.sourceLine = data.sourceLine;
    document.exampleDataLabel = data.exampleDataLabel;
    document.addHeading(document.title, 1);
    QString headline = AnalysisReportBuilder::headline(data);
    if (!data.analysis.focusUnitId.isEmpty())
        headline += QStringLiteral(" · ") + data.unitName(data.analysis.focusUnitId);
    document.addParagraph(headline);

    ReportBlock columns;
    columns.kind = ReportBlock::Kind::Columns;
    columns.children = {column(tr("1. Problem"), problemColumn(data)),
                        column(tr("2. Analysis"), analysisColumn(data)),
                        column(tr("3. Goal"), goalColumn(data)),
                        column(tr("4. Actions"), actionColumn(data)),
                        column(tr("5. Follow-up"), followUpColumn(data))};
    document.blocks.append(columns);
    return document;
}

} // namespace jamfor
