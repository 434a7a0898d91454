// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the analysis engine on a file of five million observations.
//
//   bench_analysis [FILE.jamfor] [--runs N]
//
// Writes FILE (default: bench_analysis.jamfor in the working folder) unless it already holds
// the expected data: 400 indicators × all 312 units × 25 years (2000–2024), gender T for all
// indicators and K and M as well for 121 of them, about 1.5 % missing values: 5,007,600
// observations, written through ObservationWriter in one transaction. Then it measures, best
// of N runs (default 15), with QElapsedTimer:
//   1. colour classes of 200 indicators × the 290 municipalities in one year, fetch + compute
//      (target < 50 ms);
//   2. one indicator's ranking among the 290 municipalities, fetch + compute (< 5 ms), and the
//      whole comparison table with the change since the year before;
//   3. one municipality's 20-indicator series over 25 years, fetch + trends (< 5 ms).
// Each time is the best wall time (QElapsedTimer) of the runs; the thread's CPU time is printed
// beside it, as the wall time grows when other processes share the cores.
// Prints the timings, the file size and the observation count. Exits 1 when a target is
// missed.
#include "core/analysis/colourclass.h"
#include "core/analysis/comparison.h"
#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/ranking.h"
#include "core/analysis/trend.h"
#include "core/model/importbatch.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

using namespace jamfor;

namespace {

constexpr int indicatorCount = 400;
constexpr int genderSplitIndicators = 121; // B0000–B0120 have T, K and M
constexpr int firstYear = 2000;
constexpr int lastYear = 2024;
constexpr int years = lastYear - firstYear + 1;
constexpr int measuredYear = 2020;

QString indicatorId(int i)
{
    return QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0'));
}

Direction directionOf(int i)
{
    switch (i % 3) {
    case 0:
        return Direction::HigherIsBetter;
    case 1:
        return Direction::LowerIsBetter;
    default:
        return Direction::None;
    }
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double uniform(quint64 key)
{
    return static_cast<double>(mix(key) >> 11) / 9007199254740992.0;
}

qint64 expectedCount(int unitCount)
{
    return static_cast<qint64>(indicatorCount + 2 * genderSplitIndicators) * unitCount * years;
}

void print(const QString& text)
{
    std::puts(text.toUtf8().constData());
    std::fflush(stdout);
}

void generate(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    QSqlDatabase& db = database->connection();
    const QList<Unit> units = UnitRepository(db).all();
    Transaction transaction(db);

    IndicatorRepository indicators(db);
    for (int i = 0; i < indicatorCount; ++i) {
        Indicator indicator;
        indicator.id = indicatorId(i);
        indicator.title = QStringLiteral("Benchmark indicator %1").arg(i);
        indicator.direction = directionOf(i);
        indicator.kind = i % 4 == 0 ? IndicatorKind::Cost : IndicatorKind::Quality;
        indicator.dividedByGender = i < genderSplitIndicators;
        indicators.save(indicator);
    }
    ImportBatch batch;
    batch.fileName = QStringLiteral("bench");
    batch.source = QStringLiteral("benchmark");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ImportBatchRepository batches(db);
    const qint64 batchId = batches.create(batch);
    ObservationWriter writer(db, batchId);

    // Written in key order (indicator, year, gender, unit): every insert appends to the tree.
    qint64 rows = 0;
    Observation o;
    for (int i = 0; i < indicatorCount; ++i) {
        o.indicatorId = indicatorId(i);
        const double level = 10.0 + 1000.0 * uniform(static_cast<quint64>(i));
        QList<Gender> genders{Gender::Total};
        if (i < genderSplitIndicators)
            genders << Gender::Women << Gender::Men;
        // In key order the genders sort by their codes: K < M < T.
        std::sort(genders.begin(), genders.end(),
                  [](Gender a, Gender b) { return genderCode(a) < genderCode(b); });
        for (int year = firstYear; year <= lastYear; ++year) {
            o.year = year;
            for (Gender gender : genders) {
                o.gender = gender;
                for (qsizetype u = 0; u < units.size(); ++u) {
                    const quint64 key =
                        (static_cast<quint64>(i) << 40) ^ (static_cast<quint64>(year) << 20) ^
                        (static_cast<quint64>(gender) << 16) ^ static_cast<quint64>(u);
                    o.unitId = units[u].id;
                    if (uniform(key ^ 0x55) < 0.015) {
                        o.value.reset();
                        o.status = ValueStatus::Missing;
                    } else {
                        o.value = std::round(level * (0.5 + uniform(key)) * 100.0) / 100.0 -
                                  (i % 7 == 0 ? level : 0.0); // some indicators go negative
                        o.status = ValueStatus::Ok;
                    }
                    writer.write(o);
                    ++rows;
                }
            }
        }
        if (i % 50 == 49)
            print(QStringLiteral("  %1 indicators, %2 rows, %3 s")
                      .arg(i + 1)
                      .arg(rows)
                      .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    writer.finish();
    batches.setRowCount(batchId, rows);
    transaction.commit();
    print(QStringLiteral("Wrote %1 observations in %2 s")
              .arg(rows)
              .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

// The calling thread's CPU time in nanoseconds: unlike the wall time, it does not grow when
// other processes share the cores.
qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Best (lowest) wall and CPU times of the runs, in milliseconds.
struct Timing
{
    double wall = std::numeric_limits<double>::max();
    double cpu = std::numeric_limits<double>::max();
};

Timing bestOf(int runs, const std::function<void()>& work)
{
    Timing best;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const qint64 cpuStart = threadCpuNanoseconds();
        timer.start();
        work();
        best.wall = std::min(best.wall, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        best.cpu = std::min(best.cpu, static_cast<double>(threadCpuNanoseconds() - cpuStart) / 1e6);
    }
    return best;
}

volatile qint64 sink = 0; // keeps the optimiser from dropping the work

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 15;
    const qsizetype runsAt = arguments.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0 && runsAt + 1 < arguments.size()) {
        runs = std::max(1, arguments[runsAt + 1].toInt());
        arguments.remove(runsAt, 2);
    }
    const QString path =
        arguments.isEmpty() ? QStringLiteral("bench_analysis.jamfor") : arguments.constFirst();

    try {
        const qint64 expected =
            expectedCount(static_cast<int>(UnitRegistry::instance().all().size()));
        bool reuse = false;
        if (QFileInfo::exists(path)) {
            auto database = Database::open(path, Database::OpenMode::OpenExisting);
            reuse = ObservationRepository(database->connection()).count() == expected;
        }
        if (reuse)
            print(QStringLiteral("Reusing %1").arg(path));
        else
            generate(path);

        // Every connection is closed here, so SQLite has folded the write-ahead log into the
        // file and its size is the real one.
        const qint64 bytes =
            QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        QSqlDatabase& db = database->connection();
        ObservationRepository observations(db);
        const qint64 count = observations.count();
        print(QStringLiteral("File: %1").arg(path));
        print(QStringLiteral("Observations: %1 (%2 indicators, %3 units, %4 years)")
                  .arg(count)
                  .arg(indicatorCount)
                  .arg(UnitRegistry::instance().all().size())
                  .arg(years));
        print(QStringLiteral("File size: %1 MB (%2 bytes, %3 bytes per observation)")
                  .arg(static_cast<double>(bytes) / 1048576.0, 0, 'f', 1)
                  .arg(bytes)
                  .arg(static_cast<double>(bytes) / static_cast<double>(count), 0, 'f', 1));

        QStringList colourIds;
        for (int i = 0; i < 200; ++i)
            colourIds << indicatorId(i);

        // 1. Colour classes: 200 indicators × 290 municipalities, one year.
        const Timing colours = bestOf(runs, [&] {
            const ComparisonPopulation population =
                ComparisonPopulation::ofCountry(UnitRepository(db).all());
            QHash<QString, Direction> directions;
            for (const Indicator& indicator : IndicatorRepository(db).all())
                directions.insert(indicator.id, indicator.direction);
            const QList<QList<UnitValue>> values =
                observations.values(colourIds, measuredYear, Gender::Total);
            qint64 green = 0;
            for (qsizetype i = 0; i < colourIds.size(); ++i) {
                const QList<ColourClass> classes =
                    colourClasses(population.valuesIn(values[i]), directions.value(colourIds[i]));
                green += std::count(classes.cbegin(), classes.cend(), ColourClass::Green);
            }
            sink = sink + green;
        });

        // 2. One indicator's ranking, and the whole comparison table with the change.
        const QList<Unit> units = UnitRepository(db).all();
        const ComparisonPopulation country = ComparisonPopulation::ofCountry(units);
        const QString rankedId = indicatorId(1); // lower is better
        const Timing ranking = bestOf(runs, [&] {
            const QList<UnitValue> values =
                country.valuesIn(observations.values(rankedId, measuredYear, Gender::Total));
            const QList<std::optional<int>> ranks =
                competitionRanks(values, Direction::LowerIsBetter);
            sink = sink + ranks.size();
        });
        const Timing table = bestOf(runs, [&] {
            const Comparison comparison = compareUnits(
                country.valuesIn(observations.values(rankedId, measuredYear, Gender::Total)),
                country.valuesIn(observations.values(rankedId, measuredYear - 1, Gender::Total)),
                Direction::LowerIsBetter);
            sink = sink + comparison.rows.size();
        });

        // 3. One municipality's series: 20 indicators over 25 years, with a trend for each.
        QStringList seriesIds;
        for (int i = 0; i < 20; ++i)
            seriesIds << indicatorId(i * 19); // spread over the file, some gender-split
        const Timing series = bestOf(runs, [&] {
            const QList<Observation> rows = observations.series(QStringLiteral("1435"), seriesIds,
                                                                firstYear, lastYear, Gender::Total);
            QHash<QString, QList<YearValue>> byIndicator;
            for (const Observation& o : rows)
                byIndicator[o.indicatorId].append({o.year, o.value});
            qint64 n = rows.size();
            for (const QString& id : seriesIds) {
                const std::optional<Trend> trend = leastSquaresTrend(
                    byIndicator.value(id), firstYear, lastYear, Direction::HigherIsBetter);
                n += trend ? trend->n : 0;
            }
            sink = sink + n;
        });

        bool allMet = true;
        const auto report = [&](const QString& what, Timing timing, double target) {
            const bool met = target <= 0 || timing.wall < target;
            allMet = allMet && met;
            print(QStringLiteral("%1: %2 ms (CPU %3 ms)%4")
                      .arg(what)
                      .arg(timing.wall, 0, 'f', 2)
                      .arg(timing.cpu, 0, 'f', 2)
                      .arg(target > 0
                               ? QStringLiteral(", target < %1 ms: %2")
                                     .arg(target)
                                     .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"))
                               : QString()));
        };
        print(QStringLiteral("Best of %1 runs:").arg(runs));
        report(QStringLiteral("Colour classes, 200 indicators × 290 municipalities, %1")
                   .arg(measuredYear),
               colours, 50);
        report(QStringLiteral("Ranking of one indicator, 290 municipalities"), ranking, 5);
        report(QStringLiteral("Comparison table of one indicator with change since %1")
                   .arg(measuredYear - 1),
               table, 0);
        report(QStringLiteral("Series of one municipality, 20 indicators × 25 years, with trends"),
               series, 5);
        return allMet ? 0 : 1;
    } catch (const Error& error) {
        std::fprintf(stderr, "bench_analysis: %s\n", error.message().toUtf8().constData());
        return 2;
    }
}
