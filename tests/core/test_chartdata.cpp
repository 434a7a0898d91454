// SPDX-License-Identifier: GPL-3.0-or-later
#define BOOST_TEST_MODULE chartdata
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/costqualityseries.h"
#include "core/chartdata/profileseries.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"
#include "core/demo/demodataset.h"
#include "core/model/area.h"
#include "core/model/importbatch.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QLocale>
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numeric>
#include <vector>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

const QString tanum = QStringLiteral("1435");
const QString stromstad = QStringLiteral("1486");
const QString munkedal = QStringLiteral("1430");
const QString sotenas = QStringLiteral("1427");
const QString lysekil = QStringLiteral("1484");
const QString orust = QStringLiteral("1421");
const QString stockholm = QStringLiteral("0180");
const QString goteborg = QStringLiteral("1480");

Indicator indicator(const char* id, const char* title, const char* unit, IndicatorKind kind,
                    Direction direction, bool byGender = false)
{
    Indicator result;
    result.id = QString::fromLatin1(id);
    result.title = QString::fromUtf8(title);
    result.unitOfMeasure = QString::fromUtf8(unit);
    result.kind = kind;
    result.direction = direction;
    result.areaId = QStringLiteral("omr");
    result.dividedByGender = byGender;
    return result;
}

// A small file written by hand: the expected values below are worked out from these numbers.
//
// Q1 "Väntetid" (days, lower is better), 2024: Strömstad 10, Tanum 20, Munkedal 30, Lysekil 30,
// Sotenäs 40, Orust 50, Stockholm 60, Göteborg missing. 2023 and 2022 for the trend.
// C1 "Kostnad" (kr/inv, cost), 2024: Tanum 100 … Sotenäs 700; 2021 only for Stockholm.
// G1 "Nöjdhet" (per cent, higher is better, by gender), 2024.
// The network: Tanum, Strömstad, Munkedal and Göteborg in every area, Sotenäs only in "annat".
struct HandMadeFile
{
    HandMadeFile()
    {
        database = Database::open(dir.filePath(QStringLiteral("hand.jamfor")),
                                  Database::OpenMode::CreateIfMissing);
        QSqlDatabase& db = database->connection();
        Transaction transaction(db);
        AreaRepository(db).save({QStringLiteral("omr"), QStringLiteral("Området")});
        AreaRepository(db).save({QStringLiteral("annat"), QStringLiteral("Annat område")});
        IndicatorRepository indicators(db);
        indicators.save(
            indicator("Q1", "Väntetid", "dagar", IndicatorKind::Quality, Direction::LowerIsBetter));
        indicators.save(indicator("C1", "Kostnad", "kr/inv", IndicatorKind::Cost, Direction::None));
        indicators.save(indicator("G1", "Nöjdhet", "andel (%)", IndicatorKind::Quality,
                                  Direction::HigherIsBetter, true));

        ImportBatch batch;
        batch.fileName = QStringLiteral("hand");
        batch.importedAt = QDateTime::currentDateTimeUtc();
        ObservationWriter writer(db, ImportBatchRepository(db).create(batch));
        const auto put = [&](const char* id, const QString& unit, int year, double value,
                             Gender gender = Gender::Total) {
            writer.write({QString::fromLatin1(id), unit, year, gender, value, ValueStatus::Ok});
        };
        put("Q1", stromstad, 2024, 10);
        put("Q1", tanum, 2024, 20);
        put("Q1", munkedal, 2024, 30);
        put("Q1", lysekil, 2024, 30);
        put("Q1", sotenas, 2024, 40);
        put("Q1", orust, 2024, 50);
        put("Q1", stockholm, 2024, 60);
        writer.write({QStringLiteral("Q1"), goteborg, 2024, Gender::Total, std::nullopt,
                      ValueStatus::Missing});
        put("Q1", tanum, 2023, 22);
        put("Q1", stromstad, 2023, 11);
        put("Q1", munkedal, 2023, 33);
        put("Q1", stockholm, 2023, 63);
        put("Q1", tanum, 2022, 24);
        put("Q1", stromstad, 2022, 12);
        put("Q1", stockholm, 2022, 66);

        put("C1", tanum, 2024, 100);
        put("C1", stromstad, 2024, 200);
        put("C1", munkedal, 2024, 300);
        put("C1", lysekil, 2024, 400);
        put("C1", orust, 2024, 500);
        put("C1", stockholm, 2024, 600);
        put("C1", sotenas, 2024, 700);
        put("C1", stockholm, 2021, 550); // 2021 has no Q1 values

        put("G1", tanum, 2024, 80);
        put("G1", stromstad, 2024, 70);
        put("G1", tanum, 2024, 85, Gender::Women);
        put("G1", stromstad, 2024, 95, Gender::Women);
        put("G1", munkedal, 2024, 75, Gender::Women);
        put("G1", lysekil, 2024, 65, Gender::Women);

        Network network;
        network.name = QStringLiteral("Testnätverket");
        network.members = {{tanum, {}},
                           {stromstad, {}},
                           {munkedal, {}},
                           {sotenas, {QStringLiteral("annat")}},
                           {goteborg, {}}};
        context.networkId = NetworkRepository(db).save(network);
        transaction.commit();

        context.areaId = QStringLiteral("omr");
        context.year = 2024;
        context.focusUnitId = tanum;
    }

    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    ChartContext context;
};

// Sets the default locale for one test and puts the previous one back.
struct LocaleScope
{
    explicit LocaleScope(const QLocale& locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(previous); }
    QLocale previous;
};

double mean(const std::vector<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

// Pearson's r, written out for the test.
double pearsonOf(const std::vector<double>& x, const std::vector<double>& y)
{
    const double mx = mean(x);
    const double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

// Ranks 1..n with ties sharing the mean of their places.
std::vector<double> ranksOf(const std::vector<double>& values)
{
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        double below = 0;
        double equal = 0;
        for (double other : values) {
            below += other < values[i] ? 1 : 0;
            equal += other == values[i] ? 1 : 0;
        }
        ranks[i] = below + (equal + 1) / 2;
    }
    return ranks;
}

QString swedish(double value, int decimals)
{
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

BOOST_FIXTURE_TEST_SUITE(handmade, HandMadeFile)

BOOST_AUTO_TEST_CASE(ranking_of_all_municipalities_is_best_first_for_lower_is_better)
{
    const RankingSeries series = RankingSeries::build(*database, context, QStringLiteral("Q1"),
                                                      ChartPopulation::AllMunicipalities);
    QStringList ids;
    QList<int> ranks;
    for (const RankingBar& bar : series.bars) {
        ids << bar.unitId;
        ranks << bar.rank;
    }
    // Lower is better: ascending; Lysekil and Munkedal tie and are ordered by name.
    BOOST_TEST(ids ==
               (QStringList{stromstad, tanum, lysekil, munkedal, sotenas, orust, stockholm}));
    BOOST_TEST(ranks == (QList<int>{1, 2, 3, 3, 5, 6, 7}), boost::test_tools::per_element());
    BOOST_TEST(series.bars[1].name == QStringLiteral("Tanum"));

    // Focus, members of the area (Sotenäs only takes part in another area) and others.
    BOOST_TEST(int(series.bars[0].highlight) == int(Highlight::Member)); // Strömstad
    BOOST_TEST(int(series.bars[1].highlight) == int(Highlight::Focus));  // Tanum
    BOOST_TEST(int(series.bars[2].highlight) == int(Highlight::Other));  // Lysekil
    BOOST_TEST(int(series.bars[3].highlight) == int(Highlight::Member)); // Munkedal
    BOOST_TEST(int(series.bars[4].highlight) == int(Highlight::Other));  // Sotenäs
    BOOST_TEST(int(series.bars[6].highlight) == int(Highlight::Other));  // Stockholm

    // Q1 = 25 and Q3 = 45 of 10, 20, 30, 30, 40, 50, 60; lower is better.
    const QList<ColourClass> expected{ColourClass::Green,  ColourClass::Green,  ColourClass::Yellow,
                                      ColourClass::Yellow, ColourClass::Yellow, ColourClass::Red,
                                      ColourClass::Red};
    for (qsizetype i = 0; i < expected.size(); ++i)
        BOOST_TEST(int(series.bars[i].colour) == int(expected[i]), "bar " << i);

    // The mean line: (10 + 20 + 30 + 30 + 40 + 50 + 60) / 7.
    BOOST_REQUIRE(series.countryMean);
    BOOST_TEST(*series.countryMean == 240.0 / 7, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(series.countryMeanLabel.endsWith(QStringLiteral(": 34.3")));
    BOOST_TEST(series.decimals == 0);
    BOOST_TEST(series.withoutValue.size() == 290 - 7);
    BOOST_TEST(series.withoutValue.contains(QStringLiteral("Göteborg")));
    BOOST_TEST(series.caption.contains(QStringLiteral("7 of 290 municipalities")));
    BOOST_TEST(series.caption.contains(QStringLiteral("Tanum is ranked 2 of 7.")));
    BOOST_TEST(series.subtitle == QStringLiteral("All municipalities · 2024"));
    BOOST_TEST(series.axisTitle == QStringLiteral("dagar"));
    BOOST_TEST(series.orderNote.contains(QStringLiteral("lower is better")));
    BOOST_TEST(series.source == QStringLiteral("Source: Kolada"));
}

BOOST_AUTO_TEST_CASE(ranking_of_the_network_names_members_without_a_value)
{
    const RankingSeries series =
        RankingSeries::build(*database, context, QStringLiteral("Q1"), ChartPopulation::Network);
    BOOST_REQUIRE(series.bars.size() == 3);
    BOOST_TEST(series.bars[0].unitId == stromstad);
    BOOST_TEST(series.bars[1].unitId == tanum);
    BOOST_TEST(series.bars[2].unitId == munkedal);
    BOOST_TEST(series.bars[2].rank == 3);
    // The colour still compares with the whole country.
    BOOST_TEST(int(series.bars[2].colour) == int(ColourClass::Yellow));
    BOOST_TEST(series.withoutValue == QStringList{QStringLiteral("Göteborg")});
    BOOST_TEST(series.populationLabel == QStringLiteral("Testnätverket"));
    BOOST_TEST(series.caption.contains(QStringLiteral("3 of 4 members have a value.")));
    BOOST_TEST(series.caption.contains(QStringLiteral("Without a value: Göteborg.")));
    BOOST_REQUIRE(series.countryMean);
    BOOST_TEST(*series.countryMean == 240.0 / 7, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(ranking_follows_the_gender_only_where_the_indicator_is_divided)
{
    context.gender = Gender::Women;
    const RankingSeries women = RankingSeries::build(*database, context, QStringLiteral("G1"),
                                                     ChartPopulation::AllMunicipalities);
    BOOST_REQUIRE(women.bars.size() == 4); // the women's values, higher is better
    BOOST_TEST(women.bars[0].unitId == stromstad);
    BOOST_TEST(women.bars[0].value == 95);
    BOOST_TEST(women.subtitle == QStringLiteral("All municipalities · 2024 · Women"));
    const RankingSeries cost = RankingSeries::build(*database, context, QStringLiteral("C1"),
                                                    ChartPopulation::AllMunicipalities);
    BOOST_TEST(cost.bars.size() == 7); // not divided: the total
    BOOST_TEST(cost.subtitle == QStringLiteral("All municipalities · 2024"));
    // No direction: highest first, and no colours.
    BOOST_TEST(cost.bars[0].unitId == sotenas);
    BOOST_TEST(int(cost.bars[0].colour) == int(ColourClass::NoColour));
    BOOST_TEST(!cost.caption.contains(QStringLiteral("ranked")));
}

BOOST_AUTO_TEST_CASE(unknown_indicator_is_an_error)
{
    BOOST_CHECK_THROW(RankingSeries::build(*database, context, QStringLiteral("NOPE"),
                                           ChartPopulation::AllMunicipalities),
                      Error);
    BOOST_CHECK_THROW(TrendSeries::build(*database, context, QStringLiteral("NOPE")), Error);
}

BOOST_AUTO_TEST_CASE(trend_has_the_years_with_values_and_the_country_mean)
{
    const TrendSeries series = TrendSeries::build(*database, context, QStringLiteral("Q1"));
    // 2021 only holds a cost value: it is left out.
    BOOST_TEST(series.years == (QList<int>{2022, 2023, 2024}), boost::test_tools::per_element());
    QStringList ids;
    for (const TrendLine& line : series.lines)
        ids << line.unitId;
    BOOST_TEST(ids == (QStringList{tanum, stromstad, munkedal, goteborg}));
    BOOST_TEST(int(series.lines[0].highlight) == int(Highlight::Focus));
    BOOST_TEST(int(series.lines[1].highlight) == int(Highlight::Member));

    const TrendLine& munkedalLine = series.lines[2];
    BOOST_REQUIRE(munkedalLine.points.size() == 3);
    BOOST_TEST(!munkedalLine.points[0].value); // no row in 2022
    BOOST_TEST(munkedalLine.points[1].value.value_or(-1) == 33);
    BOOST_TEST(!series.lines[3].trend); // Göteborg has no value at all

    // Unweighted means of the municipalities with a value in each year.
    const QList<YearValue>& mean = series.countryMean.points;
    BOOST_REQUIRE(mean.size() == 3);
    BOOST_TEST(mean[0].value.value_or(-1) == (24.0 + 12 + 66) / 3,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(mean[1].value.value_or(-1) == (22.0 + 11 + 33 + 63) / 4,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(mean[2].value.value_or(-1) == 240.0 / 7, boost::test_tools::tolerance(1e-12));

    // Tanum: 24, 22, 20 → −2 days a year, better for a lower-is-better indicator.
    BOOST_REQUIRE(series.lines[0].trend);
    BOOST_TEST(series.lines[0].trend->slope == -2.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(series.caption.contains(
                   QStringLiteral("Tanum: \u22122.0 dagar per year 2022–2024 (better).")),
               series.caption.toStdString());
    BOOST_TEST(series.subtitle == QStringLiteral("Testnätverket · 2022–2024"));
}

BOOST_AUTO_TEST_CASE(cost_quality_has_medians_correlations_and_swedish_statistics)
{
    LocaleScope swedishLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    const CostQualitySeries series =
        CostQualitySeries::build(*database, context, QStringLiteral("C1"), QStringLiteral("Q1"),
                                 ChartPopulation::AllMunicipalities);
    const std::vector<double> cost{100, 200, 300, 400, 500, 600, 700};
    const std::vector<double> quality{20, 10, 30, 30, 50, 60, 40};
    BOOST_TEST(series.n == 7);
    BOOST_TEST(series.points.size() == 7);
    BOOST_TEST(series.medianCost == 400);
    BOOST_TEST(series.medianQuality == 30);
    const double r = pearsonOf(cost, quality);
    const double rho = pearsonOf(ranksOf(cost), ranksOf(quality));
    BOOST_REQUIRE(series.pearson);
    BOOST_REQUIRE(series.spearman);
    BOOST_TEST(*series.pearson == r, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(*series.spearman == rho, boost::test_tools::tolerance(1e-9));
    // Decimal comma in Swedish.
    const QString expected =
        QStringLiteral("r = %1 · ρ = %2 · n = 7").arg(swedish(r, 2), swedish(rho, 2));
    BOOST_TEST(series.statistics == expected);
    BOOST_TEST(series.caption.startsWith(expected));

    for (const CostQualityDot& dot : series.points) {
        const bool named = dot.unitId == tanum || dot.unitId == stromstad || dot.unitId == munkedal;
        BOOST_TEST(dot.labelled == named, dot.name.toStdString());
    }
    // Lower quality values are better: high quality lies at the bottom.
    for (const QuadrantCorner& corner : series.corners) {
        if (corner.quadrant == Quadrant::HighQualityLowCost) {
            BOOST_TEST(!corner.top);
            BOOST_TEST(corner.left);
        }
        if (corner.quadrant == Quadrant::LowQualityHighCost) {
            BOOST_TEST(corner.top);
            BOOST_TEST(!corner.left);
        }
    }
    BOOST_TEST(series.corners.size() == 4);
    BOOST_TEST(series.costAxisTitle == QStringLiteral("Kostnad (kr/inv)"));
}

BOOST_AUTO_TEST_CASE(cost_quality_of_the_network_only)
{
    const CostQualitySeries series = CostQualitySeries::build(
        *database, context, QStringLiteral("C1"), QStringLiteral("Q1"), ChartPopulation::Network);
    BOOST_TEST(series.n == 3); // Tanum, Strömstad, Munkedal; Göteborg has no quality value
    BOOST_TEST(series.medianCost == 200);
    BOOST_TEST(series.subtitle == QStringLiteral("Testnätverket · 2024"));
}

BOOST_AUTO_TEST_CASE(profile_percentiles_among_all_municipalities)
{
    context.gender = Gender::Women;
    const ProfileSeries series = ProfileSeries::build(*database, context);
    BOOST_TEST(series.unitName == QStringLiteral("Tanum"));
    BOOST_TEST(series.title == QStringLiteral("Profile of Tanum"));
    // Indicators with a direction only: not the cost.
    BOOST_REQUIRE(series.items.size() == 2);
    for (const ProfileItem& item : series.items) {
        if (item.indicatorId == u"Q1") {
            // 20 is better than or equal to 20, 30, 30, 40, 50, 60: 6 of 7.
            BOOST_TEST(item.percentile.value_or(-1) == 600.0 / 7,
                       boost::test_tools::tolerance(1e-9));
            BOOST_TEST(item.rank.value_or(-1) == 2);
            BOOST_TEST(item.n == 7);
            BOOST_TEST(int(item.colour) == int(ColourClass::Green));
            BOOST_TEST(item.detail == QStringLiteral("Value 20 dagar · rank 2 of 7"));
        } else {
            // G1 for women: 85 among 95, 85, 75, 65 → 3 of 4; Q1 72.5, Q3 87.5: yellow.
            BOOST_TEST(item.indicatorId == QStringLiteral("G1"));
            BOOST_TEST(item.percentile.value_or(-1) == 75.0, boost::test_tools::tolerance(1e-9));
            BOOST_TEST(int(item.colour) == int(ColourClass::Yellow));
        }
    }

    // A unit without values: no percentiles.
    const ProfileSeries empty = ProfileSeries::build(*database, context, goteborg);
    for (const ProfileItem& item : empty.items) {
        BOOST_TEST(!item.percentile);
        BOOST_TEST(item.detail == QStringLiteral("No value"));
    }
}

BOOST_AUTO_TEST_CASE(source_line_names_example_data)
{
    BOOST_TEST(ChartLabels::sourceLine(*database) == QStringLiteral("Source: Kolada"));
    FileInfoRepository(database->connection()).markAsExampleData();
    BOOST_TEST(ChartLabels::sourceLine(*database) == DemoDataset::exampleDataLabel());
    const RankingSeries series =
        RankingSeries::build(*database, context, QStringLiteral("Q1"), ChartPopulation::Network);
    BOOST_TEST(series.source == DemoDataset::exampleDataLabel());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(numbers_follow_the_locale_and_need_few_decimals)
{
    BOOST_TEST(ChartLabels::decimalsFor({223, 71.5}) == 1);
    BOOST_TEST(ChartLabels::decimalsFor({0.75, 2}) == 2);
    BOOST_TEST(ChartLabels::decimalsFor({1.0005}) == 2); // at most 2
    BOOST_TEST(ChartLabels::decimalsFor({}) == 0);
    LocaleScope swedishLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    BOOST_TEST(ChartLabels::number(71.5, 1) == QStringLiteral("71,5"));
    BOOST_TEST(ChartLabels::number(1150000, 0) == QStringLiteral("1\u00A0150\u00A0000"));
    BOOST_TEST(ChartLabels::number(-0.01, 1) == QStringLiteral("0,0"));
    BOOST_TEST(ChartLabels::signedNumber(-1.26, 1) == QStringLiteral("\u22121,3"));
    BOOST_TEST(ChartLabels::signedNumber(0.8, 1) == QStringLiteral("+0,8"));
}
