// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE storage
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QSqlQuery>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct TempFile
{
    QTemporaryDir dir;
    QString path(const QString& name = QStringLiteral("test.jamfor")) const
    {
        return dir.filePath(name);
    }
};

QString scalarText(Database& db, const QString& statement)
{
    return sql::scalar(db.connection(), statement).toString();
}

// Sets PRAGMA user_version through a connection that does not migrate.
void setUserVersion(const QString& path, int version)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        BOOST_REQUIRE(raw.open());
        QSqlQuery query(raw);
        BOOST_REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message().toStdString();
    }
    return "(no error)";
}

} // namespace

BOOST_AUTO_TEST_CASE(new_file_has_current_schema_wal_and_foreign_keys)
{
    TempFile temp;
    auto db = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    BOOST_TEST(db->schemaVersion() == latestSchemaVersion());
    BOOST_TEST(scalarText(*db, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    BOOST_TEST(scalarText(*db, QStringLiteral("PRAGMA foreign_keys")) == QStringLiteral("1"));
    BOOST_TEST(scalarText(*db, QStringLiteral("PRAGMA trusted_schema")) == QStringLiteral("0"));
    const QString observationSql =
        scalarText(*db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'observation'"));
    BOOST_TEST(observationSql.contains(QStringLiteral("WITHOUT ROWID")));
    BOOST_TEST(observationSql.contains(
        QStringLiteral("PRIMARY KEY (indicator_id, year, gender, unit_id)")));
    // 290 municipalities + 21 regions + the country.
    BOOST_TEST(UnitRepository(db->connection()).all().size() == 312);
}

BOOST_AUTO_TEST_CASE(missing_file_is_not_created_when_opening_existing)
{
    TempFile temp;
    const std::string message =
        messageOf([&] { Database::open(temp.path(), Database::OpenMode::OpenExisting); });
    BOOST_TEST(message.find("does not exist") != std::string::npos);
    BOOST_TEST(!QFile::exists(temp.path()));
}

BOOST_AUTO_TEST_CASE(file_from_newer_version_is_refused)
{
    TempFile temp;
    Database::open(temp.path(), Database::OpenMode::CreateIfMissing).reset();
    setUserVersion(temp.path(), latestSchemaVersion() + 1);
    const std::string message =
        messageOf([&] { Database::open(temp.path(), Database::OpenMode::OpenExisting); });
    BOOST_TEST(message.find("newer version of Jämför") != std::string::npos, message);
    BOOST_TEST(message.find(temp.path().toStdString()) != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(failed_migration_leaves_file_at_previous_version)
{
    TempFile temp;
    auto db = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    const int before = db->schemaVersion();
    QList<Migration> migrations = schemaMigrations();
    migrations.append({before + 1,
                       {QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    BOOST_CHECK_THROW(migrate(db->connection(), temp.path(), migrations), Error);
    BOOST_TEST(db->schemaVersion() == before);
    BOOST_TEST(
        sql::scalar(db->connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'"))
            .toInt() == 0);

    // The same step without the error is applied, and the version moves on.
    migrations.last().statements.removeLast();
    migrate(db->connection(), temp.path(), migrations);
    BOOST_TEST(db->schemaVersion() == before + 1);
}

BOOST_AUTO_TEST_CASE(not_sqlite_and_foreign_sqlite_files_are_refused)
{
    TempFile temp;
    const QString text = temp.path(QStringLiteral("notes.jamfor"));
    testfiles::writeAll(text, QByteArray("Det här är ingen databas.\n").repeated(200));
    std::string message =
        messageOf([&] { Database::open(text, Database::OpenMode::OpenExisting); });
    BOOST_TEST(message.find("not a Jämför file") != std::string::npos, message);

    const QString other = temp.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        raw.setDatabaseName(other);
        BOOST_REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    message = messageOf([&] { Database::open(other, Database::OpenMode::OpenExisting); });
    BOOST_TEST(message.find("not a Jämför file") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(observation_writer_reports_conflicts_and_replaces_on_request)
{
    TempFile temp;
    auto db = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    QSqlDatabase& c = db->connection();
    sql::run(c, QStringLiteral("INSERT INTO indicator (id, title) VALUES ('N1', 'Test')"));
    const qint64 batch = ImportBatchRepository(c).create({0,
                                                          QStringLiteral("a.csv"),
                                                          {},
                                                          QStringLiteral("file"),
                                                          QDateTime::currentDateTimeUtc(),
                                                          0});
    ObservationWriter writer(c, batch);
    const Observation first{QStringLiteral("N1"), QStringLiteral("1435"), 2020, Gender::Total, 10.5,
                            ValueStatus::Ok};
    Observation changed = first;
    changed.value = 11.0;
    Observation stored;
    BOOST_TEST(int(writer.write(first)) == int(ObservationWriter::Outcome::Inserted));
    BOOST_TEST(int(writer.write(first)) == int(ObservationWriter::Outcome::Unchanged));
    BOOST_TEST(int(writer.write(changed, ObservationWriter::OnConflict::Report, &stored)) ==
               int(ObservationWriter::Outcome::Conflict));
    BOOST_TEST(*stored.value == 10.5);
    BOOST_TEST(int(writer.write(changed, ObservationWriter::OnConflict::Replace)) ==
               int(ObservationWriter::Outcome::Replaced));
    const auto values =
        ObservationRepository(c).forIndicatorYear(QStringLiteral("N1"), 2020, Gender::Total);
    BOOST_REQUIRE(values.size() == 1);
    BOOST_TEST(*values[0].value == 11.0);

    // A missing value keeps its reason.
    const Observation confidential{
        QStringLiteral("N1"), QStringLiteral("1486"), 2020,
        Gender::Women,        std::nullopt,           ValueStatus::Confidential};
    writer.write(confidential);
    const auto women =
        ObservationRepository(c).forIndicatorYear(QStringLiteral("N1"), 2020, Gender::Women);
    BOOST_REQUIRE(women.size() == 1);
    BOOST_TEST(!women[0].value.has_value());
    BOOST_TEST(int(women[0].status) == int(ValueStatus::Confidential));
}

BOOST_AUTO_TEST_CASE(import_lands_whole_or_not_at_all)
{
    TempFile temp;
    auto db = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    const QString good = temp.path(QStringLiteral("good.csv"));
    testfiles::writeAll(good, "kpi,municipality,period,gender,value\n"
                              "N15419,1435,2023,T,71.5\n"
                              "N15419,1486,2023,T,\n");
    ObservationImporter importer(*db);
    const ImportResult result = importer.importCsv(good);
    BOOST_TEST(result.rows == 2);
    BOOST_TEST(result.inserted == 2);
    BOOST_TEST(result.indicatorsCreated == 1);

    const QString bad = temp.path(QStringLiteral("bad.csv"));
    testfiles::writeAll(bad, "indicator,unit,year,gender,value,status\n"
                             "N15419,1427,2023,T,70,\n"
                             "N15419,1430,2023,T,69,\n"
                             "N15419,9999,2023,T,68,\n");
    const std::string message = messageOf([&] { importer.importCsv(bad); });
    BOOST_TEST(message.find("bad.csv, line 4") != std::string::npos, message);
    BOOST_TEST(message.find("unknown unit code \"9999\"") != std::string::npos, message);
    BOOST_TEST(ObservationRepository(db->connection()).count() == 2);
    BOOST_TEST(ImportBatchRepository(db->connection()).all().size() == 1);

    // A different value for a stored key fails by default and names both values.
    const QString conflict = temp.path(QStringLiteral("conflict.csv"));
    testfiles::writeAll(conflict, "kpi,municipality,period,gender,value\nN15419,1435,2023,T,72\n");
    const std::string conflictMessage = messageOf([&] { importer.importCsv(conflict); });
    BOOST_TEST(conflictMessage.find("72") != std::string::npos, conflictMessage);
    BOOST_TEST(conflictMessage.find("71.5") != std::string::npos, conflictMessage);
    BOOST_TEST(importer.importCsv(conflict, ConflictPolicy::Keep).kept == 1);
    BOOST_TEST(importer.importCsv(conflict, ConflictPolicy::Replace).replaced == 1);
}

BOOST_AUTO_TEST_CASE(network_round_trip_keeps_area_restrictions_and_people)
{
    TempFile temp;
    auto db = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    QSqlDatabase& c = db->connection();
    sql::run(c, QStringLiteral("INSERT INTO area (id, name) VALUES ('grundskola', 'Grundskola')"));
    Network network;
    network.name = QStringLiteral("Testnätverket");
    network.members = {{QStringLiteral("1435"), {}},
                       {QStringLiteral("1438"), {QStringLiteral("grundskola")}}};
    network.people = {{0,
                       QStringLiteral("Åsa Öberg"),
                       PersonRole::ProcessLeader,
                       QStringLiteral("1435"),
                       QStringLiteral("asa@example.se"),
                       {}}};
    Transaction transaction(c);
    network.id = NetworkRepository(c).save(network);
    transaction.commit();

    const auto loaded = NetworkRepository(c).findByName(QStringLiteral("Testnätverket"));
    BOOST_REQUIRE(loaded.has_value());
    BOOST_TEST(loaded->members.size() == 2);
    BOOST_TEST(loaded->memberIdsFor(QStringLiteral("grundskola")).size() == 2);
    BOOST_TEST(loaded->memberIdsFor(QStringLiteral("aldreomsorg")).size() == 1);
    BOOST_REQUIRE(loaded->people.size() == 1);
    BOOST_TEST(loaded->people[0].name == QStringLiteral("Åsa Öberg"));
    BOOST_TEST(int(loaded->people[0].role) == int(PersonRole::ProcessLeader));

    NetworkRepository(c).remove(network.id);
    BOOST_TEST(NetworkRepository(c).all().isEmpty());
    BOOST_TEST(sql::scalar(c, QStringLiteral("SELECT count(*) FROM network_member")).toInt() == 0);
}
