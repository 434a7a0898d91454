// SPDX-License-Identifier: GPL-3.0-or-later
// Storage that the analysis engine reads: user groups (migration 2) and the observation
// queries for values, series and the gender split.
#define BOOST_TEST_MODULE analysis_storage
#include "core/model/importbatch.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/observationrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/storage/unitgrouprepository.h"
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
    QString path() const { return dir.filePath(QStringLiteral("test.jamfor")); }
};

bool hasTable(QSqlDatabase& db, const QString& name)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                      " AND name = ?"),
                       {name})
               .toInt() == 1;
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

// Writes observations of two indicators in one batch.
void writeObservations(Database& database, const QList<Observation>& observations)
{
    QSqlDatabase& db = database.connection();
    Transaction transaction(db);
    IndicatorRepository indicators(db);
    for (const Observation& o : observations)
        indicators.ensureExists(o.indicatorId);
    ImportBatch batch;
    batch.fileName = QStringLiteral("test");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ObservationWriter writer(db, ImportBatchRepository(db).create(batch));
    for (const Observation& o : observations)
        writer.write(o);
    transaction.commit();
}

Observation obs(const char* indicator, const char* unit, int year, Gender gender,
                std::optional<double> value)
{
    return {QString::fromLatin1(indicator),
            QString::fromLatin1(unit),
            year,
            gender,
            value,
            value ? ValueStatus::Ok : ValueStatus::Confidential};
}

} // namespace

BOOST_AUTO_TEST_CASE(migration_2_adds_user_groups_to_a_version_1_file)
{
    TempFile temp;
    {
        // A file at version 1, as the first release wrote it.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(temp.path());
        BOOST_REQUIRE(raw.open());
        migrate(raw, temp.path(), {schemaMigrations().constFirst()});
        BOOST_TEST(sql::scalar(raw, QStringLiteral("PRAGMA user_version")).toInt() == 1);
        BOOST_TEST(!hasTable(raw, QStringLiteral("unit_group")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    BOOST_TEST(schemaMigrations().size() >= 2);
    BOOST_TEST(schemaMigrations()[1].version == 2);
    auto database = Database::open(temp.path(), Database::OpenMode::OpenExisting);
    BOOST_TEST(database->schemaVersion() >= 2);
    BOOST_TEST(hasTable(database->connection(), QStringLiteral("unit_group")));
    BOOST_TEST(hasTable(database->connection(), QStringLiteral("unit_group_member")));
}

BOOST_AUTO_TEST_CASE(user_groups_are_saved_renamed_and_removed)
{
    TempFile temp;
    auto database = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    QSqlDatabase& db = database->connection();
    UnitGroupRepository groups(db);

    UnitGroup group{0,
                    QStringLiteral("Liknande kommuner"),
                    {QStringLiteral("1486"), QStringLiteral("1435"), QStringLiteral("1427")},
                    {}};
    const qint64 id = groups.save(group);
    BOOST_TEST(id > 0);
    groups.save({0, QStringLiteral("Andra"), {QStringLiteral("0180")}, {}});

    const std::optional<UnitGroup> loaded = groups.findByName(QStringLiteral("Liknande kommuner"));
    BOOST_TEST_REQUIRE(loaded.has_value());
    BOOST_TEST(loaded->id == id);
    // Members come back ordered by unit id.
    BOOST_TEST(loaded->unitIds == (QStringList{QStringLiteral("1427"), QStringLiteral("1435"),
                                               QStringLiteral("1486")}));
    const QList<UnitGroup> all = groups.all();
    BOOST_TEST_REQUIRE(all.size() == 2);
    BOOST_TEST(all[0].name == QStringLiteral("Andra")); // by name

    // Rename and change the members.
    group.id = id;
    group.name = QStringLiteral("Kustkommuner");
    group.unitIds = {QStringLiteral("1419")};
    BOOST_TEST(groups.save(group) == id);
    BOOST_TEST(!groups.findByName(QStringLiteral("Liknande kommuner")).has_value());
    BOOST_TEST(groups.find(id)->unitIds == QStringList{QStringLiteral("1419")});

    // The name is unique, and units must exist; both are refused with a clear message.
    const std::string duplicate = messageOf([&] {
        groups.save({0, QStringLiteral("Andra"), {}, {}});
    });
    BOOST_TEST(duplicate.find("\"Andra\" already exists") != std::string::npos, duplicate);
    const std::string unknown = messageOf([&] {
        groups.save({0, QStringLiteral("Ny"), {QStringLiteral("9999")}, {}});
    });
    BOOST_TEST(unknown.find("9999") != std::string::npos, unknown);

    groups.remove(id);
    BOOST_TEST(!groups.find(id).has_value());
    BOOST_TEST(sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM unit_group_member"
                                          " WHERE group_id = ?"),
                           {id})
                   .toInt() == 0);
}

BOOST_AUTO_TEST_CASE(values_of_one_and_several_indicators)
{
    TempFile temp;
    auto database = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    writeObservations(*database, {obs("N1", "1486", 2023, Gender::Total, 2.5),
                                  obs("N1", "1435", 2023, Gender::Total, -1.0),
                                  obs("N1", "1427", 2023, Gender::Total, std::nullopt),
                                  obs("N1", "1435", 2023, Gender::Women, 9.0),
                                  obs("N1", "1435", 2022, Gender::Total, 8.0),
                                  obs("N2", "1435", 2023, Gender::Total, 100.0)});
    ObservationRepository observations(database->connection());

    const QList<UnitValue> n1 = observations.values(QStringLiteral("N1"), 2023, Gender::Total);
    BOOST_TEST_REQUIRE(n1.size() == 3);
    // Ordered by unit id; the missing value keeps its status.
    BOOST_TEST(n1[0].unitId == QStringLiteral("1427"));
    BOOST_TEST(!n1[0].value.has_value());
    BOOST_TEST(int(n1[0].status) == int(ValueStatus::Confidential));
    BOOST_TEST((n1[1].value == std::optional<double>(-1.0)));
    BOOST_TEST((n1[2].value == std::optional<double>(2.5)));

    const QList<QList<UnitValue>> both = observations.values(
        {QStringLiteral("N2"), QStringLiteral("N9"), QStringLiteral("N1")}, 2023, Gender::Total);
    BOOST_TEST_REQUIRE(both.size() == 3);
    BOOST_TEST(both[0].size() == 1);
    BOOST_TEST((both[0][0].value == std::optional<double>(100.0)));
    BOOST_TEST(both[1].isEmpty()); // no such indicator
    BOOST_TEST((both[2] == n1));
}

BOOST_AUTO_TEST_CASE(series_and_all_genders)
{
    TempFile temp;
    auto database = Database::open(temp.path(), Database::OpenMode::CreateIfMissing);
    writeObservations(
        *database,
        {obs("A1", "1435", 2020, Gender::Total, 1.0), obs("A1", "1435", 2022, Gender::Total, 3.0),
         obs("A1", "1435", 2023, Gender::Total, std::nullopt),
         obs("A1", "1486", 2021, Gender::Total, 99.0), obs("A1", "1435", 2021, Gender::Men, 99.0),
         obs("B1", "1435", 2021, Gender::Total, 20.0), obs("B1", "1435", 2019, Gender::Total, 19.0),
         obs("A1", "1435", 2021, Gender::Women, 4.0), obs("A1", "1486", 2021, Gender::Women, 5.0)});
    ObservationRepository observations(database->connection());

    // In the order of the given indicators, then by year; 2019 is outside the range.
    const QList<Observation> series =
        observations.series(QStringLiteral("1435"), {QStringLiteral("B1"), QStringLiteral("A1")},
                            2020, 2023, Gender::Total);
    QStringList keys;
    for (const Observation& o : series)
        keys << QStringLiteral("%1/%2").arg(o.indicatorId).arg(o.year);
    BOOST_TEST(keys == (QStringList{QStringLiteral("B1/2021"), QStringLiteral("A1/2020"),
                                    QStringLiteral("A1/2022"), QStringLiteral("A1/2023")}));
    BOOST_TEST((series[1].value == std::optional<double>(1.0)));
    BOOST_TEST(!series[3].value.has_value());
    BOOST_TEST(series[3].unitId == QStringLiteral("1435"));
    BOOST_TEST(
        observations
            .series(QStringLiteral("1435"), {QStringLiteral("A1")}, 2023, 2020, Gender::Total)
            .isEmpty());

    // All genders of one indicator and year: T first, then K, then M; by unit within each.
    const QList<Observation> genders =
        observations.forIndicatorYearAllGenders(QStringLiteral("A1"), 2021);
    QStringList order;
    for (const Observation& o : genders)
        order << genderCode(o.gender) + o.unitId;
    BOOST_TEST(order == (QStringList{QStringLiteral("T1486"), QStringLiteral("K1435"),
                                     QStringLiteral("K1486"), QStringLiteral("M1435")}));
}
