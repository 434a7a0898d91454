// SPDX-License-Identifier: GPL-3.0-or-later
// Kolada's real shapes: periods as strings, rows of groups and organisational units, values
// withdrawn in a refresh, rows a download did not ask for, municipality groups (real ones, from
// tests/data/kolada) and the suggestions an indicator gets from Kolada's metadata.
#define BOOST_TEST_MODULE kolada_data
#include "core/analysis/comparisonpopulation.h"
#include "core/import/observationimporter.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/networkrepository.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/importtesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <boost/test/unit_test.hpp>

using namespace jamfor;
using importtesting::dump;
using importtesting::importData;
using importtesting::messageOf;
using importtesting::sorted;
using importtesting::TempDatabase;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

ImportResult importFile(TempDatabase& temp, const QString& path)
{
    return ObservationImporter(temp.db()).importFile(path);
}

QString koladaData(const QString& name)
{
    return testfiles::dataPath(QStringLiteral("kolada/") + name);
}

// The groups of a Kolada file as id → (title, sorted member ids), read here with QJsonDocument.
QHash<QString, std::pair<QString, QStringList>> groupsIn(const QString& path)
{
    QHash<QString, std::pair<QString, QStringList>> groups;
    const QJsonDocument document = QJsonDocument::fromJson(testfiles::readAll(path));
    for (const QJsonValue& group : document[QLatin1StringView("values")].toArray()) {
        QStringList members;
        for (const QJsonValue& member : group[QLatin1StringView("members")].toArray())
            members << member[QLatin1StringView("member_id")].toString();
        members.sort();
        groups.insert(group[QLatin1StringView("id")].toString(),
                      {group[QLatin1StringView("title")].toString(), members});
    }
    return groups;
}

QStringList groupNames(Database& database)
{
    QStringList names;
    for (const UnitGroup& group : UnitGroupRepository(database.connection()).all())
        names << group.name;
    return names;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_refresh_removes_withdrawn_values_and_counts_group_and_unit_rows)
{
    TempDatabase temp;
    importFile(temp, importData(QStringLiteral("kolada_v3_base.json")));
    const ImportResult refresh =
        importFile(temp, importData(QStringLiteral("kolada_v3_refresh.json")));
    // 1435's value is withdrawn (isdeleted) and removed; 1486 K was never stored.
    BOOST_TEST(refresh.removed == 1);
    BOOST_TEST(refresh.skipped == 1);
    BOOST_TEST(refresh.unchanged == 1);            // 1486 T, with "period" as the string "2023"
    BOOST_TEST(refresh.skippedGroupRows == 2);     // G92794 and G145187
    BOOST_TEST(refresh.skippedUnitLevelRows == 1); // the school V15E143500101
    BOOST_TEST(dump(temp.db()) == QStringList{QStringLiteral("N15419 1486 2023 T 70")});
    const QString warnings = refresh.warnings.join(u'\n');
    BOOST_TEST(warnings.contains(QStringLiteral("G92794")), warnings.toStdString());
    BOOST_TEST(warnings.contains(QStringLiteral("V15E143500101")), warnings.toStdString());
    BOOST_TEST(warnings.contains(QStringLiteral("2 rows")), warnings.toStdString());
}

BOOST_AUTO_TEST_CASE(a_period_text_that_is_no_year_is_refused_with_its_place)
{
    TempDatabase temp;
    const QByteArray before = importtesting::snapshot(temp.db());
    const std::string message = messageOf(
        [&] { importFile(temp, importData(QStringLiteral("kolada_v3_period_text_bad.json"))); });
    BOOST_TEST(message.find("kolada_v3_period_text_bad.json") != std::string::npos, message);
    BOOST_TEST(message.find("values[0]") != std::string::npos, message);
    BOOST_TEST(message.find("år 2023") != std::string::npos, message);
    BOOST_TEST(importtesting::snapshot(temp.db()) == before);
}

BOOST_AUTO_TEST_CASE(a_download_stores_only_what_was_asked_for)
{
    TempDatabase temp;
    const auto item = [](const char* kpi, const char* unit, int year, double value) {
        return QJsonObject{{QStringLiteral("kpi"), QString::fromLatin1(kpi)},
                           {QStringLiteral("municipality"), QString::fromLatin1(unit)},
                           {QStringLiteral("period"), year},
                           {QStringLiteral("values"),
                            QJsonArray{QJsonObject{{QStringLiteral("gender"), QStringLiteral("T")},
                                                   {QStringLiteral("value"), value}}}}};
    };
    const QJsonArray values{item("N15419", "1435", 2023, 1), item("N15419", "1486", 2023, 2),
                            item("N99999", "1435", 2023, 3), item("N15419", "0180", 2023, 4),
                            item("N15419", "1435", 2019, 5)};
    KoladaDownload download;
    download.url = QStringLiteral("https://api.kolada.se/v3/data/kpi/N15419/municipality/"
                                  "1435,1486/year/2023");
    download.pages.append(
        {download.url, QJsonDocument(QJsonObject{{QStringLiteral("values"), values}})});
    KoladaFetchRequest expected;
    expected.kpiIds = {QStringLiteral("N15419")};
    expected.unitIds = {QStringLiteral("1435"), QStringLiteral("1486")};
    expected.firstYear = expected.lastYear = 2023;
    download.expected = expected;
    const ImportResult result = ObservationImporter(temp.db()).importKoladaDownload(download);
    BOOST_TEST(result.skippedUnrequested == 3);
    BOOST_TEST(result.units == 2);
    BOOST_TEST(dump(temp.db()) == sorted({QStringLiteral("N15419 1435 2023 T 1"),
                                          QStringLiteral("N15419 1486 2023 T 2")}));
    BOOST_TEST(result.warnings.join(u' ').contains(QStringLiteral("3 rows")));
    BOOST_TEST(!IndicatorRepository(temp.db().connection()).find(QStringLiteral("N99999")));

    // A whole-country request (no units) takes every unit, still only the asked years.
    TempDatabase country;
    expected.unitIds.clear();
    download.expected = expected;
    const ImportResult all = ObservationImporter(country.db()).importKoladaDownload(download);
    BOOST_TEST(all.skippedUnrequested == 2);
    BOOST_TEST(all.units == 3);
}

BOOST_AUTO_TEST_CASE(real_municipality_groups_become_saved_groups_named_by_title)
{
    TempDatabase temp;
    const QString path = koladaData(QStringLiteral("municipality_groups_sample.json"));
    const auto expected = groupsIn(path);
    const ImportResult result = importFile(temp, path);
    BOOST_TEST(int(result.format) == int(ImportFormat::KoladaGroupJson));
    BOOST_TEST(result.rows == expected.size());
    BOOST_TEST(result.groupsCreated == expected.size());

    UnitGroupRepository groups(temp.db().connection());
    const std::optional<UnitGroup> v9 = groups.findByKoladaId(QStringLiteral("G145187"));
    BOOST_REQUIRE(v9);
    BOOST_TEST(v9->name == QStringLiteral("V9")); // "V9 (ovägt medel)" without the note
    BOOST_TEST(v9->unitIds == expected.value(QStringLiteral("G145187")).second);
    BOOST_TEST(v9->unitIds.size() == 9);
    BOOST_TEST(!v9->unitIds.contains(QStringLiteral("1419"))); // Tjörn is not in V9
    const auto similar =
        groups.findByName(QStringLiteral("Liknande kommuner äldreomsorg, Tanum, 2022"));
    BOOST_REQUIRE(similar);
    BOOST_TEST(similar->unitIds == expected.value(similar->koladaId).second);

    // Usable as a comparison population by its title.
    const ComparisonPopulation population = ComparisonPopulation::resolve(
        PopulationChoice{PopulationKind::UserGroup, QStringLiteral("V9")}, {},
        UnitRepository(temp.db().connection()).all(), {}, groups.all());
    BOOST_TEST(population.unitIds == v9->unitIds);

    // The same file again changes nothing; a changed membership updates the same group.
    const ImportResult again = importFile(temp, path);
    BOOST_TEST(again.groupsCreated == 0);
    BOOST_TEST(again.groupsUpdated == 0);
    QByteArray changed = testfiles::readAll(path);
    changed.replace("\"member_id\": \"1460\"", "\"member_id\": \"1419\"");
    testfiles::writeAll(temp.file(QStringLiteral("changed.json")), changed);
    const ImportResult update = importFile(temp, temp.file(QStringLiteral("changed.json")));
    BOOST_TEST(update.groupsCreated == 0);
    BOOST_TEST(update.groupsUpdated >= 1);
    BOOST_TEST(
        groups.findByKoladaId(QStringLiteral("G145187"))->unitIds.contains(QStringLiteral("1419")));
    BOOST_TEST(groups.findByKoladaId(QStringLiteral("G145187"))->id == v9->id);
}

BOOST_AUTO_TEST_CASE(a_users_group_with_the_same_name_is_never_overwritten)
{
    TempDatabase temp;
    UnitGroupRepository groups(temp.db().connection());
    groups.save({0, QStringLiteral("Fyrbodal"), {QStringLiteral("1435")}, {}});
    importFile(temp, koladaData(QStringLiteral("municipality_groups_sample.json")));
    BOOST_TEST(groups.findByName(QStringLiteral("Fyrbodal"))->unitIds ==
               QStringList{QStringLiteral("1435")});
    const auto kolada = groups.findByKoladaId(QStringLiteral("G96180"));
    BOOST_REQUIRE(kolada);
    BOOST_TEST(kolada->name == QStringLiteral("Fyrbodal (G96180)"));
    BOOST_TEST(kolada->unitIds.size() == 14);
}

BOOST_AUTO_TEST_CASE(bad_group_files_are_refused_whole_with_their_place)
{
    const QList<std::pair<QString, QStringList>> cases{
        {QStringLiteral("kolada_groups_bad_member.json"),
         {QStringLiteral("values[1] (G96180)"), QStringLiteral("members[1]"),
          QStringLiteral("9999")}},
        {QStringLiteral("kolada_groups_no_members.json"),
         {QStringLiteral("values[0] (G145187)"), QStringLiteral("\"members\" is missing")}},
        {QStringLiteral("kolada_groups_twice.json"),
         {QStringLiteral("values[1] (G145187)"), QStringLiteral("values[0]")}},
        {QStringLiteral("kolada_kpi_groups.json"),
         {QStringLiteral("KPI groups"), QStringLiteral("GKPI89")}},
    };
    for (const auto& [file, needles] : cases) {
        TempDatabase temp;
        const QStringList before = groupNames(temp.db());
        const QString message =
            QString::fromStdString(messageOf([&] { importFile(temp, importData(file)); }));
        BOOST_TEST(message.contains(file), message.toStdString());
        for (const QString& needle : needles)
            BOOST_TEST(message.contains(needle), file.toStdString()
                                                     << ": " << message.toStdString());
        BOOST_TEST(groupNames(temp.db()) == before, file.toStdString());
    }
}

BOOST_AUTO_TEST_CASE(kpi_metadata_suggests_and_a_confirmed_choice_is_kept)
{
    TempDatabase temp;
    QSqlDatabase& c = temp.db().connection();
    const ImportResult first = importFile(temp, importData(QStringLiteral("kolada_kpi_v2.json")));
    BOOST_TEST(first.indicatorsSuggested == 2);
    Indicator school = *IndicatorRepository(c).find(QStringLiteral("N15419"));
    BOOST_TEST(!school.confirmed);
    BOOST_TEST(int(school.kind) == int(IndicatorKind::Quality));
    BOOST_TEST(int(school.direction) == int(Direction::HigherIsBetter));
    BOOST_TEST(school.unitOfMeasure == QStringLiteral("andel (%)")); // Kolada's own unit wins

    // The user says otherwise and confirms; a later import leaves it alone.
    school.direction = Direction::None;
    school.kind = IndicatorKind::Background;
    school.unitOfMeasure = QStringLiteral("procent");
    school.confirmed = true;
    IndicatorRepository(c).save(school);
    const ImportResult second = importFile(temp, importData(QStringLiteral("kolada_kpi_v2.json")));
    BOOST_TEST(second.indicatorsSuggested == 1); // N20007 is still a suggestion
    const Indicator kept = *IndicatorRepository(c).find(QStringLiteral("N15419"));
    BOOST_TEST(int(kept.direction) == int(Direction::None));
    BOOST_TEST(int(kept.kind) == int(IndicatorKind::Background));
    BOOST_TEST(kept.unitOfMeasure == QStringLiteral("procent"));
    BOOST_TEST(kept.confirmed);

    // Values of an unknown id get a suggestion from the shipped table and the id alone.
    importFile(temp, importData(QStringLiteral("kolada_v3_nested.json")));
    const Indicator fromData = *IndicatorRepository(c).find(QStringLiteral("U21468"));
    BOOST_TEST(!fromData.confirmed);
}

BOOST_AUTO_TEST_CASE(migration_5_gives_old_files_kommungrupp_and_keeps_set_choices_confirmed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.jamfor"));
    {
        // A file at version 4, as the previous release wrote it: units without kommungrupp.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        raw.setDatabaseName(path);
        BOOST_REQUIRE(raw.open());
        migrate(raw, path, schemaMigrations().mid(0, 4));
        for (const char* statement :
             {"INSERT INTO unit (id, name, type, county_code) VALUES ('1435', 'Tanum', "
              "'municipality', '14'), ('0180', 'Stockholm', 'municipality', '01'), ('0000', "
              "'Riket', 'country', NULL)",
              "INSERT INTO indicator (id, title, direction, kind) VALUES ('N15419', 'Elever', "
              "'higher', 'quality'), ('N20007', 'Kostnad', 'none', 'cost'), ('U1', 'Ny', 'none', "
              "'quality')"})
            sql::run(raw, QString::fromLatin1(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    BOOST_TEST(database->schemaVersion() == latestSchemaVersion());
    UnitRepository units(database->connection());
    BOOST_TEST(units.find(QStringLiteral("1435"))->kommungrupp == QStringLiteral("C9"));
    BOOST_TEST(units.find(QStringLiteral("0180"))->kommungrupp == QStringLiteral("A1"));
    BOOST_TEST(units.find(QStringLiteral("0000"))->kommungrupp.isEmpty());
    IndicatorRepository indicators(database->connection());
    BOOST_TEST(indicators.find(QStringLiteral("N15419"))->confirmed); // a direction was set
    BOOST_TEST(indicators.find(QStringLiteral("N20007"))->confirmed); // a kind was set
    BOOST_TEST(!indicators.find(QStringLiteral("U1"))->confirmed);    // still the old default
    BOOST_TEST(sql::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM pragma_table_info('unit_group')"
                                          " WHERE name = 'kolada_id'"))
                   .toInt() == 1);
}
