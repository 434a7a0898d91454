// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/demoanalysis.h"

DemoAnalysis::DemoAnalysis(const QString& path)
{
    using namespace jamfor;
    database = Database::open(path, Database::OpenMode::CreateIfMissing);
    DemoDataset::write(*database);
    const auto network =
        NetworkRepository(database->connection()).findByName(DemoDataset::networkName);
    BOOST_REQUIRE(network);

    Analysis analysis;
    analysis.title = QStringLiteral("Kontinuitet i hemtjänsten <2024>");
    analysis.networkId = network->id;
    analysis.areaId = area;
    analysis.focusUnitId = focus;
    analysis.year = year;
    analysis.purpose = QStringLiteral("Färre personal per brukare & bättre kontinuitet.");
    analysis.mandate = QStringLiteral("Uppdrag från socialnämnden.");
    analysis.participants.append(
        {1, 0, QStringLiteral("Anna Andersson"), QStringLiteral("processledare"), focus});
    AnalysisIndicator entry;
    entry.indicatorId = indicator;
    entry.judgement = Judgement::Problem;
    entry.takenForward = true;
    entry.note = QStringLiteral("Fler personal än snittet");
    entry.conclusion = QStringLiteral("Schemaläggningen delar upp brukarna på för många.");
    analysis.indicators.append(entry);
    analysis.causes.append({2, indicator, CauseCategory::Organisation,
                            QStringLiteral("=HYPERLINK(\"http://x\") schemat"), true});
    analysis.whyChains.append({3,
                               indicator,
                               QStringLiteral("Många personal"),
                               {QStringLiteral("Korta pass"), QStringLiteral("Gammalt schema")}});
    Proposal proposal;
    proposal.id = 4;
    proposal.indicatorId = indicator;
    proposal.title = QStringLiteral("Mindre arbetslag");
    proposal.problem = QStringLiteral("Brukarna möter 20 personal på 14 dagar.");
    proposal.goal = QStringLiteral("Högst 12 personal på 14 dagar.");
    proposal.effect = Rating::High;
    proposal.effort = Rating::Low;
    proposal.chosen = true;
    analysis.proposals.append(proposal);
    PlannedAction action;
    action.id = 5;
    action.proposalId = 4;
    action.what = QStringLiteral("Dela in hemtjänsten i fyra lag");
    action.responsible = QStringLiteral("Enhetschef");
    action.due = QDate(2025, 6, 30);
    action.frequency = FollowUpFrequency::Quarterly;
    analysis.actions.append(action);
    IndicatorTarget target;
    target.id = 6;
    target.indicatorId = indicator;
    target.unitId = focus;
    target.year = 2026;
    target.value = 12;
    analysis.targets.append(target);
    analysisId = AnalysisRepository(database->connection()).create(analysis);
}
