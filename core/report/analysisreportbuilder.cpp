// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/analysisreportbuilder.h"

#include "core/chartdata/chartlabels.h"
#include "core/model/enumtable.h"
#include "core/report/reportcells.h"
#include "core/report/swedishnumbers.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QDate>
#include <QLocale>

namespace jamfor {

namespace {

using Facts = QList<QPair<QString, QString>>;

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Adds the label–value pair when the value is not blank.
void addFact(Facts& facts, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        facts.append({label, value.trimmed()});
}

int columnOf(const AnalysisReportData& data, const QString& indicatorId)
{
    for (int i = 0; i < data.comparison.columns.size(); ++i) {
        if (data.comparison.columns[i].indicator.id == indicatorId)
            return i;
    }
    return -1;
}

// What the group wrote about the indicator; a blank entry when nothing.
AnalysisIndicator entryFor(const Analysis& analysis, const QString& indicatorId)
{
    for (const AnalysisIndicator& item : analysis.indicators) {
        if (item.indicatorId == indicatorId)
            return item;
    }
    AnalysisIndicator blank;
    blank.indicatorId = indicatorId;
    return blank;
}

// A year as a number for the exports, written without a thousands space.
ReportCell yearCell(int year)
{
    ReportCell cell = ReportCell::fromText(QString::number(year));
    cell.number = year;
    cell.decimals = -1; // "General": no thousands separator in a spreadsheet either
    return cell;
}

ChartContext chartContext(const AnalysisReportData& data)
{
    ChartContext context;
    context.networkId = data.network ? data.network->id : 0;
    context.areaId = data.analysis.areaId;
    context.year = data.analysis.year;
    context.focusUnitId = data.analysis.focusUnitId;
    return context;
}

QString causeText(const Cause& cause)
{
    QString text = QStringLiteral("%1: %2").arg(enumLabel(cause.category), cause.text);
    if (cause.rootCause)
        text += u' ' + AnalysisReportBuilder::tr("(root cause)");
    return text;
}

QString whyChainText(const WhyChain& chain)
{
    QStringList steps{chain.problem};
    steps << chain.answers;
    return steps.join(QStringLiteral(" → "));
}

void addCauses(ReportDocument& document, const Analysis& analysis, const QString& indicatorId)
{
    QStringList causes;
    for (const Cause& cause : analysis.causes) {
        if (cause.indicatorId == indicatorId)
            causes << causeText(cause);
    }
    QStringList chains;
    for (const WhyChain& chain : analysis.whyChains) {
        if (chain.indicatorId == indicatorId)
            chains << whyChainText(chain);
    }
    QStringList notes;
    for (const SourceNote& note : analysis.sourceNotes) {
        if (note.indicatorId == indicatorId)
            notes << QStringLiteral("%1: %2").arg(note.source, note.note);
    }
    if (!causes.isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Causes (fishbone)"), 3);
        document.addList(causes);
    }
    if (!chains.isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Five whys"), 3);
        document.addList(chains);
    }
    if (!notes.isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Other sources"), 3);
        document.addList(notes);
    }
}

void addCover(ReportDocument& document, const AnalysisReportData& data)
{
    const Analysis& analysis = data.analysis;
    document.addHeading(document.title, 1);
    document.addParagraph(AnalysisReportBuilder::headline(data));
    Facts facts;
    addFact(facts, AnalysisReportBuilder::tr("Network"),
            data.network ? data.network->name : AnalysisReportBuilder::tr("none"));
    addFact(facts, AnalysisReportBuilder::tr("Area"), data.areaName);
    addFact(facts, AnalysisReportBuilder::tr("Year"), QString::number(analysis.year));
    addFact(facts, AnalysisReportBuilder::tr("Focus municipality"),
            analysis.focusUnitId.isEmpty() ? QString() : data.unitName(analysis.focusUnitId));
    addFact(facts, AnalysisReportBuilder::tr("Compared with"), data.populationLabel());
    addFact(facts, AnalysisReportBuilder::tr("Members"),
            data.memberNames().join(QStringLiteral(", ")));
    QStringList participants;
    for (const AnalysisParticipant& participant : analysis.participants) {
        QString text = participant.name;
        if (!participant.role.isEmpty())
            text += QStringLiteral(" (%1)").arg(participant.role);
        if (!participant.unitId.isEmpty())
            text += QStringLiteral(", %1").arg(data.unitName(participant.unitId));
        participants << text;
    }
    addFact(facts, AnalysisReportBuilder::tr("Participants"),
            participants.join(QStringLiteral("; ")));
    addFact(facts, AnalysisReportBuilder::tr("Status"),
            analysis.isCompleted() ? AnalysisReportBuilder::tr("completed %1")
                                         .arg(dateText(analysis.completedAt.toLocalTime().date()))
                                   : AnalysisReportBuilder::tr("in progress, step %1 of 5")
                                         .arg(analysisStepNumber(analysis.currentStep)));
    addFact(facts, AnalysisReportBuilder::tr("Report date"), dateText(QDate::currentDate()));
    document.addFacts(facts);
    if (!analysis.purpose.trimmed().isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Purpose"), 2);
        document.addParagraph(analysis.purpose.trimmed());
    }
    if (!analysis.mandate.trimmed().isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Mandate"), 2);
        document.addParagraph(analysis.mandate.trimmed());
    }
}

void addIndicatorSection(ReportDocument& document, Database& database,
                         const AnalysisReportData& data, const QString& indicatorId)
{
    const Analysis& analysis = data.analysis;
    const AnalysisIndicator entry = entryFor(analysis, indicatorId);
    document.addPageBreak();
    document.addHeading(data.indicatorTitle(indicatorId), 2);
    Facts facts;
    const Indicator indicator = data.indicators.value(indicatorId);
    addFact(facts, AnalysisReportBuilder::tr("Indicator"),
            QStringLiteral("%1 (%2)").arg(indicatorId, indicator.unitOfMeasure));
    addFact(facts, AnalysisReportBuilder::tr("Better"), enumReportLabel(indicator.direction));
    const HandbookType type = entry.handbookType != HandbookType::Unspecified
                                  ? entry.handbookType
                                  : indicator.handbookType;
    addFact(facts, AnalysisReportBuilder::tr("Type"),
            AnalysisReportBuilder::handbookTypeLabel(type));
    addFact(facts, AnalysisReportBuilder::tr("Judgement"), enumLabel(entry.judgement));
    addFact(facts, AnalysisReportBuilder::tr("Note"), entry.note);
    const int column = columnOf(data, indicatorId);
    if (const ComparisonTableRow* focus = data.focusRow(); focus && column >= 0) {
        const int decimals = ReportCells::decimalsFor(data.comparison, column);
        const ComparisonTableCell& cell = focus->cells[column];
        addFact(facts, data.unitName(analysis.focusUnitId),
                QStringLiteral("%1, %2").arg(ReportCells::value(cell, decimals).text,
                                             ReportCells::colourText(cell.colour)));
    }
    document.addFacts(facts);

    // Charts are worth having but never stop the report: an indicator without values in the
    // year still gets its text.
    const ChartContext context = chartContext(data);
    try {
        ReportChart ranking;
        ranking.kind = ReportChart::Kind::Ranking;
        ranking.ranking = RankingSeries::build(database, context, indicatorId,
                                               data.network ? ChartPopulation::Network
                                                            : ChartPopulation::AllMunicipalities);
        if (!ranking.ranking.bars.isEmpty())
            document.addChart(ranking);
        ReportChart trend;
        trend.kind = ReportChart::Kind::Trend;
        trend.trend = TrendSeries::build(database, context, indicatorId, qMax(0, analysis.year - 9),
                                         analysis.year);
        if (trend.trend.years.size() >= 2)
            document.addChart(trend);
    } catch (const Error&) {
        document.addParagraph(
            AnalysisReportBuilder::tr("The file has no values to draw for %1.").arg(indicatorId));
    }

    addCauses(document, analysis, indicatorId);
    if (!entry.conclusion.trimmed().isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Conclusion"), 3);
        document.addParagraph(entry.conclusion.trimmed());
    }
}

void addProposals(ReportDocument& document, const AnalysisReportData& data)
{
    document.addPageBreak();
    document.addHeading(AnalysisReportBuilder::tr("Improvement proposals"), 1);
    QList<Proposal> proposals;
    for (const Proposal& proposal : data.analysis.proposals) {
        if (proposal.chosen)
            proposals.append(proposal);
    }
    for (const Proposal& proposal : data.analysis.proposals) {
        if (!proposal.chosen)
            proposals.append(proposal);
    }
    if (proposals.isEmpty()) {
        document.addParagraph(
            AnalysisReportBuilder::tr("The group has not written any proposal yet."));
        return;
    }
    for (const Proposal& proposal : proposals) {
        const QString title =
            proposal.title.isEmpty() ? AnalysisReportBuilder::tr("(no title)") : proposal.title;
        document.addHeading(
            proposal.chosen ? AnalysisReportBuilder::tr("%1 (chosen)").arg(title) : title, 2);
        Facts facts;
        if (!proposal.indicatorId.isEmpty())
            addFact(facts, AnalysisReportBuilder::tr("Indicator"),
                    data.indicatorTitle(proposal.indicatorId));
        addFact(facts, AnalysisReportBuilder::tr("Problem"), proposal.problem);
        addFact(facts, AnalysisReportBuilder::tr("Goal"), proposal.goal);
        addFact(facts, AnalysisReportBuilder::tr("Ongoing work"), proposal.ongoingWork);
        addFact(facts, AnalysisReportBuilder::tr("Suggested actions"), proposal.suggestedActions);
        QStringList inspiration;
        if (!proposal.inspiration.trimmed().isEmpty())
            inspiration << proposal.inspiration.trimmed();
        QStringList names;
        for (const QString& id : proposal.inspirationUnitIds)
            names << data.unitName(id);
        if (!names.isEmpty())
            inspiration << names.join(QStringLiteral(", "));
        addFact(facts, AnalysisReportBuilder::tr("Inspiration"),
                inspiration.join(QStringLiteral(" — ")));
        addFact(facts, AnalysisReportBuilder::tr("Expected effect"), enumLabel(proposal.effect));
        addFact(facts, AnalysisReportBuilder::tr("Effort"), enumLabel(proposal.effort));
        addFact(facts, AnalysisReportBuilder::tr("Priority"), enumLabel(proposal.quadrant()));
        document.addFacts(facts);
    }
}

void addFollowUp(ReportDocument& document, const AnalysisReportData& data)
{
    document.addHeading(AnalysisReportBuilder::tr("Follow-up"), 1);
    if (data.followUps.isEmpty())
        document.addParagraph(AnalysisReportBuilder::tr("No targets are set yet."));
    else
        document.addTable(AnalysisReportBuilder::targetTable(data));
    QStringList notes;
    for (const FollowUpNote& note : data.analysis.followUpNotes) {
        QString text = QStringLiteral("%1: %2").arg(dateText(note.date), note.note);
        for (const PlannedAction& action : data.analysis.actions) {
            if (action.id == note.actionId && note.actionId != 0)
                text += QStringLiteral(" (%1)").arg(action.what);
        }
        notes << text;
    }
    if (!notes.isEmpty()) {
        document.addHeading(AnalysisReportBuilder::tr("Notes from follow-up meetings"), 2);
        document.addList(notes);
    }
}

} // namespace

ReportDocument AnalysisReportBuilder::build(Database& database, qint64 analysisId)
{
    return build(database, AnalysisReportData::load(database, analysisId));
}

ReportDocument AnalysisReportBuilder::build(Database& database, const AnalysisReportData& data)
{
    ReportDocument document;
    document.title = data.analysis.title.isEmpty()
                         ? tr("Analysis report")
                         : tr("Analysis report: %1").arg(data.analysis.title);
    document.sourceLine = data.sourceLine;
    document.exampleDataLabel = data.exampleDataLabel;
    addCover(document, data);

    document.addPageBreak();
    document.addHeading(tr("Prioritised indicators"), 1);
    if (data.prioritisedIds.isEmpty())
        document.addParagraph(tr("No indicator has been taken forward yet."));
    else
        document.addTable(prioritisedTable(data));

    for (const QString& id : data.prioritisedIds)
        addIndicatorSection(document, database, data, id);
    QStringList general;
    for (const Cause& cause : data.analysis.causes) {
        if (cause.indicatorId.isEmpty())
            general << causeText(cause);
    }
    if (!general.isEmpty()) {
        document.addHeading(tr("Causes that concern the whole analysis"), 2);
        document.addList(general);
    }

    addProposals(document, data);
    document.addPageBreak();
    document.addHeading(tr("Action plan"), 1);
    if (data.analysis.actions.isEmpty())
        document.addParagraph(tr("The action plan is empty."));
    else
        document.addTable(actionTable(data));
    addFollowUp(document, data);
    return document;
}

ReportTable AnalysisReportBuilder::prioritisedTable(const AnalysisReportData& data)
{
    ReportTable table;
    table.title = tr("Prioritised indicators %1").arg(data.analysis.year);
    const QString focus = data.unitName(data.analysis.focusUnitId);
    table.header << tr("Indicator") << focus << tr("Rank") << tr("Colour")
                 << tr("Change since %1").arg(data.analysis.year - 1);
    const ComparisonTableRow* mean = data.networkMeanRow();
    if (mean)
        table.header << mean->name;
    table.header << tr("Judgement");
    table.columnPercent =
        mean ? QList<int>{32, 10, 8, 14, 13, 12, 11} : QList<int>{36, 11, 8, 16, 15, 14};
    const ComparisonTableRow* focusRow = data.focusRow();
    for (int column = 0; column < data.comparison.columns.size(); ++column) {
        const ComparisonTableColumn& c = data.comparison.columns[column];
        const int decimals = ReportCells::decimalsFor(data.comparison, column);
        QList<ReportCell> row;
        row << ReportCell::fromText(c.indicator.title.isEmpty() ? c.indicator.id
                                                                : c.indicator.title);
        if (focusRow) {
            const ComparisonTableCell& cell = focusRow->cells[column];
            row << ReportCells::value(cell, decimals)
                << ReportCells::rank(cell.rank, c.population.n)
                << ReportCell::fromText(c.population.n < minimumValuesForColour
                                            ? tr("too few values")
                                            : ReportCells::colourText(cell.colour))
                << ReportCells::change(cell.change, decimals);
        } else {
            row << ReportCell{} << ReportCell{} << ReportCell{} << ReportCell{};
        }
        if (mean)
            row << ReportCells::plainValue(mean->cells[column].value, decimals);
        row << ReportCell::fromText(enumLabel(entryFor(data.analysis, c.indicator.id).judgement));
        table.rows.append(row);
    }
    table.caption =
        tr("Compared with: %1. %2").arg(data.populationLabel(), ReportTable::colourLegend());
    return table;
}

ReportTable AnalysisReportBuilder::actionTable(const AnalysisReportData& data)
{
    ReportTable table;
    table.title = tr("Action plan");
    table.header << tr("What") << tr("How") << tr("Who") << tr("When") << tr("Follow-up")
                 << tr("If not met") << tr("Status") << tr("Proposal");
    table.columnPercent = {18, 13, 14, 11, 11, 13, 10, 10};
    for (const PlannedAction& action : data.analysis.actions) {
        QString proposal;
        for (const Proposal& p : data.analysis.proposals) {
            if (p.id == action.proposalId && action.proposalId != 0)
                proposal = p.title;
        }
        table.rows.append(
            {ReportCell::fromText(action.what), ReportCell::fromText(action.how),
             ReportCell::fromText(action.responsible), ReportCell::fromText(dateText(action.due)),
             ReportCell::fromText(enumLabel(action.frequency)),
             ReportCell::fromText(action.ifNotMet), ReportCell::fromText(enumLabel(action.status)),
             ReportCell::fromText(proposal)});
    }
    return table;
}

ReportTable AnalysisReportBuilder::targetTable(const AnalysisReportData& data)
{
    ReportTable table;
    table.title = tr("Targets");
    table.columnPercent = {32, 14, 8, 10, 13, 13, 10};
    table.header << tr("Indicator") << tr("Municipality") << tr("Year") << tr("Target")
                 << tr("Starting value") << tr("Latest value") << tr("Progress");
    for (const TargetFollowUp& followUp : data.followUps) {
        const IndicatorTarget& target = followUp.target;
        QList<double> values{target.value};
        if (followUp.baseline)
            values << followUp.baseline->value;
        if (followUp.latest)
            values << followUp.latest->value;
        const int decimals = ChartLabels::decimalsFor(values);
        const auto dated = [decimals](const std::optional<DatedValue>& value) {
            if (!value)
                return ReportCell::fromText(QStringLiteral("–"));
            ReportCell cell = ReportCell::fromNumber(value->value, decimals);
            cell.text += QStringLiteral(" (%1)").arg(value->year);
            return cell;
        };
        table.rows.append({ReportCell::fromText(data.indicatorTitle(target.indicatorId)),
                           ReportCell::fromText(data.unitName(target.unitId)),
                           yearCell(target.year), ReportCell::fromNumber(target.value, decimals),
                           dated(followUp.baseline), dated(followUp.latest),
                           ReportCell::fromText(enumLabel(followUp.progress))});
    }
    return table;
}

QString AnalysisReportBuilder::handbookTypeLabel(HandbookType type)
{
    switch (type) {
    case HandbookType::Structure:
        return tr("structure");
    case HandbookType::Process:
        return tr("process");
    case HandbookType::Outcome:
        return tr("outcome");
    case HandbookType::Unspecified:
        break;
    }
    return {};
}

QString AnalysisReportBuilder::headline(const AnalysisReportData& data)
{
    QStringList parts;
    if (data.network)
        parts << data.network->name;
    parts << data.areaName << QString::number(data.analysis.year);
    return parts.join(QStringLiteral(" · "));
}

} // namespace jamfor
