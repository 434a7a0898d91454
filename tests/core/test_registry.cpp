// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE registry
#include "core/registry/kommungrupp.h"
#include "core/registry/unitregistry.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/kommungruppreference.h"
#include "tests/support/testfiles.h"

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
    const QHash<QString, QStringList> members = kommungruppreference::membersByCode();
    QHash<QString, QString> expected; // municipality → code
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        for (const QString& id : it.value()) {
            BOOST_TEST(!expected.contains(id), id.toStdString() << " is in two groups");
            expected.insert(id, it.key());
        }
    }
    BOOST_TEST(members.size() == 9);
    BOOST_TEST(expected.size() == 290);
    const UnitRegistry& registry = UnitRegistry::instance();
    QHash<QString, int> counts;
    for (const Unit& unit : registry.municipalities()) {
        BOOST_TEST(unit.kommungrupp == expected.value(unit.id), unit.id.toStdString());
        ++counts[unit.kommungrupp];
    }
    for (const auto& [code, size] : kommungruppreference::sizes())
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
