// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE analysisrepository
#include "core/handbook/analysisstate.h"
#include "core/handbook/datacheck.h"
#include "core/handbook/followup.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QThread>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

const QString area = QStringLiteral("aldreomsorg");
const QString tanum = QStringLiteral("1435");
const QString dalsEd = QStringLiteral("1438");
const QString stromstad = QStringLiteral("1486");

// Every table that holds items of an analysis.
const QStringList itemTables{
    QStringLiteral("analysis_participant"),
    QStringLiteral("analysis_meeting"),
    QStringLiteral("analysis_checklist_item"),
    QStringLiteral("analysis_indicator"),
    QStringLiteral("analysis_similar_unit"),
    QStringLiteral("cause"),
    QStringLiteral("why_chain"),
    QStringLiteral("why_answer"),
    QStringLiteral("analysis_note"),
    QStringLiteral("proposal"),
    QStringLiteral("proposal_inspiration_unit"),
    QStringLiteral("analysis_action"),
    QStringLiteral("analysis_target"),
    QStringLiteral("follow_up"),
};

struct TestFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("analys.jamfor"));

    std::unique_ptr<Database> open()
    {
        return Database::open(path, Database::OpenMode::CreateIfMissing);
    }
};

// Rows of the table, or of one analysis in it.
int count(Database& db, const QString& table, qint64 analysisId = 0)
{
    if (analysisId == 0)
        return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            .toInt();
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM %1 WHERE analysis_id = ?").arg(table),
                       {analysisId})
        .toInt();
}

void addIndicator(QSqlDatabase& c, const QString& id, Direction direction,
                  const QString& areaId = area, IndicatorKind kind = IndicatorKind::Quality)
{
    Indicator indicator;
    indicator.id = id;
    indicator.title = QStringLiteral("Indikator ") + id;
    indicator.direction = direction;
    indicator.kind = kind;
    indicator.areaId = areaId;
    IndicatorRepository(c).save(indicator);
}

// Areas, indicators, a network with two people and a unit group, as a group would have them.
qint64 prepareFile(Database& db)
{
    QSqlDatabase& c = db.connection();
    Transaction transaction(c);
    AreaRepository(c).save({area, QStringLiteral("Äldreomsorg")});
    AreaRepository(c).save({QStringLiteral("grundskola"), QStringLiteral("Grundskola")});
    addIndicator(c, QStringLiteral("N1"), Direction::HigherIsBetter);
    addIndicator(c, QStringLiteral("N2"), Direction::LowerIsBetter);
    addIndicator(c, QStringLiteral("N3"), Direction::HigherIsBetter);
    addIndicator(c, QStringLiteral("N4"), Direction::None);
    addIndicator(c, QStringLiteral("C1"), Direction::LowerIsBetter, area, IndicatorKind::Cost);
    addIndicator(c, QStringLiteral("S1"), Direction::HigherIsBetter, QStringLiteral("grundskola"));
    Network network;
    network.name = QStringLiteral("Norra Bohuslän");
    network.members = {{tanum, {}}, {stromstad, {}}, {dalsEd, {}}};
    network.people = {{0, QStringLiteral("Åsa Öberg"), PersonRole::ProcessLeader, tanum, {}, {}},
                      {0, QStringLiteral("Per Ek"), PersonRole::Politician, stromstad, {}, {}}};
    const qint64 networkId = NetworkRepository(c).save(network);
    sql::run(c, QStringLiteral("INSERT INTO unit_group (id, name) VALUES (5, 'Liknande')"));
    transaction.commit();
    return networkId;
}

void writeObservations(Database& db, const QList<Observation>& observations)
{
    QSqlDatabase& c = db.connection();
    Transaction transaction(c);
    const qint64 batch = ImportBatchRepository(c).create({0,
                                                          QStringLiteral("test.csv"),
                                                          {},
                                                          QStringLiteral("Fil"),
                                                          QDateTime::currentDateTimeUtc(),
                                                          0});
    ObservationWriter writer(c, batch);
    for (const Observation& o : observations)
        writer.write(o);
    transaction.commit();
}

Observation value(const QString& indicator, const QString& unit, int year, double v)
{
    return {indicator, unit, year, Gender::Total, v, ValueStatus::Ok};
}

Observation without(const QString& indicator, const QString& unit, int year, ValueStatus status)
{
    return {indicator, unit, year, Gender::Total, std::nullopt, status};
}

// Compares part by part so that a failure names the part that did not survive.
void checkSame(const Analysis& loaded, const Analysis& expected)
{
    BOOST_TEST(loaded.id == expected.id);
    BOOST_CHECK_MESSAGE(
        loaded.title == expected.title && loaded.networkId == expected.networkId &&
            loaded.comparisonKind == expected.comparisonKind &&
            loaded.comparisonKey == expected.comparisonKey &&
            loaded.unitGroupId == expected.unitGroupId && loaded.areaId == expected.areaId &&
            loaded.focusUnitId == expected.focusUnitId && loaded.year == expected.year,
        "header");
    BOOST_TEST(int(loaded.currentStep) == int(expected.currentStep));
    BOOST_CHECK_MESSAGE(loaded.createdAt == expected.createdAt, "createdAt");
    BOOST_CHECK_MESSAGE(loaded.updatedAt == expected.updatedAt, "updatedAt");
    BOOST_CHECK_MESSAGE(loaded.completedAt == expected.completedAt, "completedAt");
    BOOST_CHECK_MESSAGE(loaded.mandate == expected.mandate && loaded.purpose == expected.purpose &&
                            loaded.timePlan == expected.timePlan,
                        "mandate, purpose, time plan");
    BOOST_CHECK_MESSAGE(loaded.participants == expected.participants, "participants");
    BOOST_CHECK_MESSAGE(loaded.meetings == expected.meetings, "meetings");
    BOOST_CHECK_MESSAGE(loaded.checklist == expected.checklist, "checklist");
    BOOST_CHECK_MESSAGE(loaded.indicators == expected.indicators, "indicators");
    BOOST_CHECK_MESSAGE(loaded.similarUnitIds == expected.similarUnitIds, "similar units");
    BOOST_CHECK_MESSAGE(loaded.causes == expected.causes, "causes");
    BOOST_CHECK_MESSAGE(loaded.whyChains == expected.whyChains, "why chains");
    BOOST_CHECK_MESSAGE(loaded.sourceNotes == expected.sourceNotes, "source notes");
    BOOST_CHECK_MESSAGE(loaded.proposals == expected.proposals, "proposals");
    BOOST_CHECK_MESSAGE(loaded.actions == expected.actions, "actions");
    BOOST_CHECK_MESSAGE(loaded.targets == expected.targets, "targets");
    BOOST_CHECK_MESSAGE(loaded.followUpNotes == expected.followUpNotes, "follow-up notes");
    BOOST_CHECK_MESSAGE(loaded == expected, "the whole analysis");
}

// Fills every field a group can enter in the step, with values unlike the defaults.
void enterStep(AnalysisState& state, AnalysisStep step, qint64 networkId)
{
    switch (step) {
    case AnalysisStep::Preparation: {
        state.setTitle(QStringLiteral("Kontinuitet i hemtjänsten 2023"));
        state.setNetworkId(networkId);
        state.setComparisonKind(ComparisonKind::UnitGroup);
        state.setComparisonKey(QStringLiteral("14"));
        state.setUnitGroupId(5);
        state.setAreaId(area);
        state.setFocusUnitId(tanum);
        state.setYear(2023);
        state.setMandate(QStringLiteral("Socialnämnden, beslut 2024-01-15 §3"));
        state.setPurpose(QStringLiteral("Förstå varför brukarna möter så många olika personal"));
        state.setTimePlan(QStringLiteral("Februari–juni, rapport till KS i september"));
        state.addParticipantFromPerson(
            {1, QStringLiteral("Åsa Öberg"), PersonRole::ProcessLeader, tanum, {}, {}});
        state.items<AnalysisParticipant>().add(
            {0, 0, QStringLiteral("Lena Strand"), QStringLiteral("Enhetschef"), dalsEd});
        state.items<AnalysisMeeting>().add({0, QDate(2024, 2, 5), 1, QStringLiteral("Uppstart"),
                                            QStringLiteral("Lokal: Kommunhuset")});
        state.items<AnalysisMeeting>().add(
            {0, QDate(2024, 3, 4), 2, QStringLiteral("Snabbanalys"), {}});
        state.items<AnalysisMeeting>().add({0, {}, 0, QStringLiteral("Datum ej satt"), {}});
        state.seedChecklist(
            {QStringLiteral("Uppdraget är förankrat"), QStringLiteral("Resultaten är inlästa")});
        ChecklistItem first = state.analysis().checklist[0];
        first.done = true;
        first.note = QStringLiteral("Klart i januari");
        state.items<ChecklistItem>().update(first);
        break;
    }
    case AnalysisStep::QuickAnalysis:
        state.setJudgement(QStringLiteral("N1"), Judgement::Problem);
        state.setIndicatorType(QStringLiteral("N1"), HandbookType::Process);
        state.setIndicatorNote(QStringLiteral("N1"), QStringLiteral("Sämst i nätverket"));
        state.setTakenForward(QStringLiteral("N1"), true);
        state.setJudgement(QStringLiteral("N2"), Judgement::GoodResult);
        state.setIndicatorType(QStringLiteral("N2"), HandbookType::Outcome);
        state.setTakenForward(QStringLiteral("N2"), true);
        state.setJudgement(QStringLiteral("N3"), Judgement::Unclear);
        state.setIndicatorType(QStringLiteral("N4"), HandbookType::Structure);
        break;
    case AnalysisStep::DeepAnalysis: {
        state.setConclusion(QStringLiteral("N1"), QStringLiteral("Schemat styr, inte brukaren"));
        state.setCostIndicator(QStringLiteral("N1"), QStringLiteral("C1"));
        state.setSimilarUnitIds({stromstad, dalsEd});
        state.items<Cause>().add({0, QStringLiteral("N1"), CauseCategory::Organisation,
                                  QStringLiteral("Stora arbetsgrupper"), true});
        state.items<Cause>().add({0, QStringLiteral("N1"), CauseCategory::Measurement,
                                  QStringLiteral("Besök registreras olika"), false});
        state.items<Cause>().add(
            {0, {}, CauseCategory::Environment, QStringLiteral("Glesbygd"), false});
        state.items<WhyChain>().add({0,
                                     QStringLiteral("N2"),
                                     QStringLiteral("Få väntar på plats"),
                                     {QStringLiteral("Korttidsplatser finns"),
                                      QStringLiteral("Tidig planering"), QString()}});
        state.items<WhyChain>().add(
            {0, QStringLiteral("N1"), QStringLiteral("Utan svar ännu"), {}});
        state.items<SourceNote>().add({0, QStringLiteral("N1"),
                                       QStringLiteral("Brukarundersökningen 2023"),
                                       QStringLiteral("Samma bild: 60 % nöjda")});
        state.items<SourceNote>().add({0, {}, QStringLiteral("Medarbetarenkät"), {}});
        break;
    }
    case AnalysisStep::Proposals: {
        Proposal teams;
        teams.indicatorId = QStringLiteral("N1");
        teams.title = QStringLiteral("Fasta team");
        teams.problem = QStringLiteral("Brukaren möter 16 personal på 14 dagar");
        teams.goal = QStringLiteral("Högst 10 personal");
        teams.ongoingWork = QStringLiteral("Ny planeringsrutin");
        teams.suggestedActions = QStringLiteral("Dela in i tre team");
        teams.inspiration = QStringLiteral("Strömstad gjorde samma sak 2021");
        teams.inspirationUnitIds = {stromstad, dalsEd};
        teams.effect = Rating::High;
        teams.effort = Rating::Low;
        teams.chosen = true;
        state.items<Proposal>().add(teams);
        Proposal system;
        system.title = QStringLiteral("Nytt planeringssystem");
        system.effect = Rating::Low;
        system.effort = Rating::High;
        state.items<Proposal>().add(system);
        break;
    }
    case AnalysisStep::Implementation: {
        const qint64 proposalId = state.analysis().proposals[0].id;
        PlannedAction plan;
        plan.proposalId = proposalId;
        plan.what = QStringLiteral("Dela in hemtjänsten i tre team");
        plan.how = QStringLiteral("Workshop med personalen");
        plan.responsible = QStringLiteral("Lena Strand");
        plan.due = QDate(2024, 9, 30);
        plan.frequency = FollowUpFrequency::Quarterly;
        plan.ifNotMet = QStringLiteral("Ta upp i ledningsgruppen");
        plan.status = ActionStatus::Ongoing;
        const qint64 actionId = state.items<PlannedAction>().add(plan);
        state.items<PlannedAction>().add({0,
                                          0,
                                          QStringLiteral("Återrapportera till KS"),
                                          {},
                                          QStringLiteral("Åsa Öberg"),
                                          QDate(2025, 3, 1),
                                          FollowUpFrequency::AtNextRelease,
                                          {},
                                          ActionStatus::NotStarted});
        state.items<IndicatorTarget>().add({0,
                                            QStringLiteral("N1"),
                                            {},
                                            2025,
                                            Gender::Total,
                                            75.5,
                                            QStringLiteral("Som Strömstad")});
        state.items<IndicatorTarget>().add(
            {0, QStringLiteral("N2"), stromstad, 2026, Gender::Women, 12.25, {}});
        state.items<FollowUpNote>().add(
            {0, actionId, QDate(2024, 12, 1), QStringLiteral("Två av tre team igång")});
        state.items<FollowUpNote>().add(
            {0, 0, QDate(2025, 1, 15), QStringLiteral("Planen gäller")});
        break;
    }
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(migration_3_adds_the_analysis_tables)
{
    TestFile file;
    auto db = file.open();
    BOOST_TEST(db->schemaVersion() >= 3);
    for (const QString& table : itemTables) {
        BOOST_TEST(sql::scalar(db->connection(),
                               QStringLiteral("SELECT count(*) FROM sqlite_schema"
                                              " WHERE type = 'table' AND name = ?"),
                               {table})
                           .toInt() == 1,
                   table.toStdString());
    }
    const QString analysisSql =
        sql::scalar(db->connection(),
                    QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'analysis'"))
            .toString();
    for (const char* column : {"comparison_kind", "comparison_key", "comparison_group_id",
                               "mandate", "purpose", "time_plan", "completed_at"})
        BOOST_TEST(analysisSql.contains(QLatin1String(column)), column);
}

BOOST_AUTO_TEST_CASE(everything_entered_survives_closing_and_reopening_at_each_step)
{
    TestFile file;
    qint64 networkId = 0;
    qint64 analysisId = 0;
    {
        auto db = file.open();
        networkId = prepareFile(*db);
        AnalysisRepository repository(db->connection());
        AnalysisState state;
        state.save(repository); // a new, empty analysis
        analysisId = state.analysis().id;
        BOOST_TEST(analysisId != 0);
        BOOST_TEST(!state.isModified());
        BOOST_TEST(state.analysis().createdAt.isValid());
    }

    for (int s = 1; s <= analysisStepCount; ++s) {
        const auto step = AnalysisStep(s);
        Analysis saved;
        {
            // Resume: open the file, load the analysis, carry on where the group left off.
            auto db = file.open();
            AnalysisRepository repository(db->connection());
            AnalysisState state;
            BOOST_REQUIRE(state.load(repository, analysisId));
            BOOST_TEST(int(state.currentStep()) == std::max(1, s - 1));
            if (s > 1)
                BOOST_REQUIRE_MESSAGE(state.next(), "step " << s - 1 << " has what it needs");
            BOOST_TEST(int(state.currentStep()) == s);
            enterStep(state, step, networkId);
            if (s == analysisStepCount)
                BOOST_REQUIRE(state.complete());
            BOOST_TEST(state.isModified());
            state.save(repository);
            saved = state.analysis();
        }
        auto db = file.open();
        const std::optional<Analysis> loaded =
            AnalysisRepository(db->connection()).load(analysisId);
        BOOST_REQUIRE(loaded.has_value());
        BOOST_TEST_CONTEXT("after step " << s)
        {
            checkSame(*loaded, saved);
        }
    }

    // The final analysis holds every kind of item.
    auto db = file.open();
    for (const QString& table : itemTables)
        BOOST_TEST(count(*db, table, analysisId) > 0, table.toStdString());
    const Analysis final = *AnalysisRepository(db->connection()).load(analysisId);
    BOOST_TEST(final.isCompleted());
    BOOST_TEST(final.participants[0].personId != 0);
    BOOST_TEST(final.whyChains[0].answers.size() == 3);
    BOOST_TEST(!final.meetings[2].date.isValid());
    BOOST_TEST(final.targets[1].value == 12.25);
}

BOOST_AUTO_TEST_CASE(saving_replaces_items_and_keeps_ids)
{
    TestFile file;
    auto db = file.open();
    const qint64 networkId = prepareFile(*db);
    AnalysisRepository repository(db->connection());
    AnalysisState state;
    for (int s = 1; s <= analysisStepCount; ++s)
        enterStep(state, AnalysisStep(s), networkId);
    state.save(repository);
    const qint64 keptCause = state.analysis().causes[1].id;

    state.items<Cause>().remove(state.analysis().causes[0].id);
    state.items<Proposal>().remove(state.analysis().proposals[0].id);
    state.setTakenForward(QStringLiteral("N1"), false);
    state.save(repository);

    const Analysis loaded = *repository.load(state.analysis().id);
    checkSame(loaded, state.analysis());
    BOOST_TEST(loaded.causes.size() == 2);
    BOOST_TEST(loaded.causes[0].id == keptCause);
    BOOST_TEST(loaded.proposals.size() == 1);
    BOOST_TEST(loaded.actions.size() == 1, "the proposal's action went with it");
    BOOST_TEST(loaded.followUpNotes.size() == 1, "and the action's follow-up note");
    BOOST_TEST(count(*db, QStringLiteral("proposal_inspiration_unit")) == 0);
}

BOOST_AUTO_TEST_CASE(deleting_an_analysis_deletes_everything_in_it_and_nothing_else)
{
    TestFile file;
    auto db = file.open();
    const qint64 networkId = prepareFile(*db);
    AnalysisRepository repository(db->connection());
    AnalysisState first;
    AnalysisState second;
    for (int s = 1; s <= analysisStepCount; ++s) {
        enterStep(first, AnalysisStep(s), networkId);
        enterStep(second, AnalysisStep(s), networkId);
    }
    first.save(repository);
    second.save(repository);
    for (const QString& table : itemTables)
        BOOST_TEST(count(*db, table, first.analysis().id) > 0, table.toStdString());

    BOOST_TEST(repository.remove(first.analysis().id));
    BOOST_TEST(!repository.remove(first.analysis().id));
    BOOST_TEST(!repository.load(first.analysis().id).has_value());
    for (const QString& table : itemTables) {
        BOOST_TEST(count(*db, table, first.analysis().id) == 0, table.toStdString());
        BOOST_TEST(count(*db, table, second.analysis().id) > 0, table.toStdString());
    }

    // The foreign keys cascade too: a plain DELETE of the analysis row leaves no items behind.
    sql::run(db->connection(), QStringLiteral("DELETE FROM analysis WHERE id = ?"),
             {second.analysis().id});
    for (const QString& table : itemTables)
        BOOST_TEST(count(*db, table) == 0, table.toStdString());

    // Saving an analysis that is no longer in the file is an error, not a silent insert.
    BOOST_CHECK_THROW(second.save(repository), Error);
    BOOST_TEST(repository.list().isEmpty());
}

BOOST_AUTO_TEST_CASE(list_create_and_deleted_network)
{
    TestFile file;
    auto db = file.open();
    const qint64 networkId = prepareFile(*db);
    AnalysisRepository repository(db->connection());
    Analysis older;
    older.title = QStringLiteral("Äldre");
    older.networkId = networkId;
    older.year = 2022;
    BOOST_TEST(repository.create(older) != 0);
    BOOST_CHECK_THROW(repository.create(older), Error);
    Analysis newer;
    newer.title = QStringLiteral("Nyare");
    newer.comparisonKind = ComparisonKind::County;
    newer.comparisonKey = QStringLiteral("14");
    repository.create(newer);
    QThread::msleep(5);     // times are stored to the millisecond
    repository.save(older); // now the most recently changed

    const QList<Analysis> all = repository.list();
    BOOST_REQUIRE(all.size() == 2);
    BOOST_TEST(all[0].title == QStringLiteral("Äldre"));
    BOOST_TEST(all[0].networkId == networkId);
    BOOST_TEST(int(all[1].comparisonKind) == int(ComparisonKind::County));
    BOOST_TEST(all[1].comparisonKey == QStringLiteral("14"));

    // Deleting the network keeps the analysis; it no longer has a network.
    NetworkRepository(db->connection()).remove(networkId);
    BOOST_TEST(repository.load(older.id)->networkId == 0);
}

BOOST_AUTO_TEST_CASE(a_value_the_file_refuses_leaves_the_stored_analysis_unchanged)
{
    TestFile file;
    auto db = file.open();
    prepareFile(*db);
    AnalysisRepository repository(db->connection());
    AnalysisState state;
    state.setTitle(QStringLiteral("Före"));
    state.setJudgement(QStringLiteral("N1"), Judgement::Problem);
    state.save(repository);
    const Analysis before = state.analysis();

    state.setTitle(QStringLiteral("Efter"));
    state.setJudgement(QStringLiteral("NOPE"), Judgement::Problem); // not in the file
    BOOST_CHECK_THROW(state.save(repository), Error);
    BOOST_TEST(state.isModified());
    checkSame(*repository.load(before.id), before);
}

BOOST_AUTO_TEST_CASE(data_check_lists_values_and_what_is_missing)
{
    TestFile file;
    auto db = file.open();
    prepareFile(*db);
    writeObservations(*db, {value(QStringLiteral("N1"), tanum, 2023, 71.5),
                            without(QStringLiteral("N2"), tanum, 2023, ValueStatus::Missing),
                            without(QStringLiteral("N3"), tanum, 2023, ValueStatus::Confidential),
                            value(QStringLiteral("N4"), tanum, 2022, 3),
                            value(QStringLiteral("N4"), stromstad, 2023, 4),
                            value(QStringLiteral("C1"), tanum, 2023, 123456),
                            value(QStringLiteral("S1"), tanum, 2023, 80)});

    const DataCheck check = DataCheck::run(*db, area, tanum, 2023);
    BOOST_REQUIRE(check.items.size() == 5); // the area's indicators, not grundskola's
    QHash<QString, DataCheck::Availability> byId;
    for (const DataCheck::Item& item : check.items)
        byId.insert(item.indicator.id, item.availability);
    BOOST_TEST(int(byId.value(QStringLiteral("N1"))) == int(DataCheck::Availability::HasValue));
    BOOST_TEST(int(byId.value(QStringLiteral("C1"))) == int(DataCheck::Availability::HasValue));
    BOOST_TEST(int(byId.value(QStringLiteral("N2"))) == int(DataCheck::Availability::Missing));
    BOOST_TEST(int(byId.value(QStringLiteral("N3"))) == int(DataCheck::Availability::Confidential));
    BOOST_TEST(int(byId.value(QStringLiteral("N4"))) == int(DataCheck::Availability::NotImported),
               "a value in another year or for another unit does not count");
    BOOST_TEST(check.valueCount() == 2);
    BOOST_TEST(check.missing().size() == 3);
    BOOST_TEST(!check.isComplete());
    for (const DataCheck::Item& item : check.items) {
        if (item.indicator.id == QStringLiteral("N1"))
            BOOST_TEST(*item.value == 71.5);
    }

    const DataCheck earlier = DataCheck::run(*db, area, tanum, 2022);
    BOOST_TEST(earlier.valueCount() == 1);
    BOOST_TEST(DataCheck::run(*db, QStringLiteral("grundskola"), tanum, 2023).isComplete());
    BOOST_TEST(DataCheck::run(*db, QString(), tanum, 2023).items.isEmpty());
}

BOOST_AUTO_TEST_CASE(follow_up_compares_targets_with_the_newest_stored_value)
{
    TestFile file;
    auto db = file.open();
    prepareFile(*db);
    writeObservations(*db, {value(QStringLiteral("N1"), tanum, 2023, 60),
                            value(QStringLiteral("N1"), tanum, 2024, 65),
                            without(QStringLiteral("N1"), tanum, 2025, ValueStatus::Missing),
                            value(QStringLiteral("N2"), tanum, 2023, 20),
                            value(QStringLiteral("N2"), tanum, 2024, 15),
                            value(QStringLiteral("N1"), stromstad, 2023, 60),
                            value(QStringLiteral("N1"), stromstad, 2024, 55)});

    Analysis analysis;
    analysis.focusUnitId = tanum;
    analysis.year = 2023;
    analysis.targets = {{1, QStringLiteral("N1"), tanum, 2025, Gender::Total, 70, {}},
                        {2, QStringLiteral("N2"), tanum, 2025, Gender::Total, 15, {}},
                        {3, QStringLiteral("N1"), dalsEd, 2025, Gender::Total, 70, {}},
                        {4, QStringLiteral("N1"), stromstad, 2025, Gender::Total, 70, {}},
                        {5, QStringLiteral("N1"), tanum, 2025, Gender::Women, 70, {}}};
    const QList<TargetFollowUp> results = followUpTargets(*db, analysis);
    BOOST_REQUIRE(results.size() == 5);

    // Higher is better, 60 → 65 towards 70; the 2025 row without a value is skipped.
    BOOST_TEST(int(results[0].progress) == int(TargetProgress::OnTheWay));
    BOOST_REQUIRE(results[0].latest.has_value());
    BOOST_TEST(results[0].latest->year == 2024);
    BOOST_TEST(results[0].baseline->value == 60);
    BOOST_TEST(results[0].share == 0.5, boost::test_tools::tolerance(1e-12));
    // Lower is better, 20 → 15 with target 15.
    BOOST_TEST(int(results[1].direction) == int(Direction::LowerIsBetter));
    BOOST_TEST(int(results[1].progress) == int(TargetProgress::Reached));
    // No value at all for Dals-Ed, or for women in Tanum.
    BOOST_TEST(int(results[2].progress) == int(TargetProgress::NoValue));
    BOOST_TEST(int(results[4].progress) == int(TargetProgress::NoValue));
    // Strömstad went the wrong way.
    BOOST_TEST(int(results[3].progress) == int(TargetProgress::NotReached));
}
