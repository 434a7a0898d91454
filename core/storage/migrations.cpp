// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations.h"

#include "core/registry/unitregistry.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"

#include <QCoreApplication>

namespace jamfor {

namespace {

// Version 1: units, indicators, areas, observations with their import batches, networks with
// members and people, and analyses.
Migration version1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE file_info ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE area ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE unit ("
                " id TEXT PRIMARY KEY CHECK (length(id) = 4),"
                " name TEXT NOT NULL,"
                " type TEXT NOT NULL CHECK (type IN ('country','region','municipality')),"
                " county_code TEXT,"
                " kommungrupp TEXT)"),
            QStringLiteral("CREATE TABLE indicator ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " unit_of_measure TEXT NOT NULL DEFAULT '',"
                           " direction TEXT NOT NULL DEFAULT 'none'"
                           "  CHECK (direction IN ('higher','lower','none')),"
                           " kind TEXT NOT NULL DEFAULT 'quality'"
                           "  CHECK (kind IN ('cost','quality','volume','background')),"
                           " handbook_type TEXT NOT NULL DEFAULT ''"
                           "  CHECK (handbook_type IN ('','structure','process','outcome')),"
                           " area_id TEXT REFERENCES area(id) ON DELETE SET NULL,"
                           " source TEXT NOT NULL DEFAULT '',"
                           " divided_by_gender INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE import_batch ("
                           " id INTEGER PRIMARY KEY,"
                           " file_name TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT '',"
                           " imported_at TEXT NOT NULL,"
                           " row_count INTEGER NOT NULL DEFAULT 0)"),
            // The key puts year and gender before the unit so that one indicator's values
            // for one year (a ranking, a colour class) are one contiguous range.
            QStringLiteral("CREATE TABLE observation ("
                           " indicator_id TEXT NOT NULL REFERENCES indicator(id),"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
                           " gender TEXT NOT NULL CHECK (gender IN ('T','K','M')),"
                           " value REAL,"
                           " status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
                           " batch_id INTEGER NOT NULL REFERENCES import_batch(id),"
                           " CHECK ((value IS NULL) = (status <> 0)),"
                           " PRIMARY KEY (indicator_id, year, gender, unit_id)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE network ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " description TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE network_member ("
                           " network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (network_id, unit_id)"
                           ") WITHOUT ROWID"),
            // A member with rows here takes part only in these areas; without rows, in all.
            QStringLiteral("CREATE TABLE network_member_area ("
                           " network_id INTEGER NOT NULL,"
                           " unit_id TEXT NOT NULL,"
                           " area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (network_id, unit_id, area_id),"
                           " FOREIGN KEY (network_id, unit_id)"
                           "  REFERENCES network_member(network_id, unit_id) ON DELETE CASCADE"
                           ") WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE person ("
                " id INTEGER PRIMARY KEY,"
                " network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL,"
                " role TEXT NOT NULL DEFAULT 'other' CHECK (role IN"
                "  ('politician','municipal_ceo','project_leader','process_leader','other')),"
                " unit_id TEXT REFERENCES unit(id),"
                " email TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX person_by_network ON person(network_id)"),
            QStringLiteral(
                "CREATE TABLE analysis ("
                " id INTEGER PRIMARY KEY,"
                " title TEXT NOT NULL DEFAULT '',"
                " network_id INTEGER REFERENCES network(id) ON DELETE SET NULL,"
                " area_id TEXT REFERENCES area(id),"
                " focus_unit_id TEXT REFERENCES unit(id),"
                " year INTEGER NOT NULL,"
                " current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 5),"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
        }};
}

// Version 2: saved user groups of units, used as comparison populations.
Migration version2()
{
    return {
        2,
        {
            QStringLiteral("CREATE TABLE unit_group ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE unit_group_member ("
                           " group_id INTEGER NOT NULL REFERENCES unit_group(id) ON DELETE CASCADE,"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " PRIMARY KEY (group_id, unit_id)"
                           ") WITHOUT ROWID"),
        }};
}

// Version 3: everything a group records in the five steps of an analysis (issue 6). Items of an
// analysis are keyed by (analysis_id, id); the ids are chosen by the application, unique within
// one analysis and stable across saves, so undo commands and views can hold on to them.
// analysis_participant.person_id is deliberately not a foreign key: saving a network re-inserts
// its people under the same ids, which would otherwise clear the link.
Migration version3()
{
    const auto child = [](const QString& name, const QString& columns) {
        return QStringLiteral("CREATE TABLE %1 ("
                              " analysis_id INTEGER NOT NULL REFERENCES analysis(id)"
                              "  ON DELETE CASCADE,"
                              " id INTEGER NOT NULL,"
                              " position INTEGER NOT NULL,"
                              "%2,"
                              " PRIMARY KEY (analysis_id, id))")
            .arg(name, columns);
    };
    return {
        3,
        {
            QStringLiteral("ALTER TABLE analysis ADD COLUMN comparison_kind TEXT NOT NULL"
                           " DEFAULT 'network' CHECK (comparison_kind IN"
                           " ('network','country','county','kommungrupp','unit_group'))"),
            QStringLiteral(
                "ALTER TABLE analysis ADD COLUMN comparison_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE analysis ADD COLUMN comparison_group_id INTEGER"
                           " REFERENCES unit_group(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE analysis ADD COLUMN mandate TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE analysis ADD COLUMN purpose TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE analysis ADD COLUMN time_plan TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE analysis ADD COLUMN completed_at TEXT"),
            // Step 1: Förberedelser
            child(QStringLiteral("analysis_participant"),
                  QStringLiteral(" person_id INTEGER,"
                                 " name TEXT NOT NULL,"
                                 " role TEXT NOT NULL DEFAULT '',"
                                 " unit_id TEXT REFERENCES unit(id)")),
            child(QStringLiteral("analysis_meeting"),
                  QStringLiteral(" meeting_date TEXT,"
                                 " step INTEGER NOT NULL DEFAULT 0 CHECK (step BETWEEN 0 AND 5),"
                                 " title TEXT NOT NULL DEFAULT '',"
                                 " notes TEXT NOT NULL DEFAULT ''")),
            child(QStringLiteral("analysis_checklist_item"),
                  QStringLiteral(" text TEXT NOT NULL,"
                                 " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)),"
                                 " note TEXT NOT NULL DEFAULT ''")),
            // Step 2: Snabbanalys och prioritering (and the step 3 conclusion per indicator)
            QStringLiteral(
                "CREATE TABLE analysis_indicator ("
                " analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,"
                " indicator_id TEXT NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,"
                " judgement TEXT NOT NULL DEFAULT ''"
                "  CHECK (judgement IN ('','problem','keep','unclear')),"
                " handbook_type TEXT NOT NULL DEFAULT ''"
                "  CHECK (handbook_type IN ('','structure','process','outcome')),"
                " note TEXT NOT NULL DEFAULT '',"
                " taken_forward INTEGER NOT NULL DEFAULT 0 CHECK (taken_forward IN (0,1)),"
                " conclusion TEXT NOT NULL DEFAULT '',"
                " cost_indicator_id TEXT REFERENCES indicator(id) ON DELETE SET NULL,"
                " PRIMARY KEY (analysis_id, indicator_id))"),
            // Step 3: Fördjupad analys
            QStringLiteral(
                "CREATE TABLE analysis_similar_unit ("
                " analysis_id INTEGER NOT NULL REFERENCES analysis(id) ON DELETE CASCADE,"
                " unit_id TEXT NOT NULL REFERENCES unit(id),"
                " position INTEGER NOT NULL,"
                " PRIMARY KEY (analysis_id, unit_id)"
                ") WITHOUT ROWID"),
            child(QStringLiteral("cause"),
                  QStringLiteral(" indicator_id TEXT REFERENCES indicator(id) ON DELETE CASCADE,"
                                 " category TEXT NOT NULL CHECK (category IN ('method','people',"
                                 "'organisation','environment','material','measurement')),"
                                 " text TEXT NOT NULL,"
                                 " root_cause INTEGER NOT NULL DEFAULT 0"
                                 "  CHECK (root_cause IN (0,1))")),
            child(QStringLiteral("why_chain"),
                  QStringLiteral(" indicator_id TEXT REFERENCES indicator(id) ON DELETE CASCADE,"
                                 " problem TEXT NOT NULL DEFAULT ''")),
            QStringLiteral("CREATE TABLE why_answer ("
                           " analysis_id INTEGER NOT NULL,"
                           " chain_id INTEGER NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " answer TEXT NOT NULL,"
                           " PRIMARY KEY (analysis_id, chain_id, position),"
                           " FOREIGN KEY (analysis_id, chain_id)"
                           "  REFERENCES why_chain(analysis_id, id) ON DELETE CASCADE"
                           ") WITHOUT ROWID"),
            child(QStringLiteral("analysis_note"),
                  QStringLiteral(" indicator_id TEXT REFERENCES indicator(id) ON DELETE CASCADE,"
                                 " source TEXT NOT NULL DEFAULT '',"
                                 " note TEXT NOT NULL DEFAULT ''")),
            // Step 4: Förbättringsförslag
            child(QStringLiteral("proposal"),
                  QStringLiteral(" indicator_id TEXT REFERENCES indicator(id) ON DELETE SET NULL,"
                                 " title TEXT NOT NULL DEFAULT '',"
                                 " problem TEXT NOT NULL DEFAULT '',"
                                 " goal TEXT NOT NULL DEFAULT '',"
                                 " ongoing_work TEXT NOT NULL DEFAULT '',"
                                 " suggested_actions TEXT NOT NULL DEFAULT '',"
                                 " inspiration TEXT NOT NULL DEFAULT '',"
                                 " effect TEXT NOT NULL DEFAULT ''"
                                 "  CHECK (effect IN ('','low','high')),"
                                 " effort TEXT NOT NULL DEFAULT ''"
                                 "  CHECK (effort IN ('','low','high')),"
                                 " chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0,1))")),
            QStringLiteral("CREATE TABLE proposal_inspiration_unit ("
                           " analysis_id INTEGER NOT NULL,"
                           " proposal_id INTEGER NOT NULL,"
                           " unit_id TEXT NOT NULL REFERENCES unit(id),"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (analysis_id, proposal_id, unit_id),"
                           " FOREIGN KEY (analysis_id, proposal_id)"
                           "  REFERENCES proposal(analysis_id, id) ON DELETE CASCADE"
                           ") WITHOUT ROWID"),
            // Step 5: Genomförande och uppföljning
            child(QStringLiteral("analysis_action"),
                  QStringLiteral(" proposal_id INTEGER,"
                                 " what TEXT NOT NULL DEFAULT '',"
                                 " how TEXT NOT NULL DEFAULT '',"
                                 " responsible TEXT NOT NULL DEFAULT '',"
                                 " due_date TEXT,"
                                 " follow_up_frequency TEXT NOT NULL DEFAULT ''"
                                 "  CHECK (follow_up_frequency IN ('','monthly','quarterly',"
                                 "'twice_a_year','yearly','next_release')),"
                                 " if_not_met TEXT NOT NULL DEFAULT '',"
                                 " status TEXT NOT NULL DEFAULT 'not_started'"
                                 "  CHECK (status IN ('not_started','ongoing','done','cancelled')),"
                                 " FOREIGN KEY (analysis_id, proposal_id)"
                                 "  REFERENCES proposal(analysis_id, id) ON DELETE CASCADE")),
            child(QStringLiteral("analysis_target"),
                  QStringLiteral(" indicator_id TEXT NOT NULL REFERENCES indicator(id)"
                                 "  ON DELETE CASCADE,"
                                 " unit_id TEXT NOT NULL REFERENCES unit(id),"
                                 " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),"
                                 " gender TEXT NOT NULL DEFAULT 'T'"
                                 "  CHECK (gender IN ('T','K','M')),"
                                 " value REAL NOT NULL,"
                                 " note TEXT NOT NULL DEFAULT '',"
                                 " UNIQUE (analysis_id, indicator_id, unit_id, year, gender)")),
            child(
                QStringLiteral("follow_up"),
                QStringLiteral(" action_id INTEGER,"
                               " note_date TEXT,"
                               " note TEXT NOT NULL DEFAULT '',"
                               " FOREIGN KEY (analysis_id, action_id)"
                               "  REFERENCES analysis_action(analysis_id, id) ON DELETE CASCADE")),
        }};
}

int userVersion(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

// Version 4: Kolada's perspective of an indicator ("Kvalitet", "Kostnad", "Resultat", …), kept
// as Kolada gives it. It is shown to help the user set the kind, which Kolada does not have.
Migration version4()
{
    return {
        4,
        {QStringLiteral("ALTER TABLE indicator ADD COLUMN perspective TEXT NOT NULL DEFAULT ''")}};
}

// Version 5 (Kolada's real data): every municipality gets SKR's kommungrupp (revision 2023);
// an indicator knows whether its kind, direction and unit were confirmed by the user or are
// still Jämför's suggestion (kept by the user: anything that is not the old default); a saved
// group imported from Kolada keeps Kolada's group id, so that a second import updates it.
Migration version5()
{
    QStringList cases;
    for (const Unit& unit : UnitRegistry::instance().municipalities()) {
        // Codes and groups are digits and A1–C9 from the built-in list, never user text.
        cases << QStringLiteral("WHEN '%1' THEN '%2'").arg(unit.id, unit.kommungrupp);
    }
    return {
        5,
        {
            QStringLiteral("ALTER TABLE indicator ADD COLUMN confirmed INTEGER NOT NULL"
                           " DEFAULT 0 CHECK (confirmed IN (0,1))"),
            QStringLiteral("UPDATE indicator SET confirmed = 1"
                           " WHERE direction <> 'none' OR kind <> 'quality'"),
            QStringLiteral("UPDATE unit SET kommungrupp = CASE id %1 ELSE kommungrupp END"
                           " WHERE type = 'municipality'")
                .arg(cases.join(u' ')),
            QStringLiteral("ALTER TABLE unit_group ADD COLUMN kolada_id TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX unit_group_by_kolada_id ON unit_group(kolada_id)"
                           " WHERE kolada_id IS NOT NULL"),
        }};
}

// A stable id for each analysis, so that an analysis mailed to a colleague and brought back
// (import from another Jämför file) is recognised as the same one, whatever its row id.
Migration version6()
{
    return {6,
            {
                QStringLiteral("ALTER TABLE analysis ADD COLUMN uid TEXT"),
                QStringLiteral("UPDATE analysis SET uid = lower(hex(randomblob(16)))"),
                QStringLiteral("CREATE UNIQUE INDEX analysis_by_uid ON analysis(uid)"),
            }};
}

// Version 7 (the whole country): how many values each import batch holds now, kept by
// ObservationWriter as values are written, replaced (moved to the replacing batch) and removed,
// so that a file of 21 million values tells its size without counting them. (Not by triggers:
// the hardened connection runs none.)
Migration version7()
{
    return {7,
            {
                QStringLiteral("ALTER TABLE import_batch ADD COLUMN held INTEGER NOT NULL"
                               " DEFAULT 0"),
                QStringLiteral("UPDATE import_batch SET held = counted.n"
                               " FROM (SELECT batch_id, count(*) AS n FROM observation"
                               " GROUP BY batch_id) AS counted"
                               " WHERE counted.batch_id = import_batch.id"),
            }};
}

} // namespace

const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations{version1(), version2(), version3(), version4(),
                                             version5(), version6(), version7()};
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}

void migrate(QSqlDatabase& db, const QString& path, const QList<Migration>& migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const int current = userVersion(db);
    if (current > latest) {
        throw Error(QCoreApplication::translate("Database",
                                                "%1 was saved by a newer version of Jämför (file "
                                                "format %2; this version reads up to %3). Update "
                                                "Jämför to open it.")
                        .arg(path)
                        .arg(current)
                        .arg(latest));
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        for (const QString& statement : migration.statements)
            sql::run(db, statement);
        // PRAGMA does not take bound parameters; the version is an integer from this list.
        sql::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
}

} // namespace jamfor
