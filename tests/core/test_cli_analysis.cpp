// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli compare and costquality on the demo file, checked against reference computations
// written here independently of core/analysis.
#define BOOST_TEST_MODULE cli_analysis
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "core/storage/unitgrouprepository.h"
#include "tests/support/clirunner.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/kommungruppreference.h"
#include "tests/support/referencestatistics.h"
#include "tests/support/testfiles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <boost/test/tools/floating_point_comparison.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>

namespace tt = boost::test_tools;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// One demo file for the whole module (writing it takes a moment).
const QString& demoFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("demo.jamfor"));
        const CliResult r = runCli({QStringLiteral("demo"), file});
        BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
        return file;
    }();
    return path;
}

QJsonObject runJson(QStringList arguments)
{
    arguments << QStringLiteral("--db") << demoFile() << QStringLiteral("--json");
    const CliResult r = runCli(arguments);
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    BOOST_TEST_REQUIRE(error.error == QJsonParseError::NoError, r.out.toStdString());
    return document.object();
}

// The stored T values of one indicator and year, unit → value, read from `jamfor-cli export`.
QHash<QString, double> exportedValues(const QString& indicator, int year)
{
    static QString csv;
    if (csv.isEmpty()) {
        const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--db"), demoFile()});
        BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
        csv = r.out;
    }
    QHash<QString, double> values;
    const QString prefix = QStringLiteral("%1,").arg(indicator);
    for (QStringView line : QStringView(csv).split(QLatin1Char('\n'))) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QStringView> f = line.split(QLatin1Char(','));
        if (f.size() >= 5 && f[2] == QString::number(year) && f[3] == u"T" && !f[4].isEmpty())
            values.insert(f[1].toString(), f[4].toDouble());
    }
    return values;
}

// QUARTILE.INC written from its 1-based spreadsheet definition: h = (n − 1)p + 1,
// Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
double spreadsheetQuartile(QList<double> x, double p)
{
    std::sort(x.begin(), x.end());
    const double h = (static_cast<double>(x.size()) - 1) * p + 1;
    const auto lower = static_cast<qsizetype>(std::floor(h));
    if (lower >= x.size())
        return x.last();
    return x[lower - 1] + (h - static_cast<double>(lower)) * (x[lower] - x[lower - 1]);
}

QStringList unitsOf(const QJsonArray& rows)
{
    QStringList units;
    for (const QJsonValue& row : rows)
        units << row[QStringLiteral("unit")].toString();
    units.sort();
    return units;
}

} // namespace

BOOST_AUTO_TEST_CASE(compare_network_matches_stored_values_and_reference_statistics)
{
    const QJsonObject result =
        runJson({QStringLiteral("compare"), QStringLiteral("--indicator"), QStringLiteral("N15419"),
                 QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--population"),
                 QStringLiteral("network:Bohusnätverket")});
    BOOST_TEST(result[QStringLiteral("population")].toString() ==
               QStringLiteral("network:Bohusnätverket"));
    BOOST_TEST(result[QStringLiteral("direction")].toString() == QStringLiteral("higher"));
    const QJsonArray rows = result[QStringLiteral("rows")].toArray();
    // Grundskola: all nine members, Dals-Ed and Färgelanda included.
    BOOST_TEST(
        unitsOf(rows) ==
        (QStringList{QStringLiteral("1419"), QStringLiteral("1421"), QStringLiteral("1427"),
                     QStringLiteral("1430"), QStringLiteral("1435"), QStringLiteral("1438"),
                     QStringLiteral("1439"), QStringLiteral("1484"), QStringLiteral("1486")}));

    const QHash<QString, double> stored = exportedValues(QStringLiteral("N15419"), 2023);
    const QHash<QString, double> before = exportedValues(QStringLiteral("N15419"), 2022);
    QList<double> values;
    for (const QJsonValue& row : rows) {
        const QString unit = row[QStringLiteral("unit")].toString();
        if (row[QStringLiteral("value")].isNull()) {
            BOOST_TEST(!stored.contains(unit));
            continue;
        }
        BOOST_TEST(row[QStringLiteral("value")].toDouble() == stored.value(unit));
        values << stored.value(unit);
    }
    BOOST_TEST_REQUIRE(values.size() >= 4);

    const QJsonObject summary = result[QStringLiteral("summary")].toObject();
    double sum = 0;
    for (double v : values)
        sum += v;
    BOOST_TEST(summary[QStringLiteral("n")].toInt() == values.size());
    BOOST_TEST(summary[QStringLiteral("mean")].toDouble() == sum / values.size(),
               tt::tolerance(1e-9));
    const double q1 = spreadsheetQuartile(values, 0.25);
    const double q3 = spreadsheetQuartile(values, 0.75);
    BOOST_TEST(summary[QStringLiteral("median")].toDouble() == spreadsheetQuartile(values, 0.5),
               tt::tolerance(1e-9));
    BOOST_TEST(summary[QStringLiteral("q1")].toDouble() == q1, tt::tolerance(1e-9));
    BOOST_TEST(summary[QStringLiteral("q3")].toDouble() == q3, tt::tolerance(1e-9));

    int previousRank = 0;
    for (const QJsonValue& row : rows) {
        const QString unit = row[QStringLiteral("unit")].toString();
        const double v = row[QStringLiteral("value")].toDouble();
        // Rank: 1 + the number of strictly higher values; rows come best first.
        const auto higher =
            std::count_if(values.cbegin(), values.cend(), [&](double w) { return w > v; });
        const int rank = row[QStringLiteral("rank")].toInt();
        BOOST_TEST(rank == higher + 1, unit.toStdString());
        BOOST_TEST(rank >= previousRank);
        previousRank = rank;
        const QString colour = v >= q3   ? QStringLiteral("green")
                               : v <= q1 ? QStringLiteral("red")
                                         : QStringLiteral("yellow");
        BOOST_TEST(row[QStringLiteral("colour")].toString() == colour, unit.toStdString());
        // Change since 2022 with its verdict (higher is better).
        if (before.contains(unit)) {
            const double change = v - before.value(unit);
            BOOST_TEST(row[QStringLiteral("change")].toDouble() == change, tt::tolerance(1e-9));
            const QString verdict = change > 0   ? QStringLiteral("better")
                                    : change < 0 ? QStringLiteral("worse")
                                                 : QStringLiteral("unchanged");
            BOOST_TEST(row[QStringLiteral("change_verdict")].toString() == verdict);
        } else {
            BOOST_TEST(row[QStringLiteral("change")].isNull());
        }
    }
}

BOOST_AUTO_TEST_CASE(compare_respects_area_membership_and_prints_a_table)
{
    // In äldreomsorg Dals-Ed (1438) and Färgelanda (1439) are not members.
    const QJsonObject care =
        runJson({QStringLiteral("compare"), QStringLiteral("--indicator"), QStringLiteral("N15419"),
                 QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--population"),
                 QStringLiteral("network:Bohusnätverket"), QStringLiteral("--area"),
                 QStringLiteral("aldreomsorg")});
    const QStringList units = unitsOf(care[QStringLiteral("rows")].toArray());
    BOOST_TEST(units.size() == 7);
    BOOST_TEST(!units.contains(QStringLiteral("1438")));
    BOOST_TEST(!units.contains(QStringLiteral("1439")));

    const CliResult r =
        runCli({QStringLiteral("compare"), QStringLiteral("--db"), demoFile(),
                QStringLiteral("--indicator"), QStringLiteral("N15419"), QStringLiteral("--year"),
                QStringLiteral("2023"), QStringLiteral("--population"),
                QStringLiteral("network:Bohusnätverket")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    for (const char* text : {"Unit", "Name", "Value", "Rank", "Colour", "Change since 2022",
                             "Tanum", "Dals-Ed", "n 9", "mean", "median", "Q1", "Q3"})
        BOOST_TEST(r.out.contains(QString::fromUtf8(text)), text << "\n" << r.out.toStdString());
    BOOST_TEST(
        (r.out.contains(QStringLiteral("better")) || r.out.contains(QStringLiteral("worse"))));
}

BOOST_AUTO_TEST_CASE(compare_lower_is_better_ranks_the_lowest_first)
{
    const QJsonObject result =
        runJson({QStringLiteral("compare"), QStringLiteral("--indicator"), QStringLiteral("U23401"),
                 QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--population"),
                 QStringLiteral("county:14")});
    BOOST_TEST(result[QStringLiteral("direction")].toString() == QStringLiteral("lower"));
    const QJsonArray rows = result[QStringLiteral("rows")].toArray();
    BOOST_TEST(rows.size() == 49); // Västra Götaland's municipalities, with or without a value
    const QHash<QString, double> stored = exportedValues(QStringLiteral("U23401"), 2023);
    double lowest = 1e300;
    for (const QJsonValue& row : rows) {
        const QString unit = row[QStringLiteral("unit")].toString();
        BOOST_TEST(unit.startsWith(QStringLiteral("14")));
        if (stored.contains(unit))
            lowest = std::min(lowest, stored.value(unit));
        else
            BOOST_TEST(row[QStringLiteral("colour")].toString() == QStringLiteral("grey"));
    }
    BOOST_TEST(rows[0][QStringLiteral("rank")].toInt() == 1);
    BOOST_TEST(rows[0][QStringLiteral("value")].toDouble() == lowest);
    BOOST_TEST(rows[0][QStringLiteral("colour")].toString() == QStringLiteral("green"));
    BOOST_TEST(rows[0][QStringLiteral("percentile")].toDouble() == 100.0);
}

BOOST_AUTO_TEST_CASE(compare_with_a_saved_user_group_and_women_only)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("group.jamfor"));
    BOOST_TEST_REQUIRE(QFile::copy(demoFile(), copy));
    {
        auto database = jamfor::Database::open(copy, jamfor::Database::OpenMode::OpenExisting);
        jamfor::Transaction transaction(database->connection());
        jamfor::UnitGroupRepository(database->connection())
            .save({0,
                   QStringLiteral("Kustkommuner"),
                   {QStringLiteral("1486"), QStringLiteral("1427"), QStringLiteral("1419"),
                    QStringLiteral("1484"), QStringLiteral("1421")},
                   {}});
        transaction.commit();
    }
    const CliResult r = runCli(
        {QStringLiteral("compare"), QStringLiteral("--db"), copy, QStringLiteral("--indicator"),
         QStringLiteral("N15419"), QStringLiteral("--year"), QStringLiteral("2022"),
         QStringLiteral("--gender"), QStringLiteral("K"), QStringLiteral("--population"),
         QStringLiteral("group:Kustkommuner"), QStringLiteral("--json")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
    BOOST_TEST(result[QStringLiteral("gender")].toString() == QStringLiteral("K"));
    BOOST_TEST(unitsOf(result[QStringLiteral("rows")].toArray()) ==
               (QStringList{QStringLiteral("1419"), QStringLiteral("1421"), QStringLiteral("1427"),
                            QStringLiteral("1484"), QStringLiteral("1486")}));
}

BOOST_AUTO_TEST_CASE(costquality_matches_reference_statistics)
{
    // Elderly care cost 2022 against waiting time (lower is better) one year later.
    const QJsonObject result =
        runJson({QStringLiteral("costquality"), QStringLiteral("--cost"), QStringLiteral("N20007"),
                 QStringLiteral("--quality"), QStringLiteral("U23401"), QStringLiteral("--year"),
                 QStringLiteral("2022"), QStringLiteral("--lag"), QStringLiteral("1")});
    BOOST_TEST(result[QStringLiteral("cost")][QStringLiteral("year")].toInt() == 2022);
    BOOST_TEST(result[QStringLiteral("quality")][QStringLiteral("year")].toInt() == 2023);

    const QHash<QString, double> cost = exportedValues(QStringLiteral("N20007"), 2022);
    const QHash<QString, double> quality = exportedValues(QStringLiteral("U23401"), 2023);
    const QJsonArray points = result[QStringLiteral("points")].toArray();
    QList<double> xs;
    QList<double> ys;
    for (const QJsonValue& point : points) {
        const QString unit = point[QStringLiteral("unit")].toString();
        BOOST_TEST(point[QStringLiteral("cost")].toDouble() == cost.value(unit, -1));
        BOOST_TEST(point[QStringLiteral("quality")].toDouble() == quality.value(unit, -1));
        xs << point[QStringLiteral("cost")].toDouble();
        ys << point[QStringLiteral("quality")].toDouble();
    }
    // Every municipality with both values is a point (regions and the country are not).
    int both = 0;
    for (auto it = cost.cbegin(); it != cost.cend(); ++it)
        both += !it.key().startsWith(QStringLiteral("00")) && quality.contains(it.key());
    BOOST_TEST(points.size() == both);
    BOOST_TEST(result[QStringLiteral("n")].toInt() == both);

    BOOST_TEST(result[QStringLiteral("pearson")].toDouble() == referencePearson(xs, ys),
               tt::tolerance(1e-9));
    BOOST_TEST(result[QStringLiteral("spearman")].toDouble() ==
                   referencePearson(referenceRanks(xs), referenceRanks(ys)),
               tt::tolerance(1e-9));
    // Line by the normal equations: b = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²), a = ȳ − b·x̄.
    double n = xs.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        sx += xs[i];
        sy += ys[i];
        sxx += xs[i] * xs[i];
        sxy += xs[i] * ys[i];
    }
    const double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    const double a = sy / n - b * sx / n;
    const QJsonObject line = result[QStringLiteral("line")].toObject();
    BOOST_TEST(line[QStringLiteral("slope")].toDouble() == b, tt::tolerance(1e-9));
    BOOST_TEST(line[QStringLiteral("intercept")].toDouble() == a, tt::tolerance(1e-9));

    const double medianCost = spreadsheetQuartile(xs, 0.5);
    const double medianQuality = spreadsheetQuartile(ys, 0.5);
    BOOST_TEST(result[QStringLiteral("median_cost")].toDouble() == medianCost);
    BOOST_TEST(result[QStringLiteral("median_quality")].toDouble() == medianQuality);
    for (const QJsonValue& point : points) {
        const double x = point[QStringLiteral("cost")].toDouble();
        const double y = point[QStringLiteral("quality")].toDouble();
        BOOST_TEST(point[QStringLiteral("residual")].toDouble() == y - (a + b * x),
                   tt::tolerance(1e-6));
        // Lower is better: a waiting time at or below the median is high quality; a cost at or
        // below the median is low cost.
        const QString expected =
            QStringLiteral("%1_quality_%2_cost")
                .arg(y <= medianQuality ? QStringLiteral("high") : QStringLiteral("low"),
                     x > medianCost ? QStringLiteral("high") : QStringLiteral("low"));
        BOOST_TEST(point[QStringLiteral("quadrant")].toString() == expected);
    }
}

BOOST_AUTO_TEST_CASE(costquality_text_output)
{
    const CliResult r =
        runCli({QStringLiteral("costquality"), QStringLiteral("--db"), demoFile(),
                QStringLiteral("--cost"), QStringLiteral("N15027"), QStringLiteral("--quality"),
                QStringLiteral("N15419"), QStringLiteral("--year"), QStringLiteral("2023"),
                QStringLiteral("--population"), QStringLiteral("network:Bohusnätverket")});
    BOOST_TEST_REQUIRE(r.exitCode == 0, r.err.toStdString());
    for (const char* text :
         {"Quadrant", "Residual", "n 9", "Pearson r", "Spearman rho", "Line: quality =", "Dals-Ed"})
        BOOST_TEST(r.out.contains(QString::fromUtf8(text)), text << "\n" << r.out.toStdString());
}

BOOST_AUTO_TEST_CASE(errors_name_the_problem_and_set_the_exit_code)
{
    const auto compare = [](QStringList extra) {
        QStringList arguments{QStringLiteral("compare"), QStringLiteral("--db"), demoFile()};
        return runCli(arguments + extra);
    };
    const QString indicator = QStringLiteral("--indicator");
    const QString year = QStringLiteral("--year");

    CliResult r = compare({indicator, QStringLiteral("N99999"), year, QStringLiteral("2023")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("N99999")), r.err.toStdString());
    BOOST_TEST(r.out.isEmpty());

    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("1999")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("no values")), r.err.toStdString());

    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("2023"),
                 QStringLiteral("--population"), QStringLiteral("network:Okänt")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("Okänt")), r.err.toStdString());

    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("2023"),
                 QStringLiteral("--population"), QStringLiteral("kommungrupp:D4")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("D4")), r.err.toStdString());
    BOOST_TEST(r.err.contains(QStringLiteral("C9")), r.err.toStdString()); // names the real ones

    // Usage errors: exit code 2.
    r = compare({indicator, QStringLiteral("N15419")});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("--year")), r.err.toStdString());
    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("20x3")});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("20x3")), r.err.toStdString());
    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("2023"),
                 QStringLiteral("--gender"), QStringLiteral("X")});
    BOOST_TEST(r.exitCode == 2);
    r = compare({indicator, QStringLiteral("N15419"), year, QStringLiteral("2023"),
                 QStringLiteral("--population"), QStringLiteral("planet:Mars")});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("planet:Mars")), r.err.toStdString());
    BOOST_TEST(runCli({QStringLiteral("compare"), indicator, QStringLiteral("N15419"), year,
                       QStringLiteral("2023")})
                   .exitCode == 2); // no --db

    const auto costquality = [](QStringList extra) {
        QStringList arguments{QStringLiteral("costquality"), QStringLiteral("--db"), demoFile()};
        return runCli(arguments + extra);
    };
    r = costquality({QStringLiteral("--cost"), QStringLiteral("KOST1"), QStringLiteral("--quality"),
                     QStringLiteral("N15419"), year, QStringLiteral("2023")});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(QStringLiteral("KOST1")), r.err.toStdString());
    r = costquality({QStringLiteral("--cost"), QStringLiteral("N15027"),
                     QStringLiteral("--quality"), QStringLiteral("N15419"), year,
                     QStringLiteral("2024"), QStringLiteral("--lag"), QStringLiteral("1")});
    BOOST_TEST(r.exitCode == 1); // no quality values for 2025
    BOOST_TEST(r.err.contains(QStringLiteral("2025")), r.err.toStdString());
    r = costquality(
        {QStringLiteral("--cost"), QStringLiteral("N15027"), year, QStringLiteral("2023")});
    BOOST_TEST(r.exitCode == 2);
    BOOST_TEST(r.err.contains(QStringLiteral("--quality")), r.err.toStdString());
    r = costquality({QStringLiteral("--cost"), QStringLiteral("N15027"),
                     QStringLiteral("--quality"), QStringLiteral("N15419"), year,
                     QStringLiteral("2023"), QStringLiteral("--lag"), QStringLiteral("one")});
    BOOST_TEST(r.exitCode == 2);
}

BOOST_AUTO_TEST_CASE(kommungrupp_populations_follow_kolada_groups)
{
    const QHash<QString, QStringList> members = kommungruppreference::membersByCode();
    BOOST_REQUIRE(members.size() == 9);
    for (const auto& [code, size] : kommungruppreference::sizes()) {
        const QJsonObject result =
            runJson({QStringLiteral("compare"), QStringLiteral("--indicator"),
                     QStringLiteral("N15419"), QStringLiteral("--year"), QStringLiteral("2023"),
                     QStringLiteral("--population"), QStringLiteral("kommungrupp:") + code});
        const QJsonArray rows = result[QLatin1StringView("rows")].toArray();
        BOOST_TEST(rows.size() == size, code.toStdString());
        QStringList units;
        for (const QJsonValue& row : rows)
            units << row[QLatin1StringView("unit")].toString();
        QStringList expected = members.value(code);
        expected.sort();
        units.sort();
        BOOST_TEST(units == expected, code.toStdString());
        BOOST_TEST(result[QLatin1StringView("population_label")].toString().contains(
            QStringLiteral("SKR 2023")));
    }
    const QJsonObject c9 =
        runJson({QStringLiteral("compare"), QStringLiteral("--indicator"), QStringLiteral("N15419"),
                 QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--population"),
                 QStringLiteral("kommungrupp:C9")});
    BOOST_TEST(c9[QLatin1StringView("population_label")].toString().contains(
        QStringLiteral("Landsbygdskommun med besöksnäring")));
}
