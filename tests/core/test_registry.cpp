// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE registry
#include "coreapplicationfixture.h"
#include "registry/kommungrupp.h"
#include "registry/unitregistry.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// Rows of a reference CSV (no quoted fields), without the header.
QList<QStringList> referenceRows(const QString& name)
{
    QFile file(QStringLiteral(JAMFOR_REFERENCE_DIR "/") + name);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly),
                          "reference file missing: " << file.fileName().toStdString());
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    stream.readLine();
    QList<QStringList> rows;
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        if (!line.isEmpty())
            rows.append(line.split(u','));
    }
    return rows;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_municipality_matches_the_reference)
{
    const QList<QStringList> rows = referenceRows(QStringLiteral("municipalities.csv"));
    BOOST_TEST(rows.size() == 290);
    const UnitRegistry& registry = UnitRegistry::instance();
    BOOST_TEST(registry.municipalities().size() == 290);
    for (const QStringList& row : rows) {
        const Unit* unit = registry.find(row[0]);
        BOOST_REQUIRE_MESSAGE(unit, "missing municipality " << row[0].toStdString());
        BOOST_TEST(unit->name == row[1]);
        BOOST_TEST(unit->countyCode == row[2]);
        BOOST_TEST(int(unit->type) == int(UnitType::Municipality));
    }
}

BOOST_AUTO_TEST_CASE(regions_use_kolada_ids_and_country_is_0000)
{
    const QList<QStringList> counties = referenceRows(QStringLiteral("counties.csv"));
    BOOST_TEST(counties.size() == 21);
    const UnitRegistry& registry = UnitRegistry::instance();
    for (const QStringList& county : counties) {
        const Unit* region = registry.find(QStringLiteral("00") + county[0]);
        BOOST_REQUIRE_MESSAGE(region, "missing region 00" << county[0].toStdString());
        BOOST_TEST(region->name == county[1]);
        BOOST_TEST(int(region->type) == int(UnitType::Region));
    }
    const Unit* country = registry.find(QStringLiteral("0000"));
    BOOST_REQUIRE(country);
    BOOST_TEST(country->name == QStringLiteral("Riket"));
    BOOST_TEST(registry.all().size() == 290 + 21 + 1);
    BOOST_TEST(registry.find(QStringLiteral("9999")) == nullptr);
}

BOOST_AUTO_TEST_CASE(spot_checks_written_by_hand)
{
    // Independent of the reference file: codes a Bohuslän analyst knows by heart.
    const UnitRegistry& registry = UnitRegistry::instance();
    BOOST_TEST(registry.find(QStringLiteral("1435"))->name == QStringLiteral("Tanum"));
    BOOST_TEST(registry.find(QStringLiteral("1486"))->name == QStringLiteral("Strömstad"));
    BOOST_TEST(registry.find(QStringLiteral("1438"))->name == QStringLiteral("Dals-Ed"));
    BOOST_TEST(registry.find(QStringLiteral("0180"))->name == QStringLiteral("Stockholm"));
    BOOST_TEST(registry.find(QStringLiteral("1435"))->countyCode == QStringLiteral("14"));
}

BOOST_AUTO_TEST_CASE(every_municipality_carries_kolada_kommungrupp)
{
    // Kolada's nine SKR groups as the API served them (tests/data/kolada), and SKR's codes for
    // them written down by hand from SKR's kommungruppsindelning.
    const QHash<QString, QString> codeOfGroup{{QStringLiteral("G92787"), QStringLiteral("A1")},
                                              {QStringLiteral("G92793"), QStringLiteral("A2")},
                                              {QStringLiteral("G92790"), QStringLiteral("B3")},
                                              {QStringLiteral("G92792"), QStringLiteral("B4")},
                                              {QStringLiteral("G92786"), QStringLiteral("B5")},
                                              {QStringLiteral("G92788"), QStringLiteral("C6")},
                                              {QStringLiteral("G92789"), QStringLiteral("C7")},
                                              {QStringLiteral("G92791"), QStringLiteral("C8")},
                                              {QStringLiteral("G92794"), QStringLiteral("C9")}};
    QFile file(QStringLiteral(JAMFOR_TEST_DATA_DIR "/kolada/kommungrupper_2023.json"));
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray groups =
        QJsonDocument::fromJson(file.readAll())[QLatin1StringView("values")].toArray();
    BOOST_TEST(groups.size() == 9);
    QHash<QString, QString> expected; // municipality → code
    for (const QJsonValue& group : groups) {
        const QString code = codeOfGroup.value(group[QLatin1StringView("id")].toString());
        BOOST_REQUIRE(!code.isEmpty());
        for (const QJsonValue& member : group[QLatin1StringView("members")].toArray()) {
            BOOST_TEST(!expected.contains(member[QLatin1StringView("member_id")].toString()));
            expected.insert(member[QLatin1StringView("member_id")].toString(), code);
        }
    }
    BOOST_TEST(expected.size() == 290);
    const UnitRegistry& registry = UnitRegistry::instance();
    QHash<QString, int> counts;
    for (const Unit& unit : registry.municipalities()) {
        BOOST_TEST(unit.kommungrupp == expected.value(unit.id), unit.id.toStdString());
        ++counts[unit.kommungrupp];
    }
    const QList<std::pair<QString, int>> sizes{
        {QStringLiteral("A1"), 3},  {QStringLiteral("A2"), 43}, {QStringLiteral("B3"), 23},
        {QStringLiteral("B4"), 63}, {QStringLiteral("B5"), 24}, {QStringLiteral("C6"), 27},
        {QStringLiteral("C7"), 51}, {QStringLiteral("C8"), 35}, {QStringLiteral("C9"), 21}};
    for (const auto& [code, size] : sizes)
        BOOST_TEST(counts.value(code) == size, code.toStdString());
    // Regions and the country have none.
    BOOST_TEST(registry.find(QStringLiteral("0014"))->kommungrupp.isEmpty());
    BOOST_TEST(registry.find(QStringLiteral("0000"))->kommungrupp.isEmpty());
    // Spot checks by hand: Bohuslän's coast (domain notes), Stockholm, Göteborg, Malmö.
    BOOST_TEST(registry.find(QStringLiteral("1435"))->kommungrupp == QStringLiteral("C9"));
    BOOST_TEST(registry.find(QStringLiteral("1421"))->kommungrupp == QStringLiteral("C7"));
    BOOST_TEST(registry.find(QStringLiteral("1484"))->kommungrupp == QStringLiteral("C8"));
    for (const char* city : {"0180", "1480", "1280"})
        BOOST_TEST(registry.find(QString::fromLatin1(city))->kommungrupp == QStringLiteral("A1"));
}

BOOST_AUTO_TEST_CASE(kommungrupp_names_and_label_say_the_revision)
{
    BOOST_TEST(Kommungrupper::all().size() == 9);
    BOOST_TEST(Kommungrupper::displayName(QStringLiteral("C9")) ==
               QStringLiteral("C9 Landsbygdskommun med besöksnäring"));
    BOOST_TEST(
        Kommungrupper::populationLabel(QStringLiteral("A1")).contains(QStringLiteral("SKR 2023")));
    BOOST_TEST(Kommungrupper::find(QStringLiteral("c9"))->koladaGroup == QStringLiteral("G92794"));
    BOOST_TEST(Kommungrupper::find(QStringLiteral("D1")) == nullptr);
    BOOST_TEST(Kommungrupper::findByKoladaGroup(QStringLiteral("G92787"))->code ==
               QStringLiteral("A1"));
}
