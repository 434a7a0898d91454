// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE registry
#include "coreapplicationfixture.h"
#include "registry/unitregistry.h"
#include "testfiles.h"

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
