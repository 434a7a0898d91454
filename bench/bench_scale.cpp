// SPDX-License-Identifier: GPL-3.0-or-later
// A file of the whole country's size (issue 9, item 7): 290 municipalities × 1,000 indicators ×
// 25 years (2000–2024) × T/K/M = 21,750,000 observations.
//
//   bench_scale FILE.jamfor
//
// Writes FILE unless it already holds that data (in a child process, "--generate", so that the
// generation's memory does not count), then measures in a fresh process:
//   1. opening the file (Database::open with all its checks: quick_check, schema validation);
//   2. the comparison table of one area (50 indicators) in one year for the network and for
//      all 290 municipalities;
//   3. the trend chart data of one indicator for the network;
//   4. the full PRAGMA quick_check (Database::verifyAll), which opening skips for large files;
//   5. `jamfor-cli info` as a user runs it (issue 15: under 1 s), against the sqlite3 shell
//      counting the same file's observations (the plain query of the same question);
// and prints the times and the peak resident memory (getrusage ru_maxrss). Exits 1 when the
// peak memory reaches 1 GiB.
#include "core/analysis/comparisontable.h"
#include "core/chartdata/trendseries.h"
#include "core/model/area.h"
#include "core/model/importbatch.h"
#include "core/model/network.h"
#include "core/registry/unitregistry.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cstdio>
#include <sys/resource.h>

using namespace jamfor;

namespace {

constexpr int indicatorCount = 1000;
constexpr int areaCount = 20; // 50 indicators each
constexpr int firstYear = 2000;
constexpr int lastYear = 2024;
constexpr qint64 expectedRows = qint64(indicatorCount) * 290 * (lastYear - firstYear + 1) * 3;
const QString networkName = QStringLiteral("Skalnätverket");

QString indicatorId(int i)
{
    return QStringLiteral("N%1").arg(10000 + i);
}

QString areaId(int a)
{
    return QStringLiteral("area%1").arg(a, 2, 10, QLatin1Char('0'));
}

void print(const QString& text)
{
    std::puts(text.toUtf8().constData());
    std::fflush(stdout);
}

QStringList municipalities()
{
    QStringList ids;
    for (const Unit& unit : UnitRegistry::instance().all()) {
        if (unit.type == UnitType::Municipality)
            ids.append(unit.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void generate(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    QSqlDatabase& db = database->connection();
    const QStringList units = municipalities();
    Transaction transaction(db);
    AreaRepository areas(db);
    for (int a = 0; a < areaCount; ++a)
        areas.save({areaId(a), QStringLiteral("Område %1").arg(a)});
    IndicatorRepository indicators(db);
    for (int i = 0; i < indicatorCount; ++i) {
        Indicator indicator;
        indicator.id = indicatorId(i);
        indicator.title = QStringLiteral("Nyckeltal %1").arg(i);
        indicator.areaId = areaId(i % areaCount);
        indicator.direction = i % 2 ? Direction::HigherIsBetter : Direction::LowerIsBetter;
        indicator.dividedByGender = true;
        indicators.save(indicator);
    }
    Network network;
    network.name = networkName;
    for (const QString& id :
         {QStringLiteral("1435"), QStringLiteral("1486"), QStringLiteral("1427"),
          QStringLiteral("1430"), QStringLiteral("1438"), QStringLiteral("1439")})
        network.members.append({id, {}});
    NetworkRepository(db).save(network);

    ImportBatch batch;
    batch.fileName = QStringLiteral("bench_scale");
    batch.source = QStringLiteral("benchmark");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    ImportBatchRepository batches(db);
    const qint64 batchId = batches.create(batch);
    ObservationWriter writer(db, batchId);
    Observation o;
    qint64 rows = 0;
    // Key order (indicator, year, gender, unit): every insert appends to the tree.
    for (int i = 0; i < indicatorCount; ++i) {
        o.indicatorId = indicatorId(i);
        for (int year = firstYear; year <= lastYear; ++year) {
            o.year = year;
            for (const Gender gender : {Gender::Women, Gender::Men, Gender::Total}) {
                o.gender = gender;
                for (qsizetype u = 0; u < units.size(); ++u) {
                    o.unitId = units[u];
                    o.value =
                        double((i * 7919 + u * 104729 + year * 31 + int(gender)) % 100000) / 100.0;
                    o.status = ValueStatus::Ok;
                    writer.write(o);
                    ++rows;
                }
            }
        }
        if (i % 100 == 99)
            print(QStringLiteral("  %1 indicators, %2 rows, %3 s")
                      .arg(i + 1)
                      .arg(rows)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    writer.finish();
    batches.setRowCount(batchId, rows);
    transaction.commit();
    print(QStringLiteral("Wrote %1 observations in %2 s")
              .arg(rows)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

bool hasExpectedData(const QString& path)
{
    if (!QFileInfo::exists(path))
        return false;
    try {
        auto database = Database::open(path, Database::OpenMode::ReadOnly);
        return sql::scalar(database->connection(),
                           QStringLiteral("SELECT row_count FROM import_batch"
                                          " WHERE file_name = 'bench_scale'"))
                   .toLongLong() == expectedRows;
    } catch (const Error&) {
        return false;
    }
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a program to its end and returns its wall time in seconds, or -1 when it failed.
double timeProgram(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    const double elapsed = seconds(timer);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return elapsed;
}

// `jamfor-cli info` and the sqlite3 shell's count of the same file, the best of three runs each.
void measureInfo(const QString& path)
{
    const QString cli = QStringLiteral(JAMFOR_CLI);
    const QString shell = QStringLiteral(JAMFOR_SQLITE3_SHELL);
    double info = -1;
    double plain = -1;
    QString infoText;
    QString plainText;
    for (int run = 0; run < 3; ++run) {
        const double t =
            timeProgram(cli, {QStringLiteral("info"), QStringLiteral("--db"), path}, &infoText);
        info = info < 0 || (t >= 0 && t < info) ? t : info;
        if (!shell.isEmpty() && !shell.endsWith(QStringLiteral("NOTFOUND"))) {
            const double p = timeProgram(shell,
                                         {QStringLiteral("-readonly"), path,
                                          QStringLiteral("SELECT count(*) FROM observation")},
                                         &plainText);
            plain = plain < 0 || (p >= 0 && p < plain) ? p : plain;
        }
    }
    const QString observations =
        infoText.split(u'\n').filter(QStringLiteral("Observations:")).value(0).trimmed();
    print(QStringLiteral("jamfor-cli info: %1 s (%2)").arg(info, 0, 'f', 3).arg(observations));
    if (plain > 0) {
        print(QStringLiteral("sqlite3 shell, SELECT count(*) FROM observation: %1 s (%2)")
                  .arg(plain, 0, 'f', 3)
                  .arg(plainText.trimmed()));
        print(QStringLiteral("Ratio info / plain count: %1").arg(info / plain, 0, 'f', 3));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 2 && arguments.first() == u"--generate") {
        try {
            generate(arguments.last());
        } catch (const Error& error) {
            std::fprintf(stderr, "%s\n", error.message().toUtf8().constData());
            return 1;
        }
        return 0;
    }
    if (arguments.size() != 1) {
        std::fprintf(stderr, "usage: bench_scale FILE.jamfor\n");
        return 2;
    }
    const QString path = arguments.first();
    if (!hasExpectedData(path)) {
        print(QStringLiteral("Generating %1 observations in %2").arg(expectedRows).arg(path));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--generate"), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    print(
        QStringLiteral("File: %1 MiB").arg(double(QFileInfo(path).size()) / 1048576.0, 0, 'f', 0));
    print(QStringLiteral("Peak memory before opening: %1 MiB").arg(peakMemoryMiB(), 0, 'f', 0));

    try {
        QElapsedTimer timer;
        timer.start();
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        print(QStringLiteral("Open (checks included): %1 s").arg(seconds(timer), 0, 'f', 2));

        const qint64 networkId =
            sql::scalar(database->connection(),
                        QStringLiteral("SELECT id FROM network WHERE name = ?"), {networkName})
                .toLongLong();
        QStringList areaIndicators;
        for (int i = 0; i < indicatorCount; i += areaCount)
            areaIndicators.append(indicatorId(i)); // area00
        ComparisonTableRequest request;
        request.population = {PopulationKind::Network, networkName};
        request.networkId = networkId;
        request.areaId = areaId(0);
        request.indicatorIds = areaIndicators;
        request.year = 2020;
        request.focusUnitId = QStringLiteral("1435");
        timer.restart();
        ComparisonTable table = ComparisonTable::build(*database, request);
        print(QStringLiteral("Comparison table, network, %1 indicators × %2 rows: %3 s")
                  .arg(table.columns.size())
                  .arg(table.rows.size())
                  .arg(seconds(timer), 0, 'f', 3));
        request.population = {PopulationKind::Country, {}};
        timer.restart();
        table = ComparisonTable::build(*database, request);
        print(QStringLiteral("Comparison table, all municipalities, %1 indicators × %2 rows: %3 s")
                  .arg(table.columns.size())
                  .arg(table.rows.size())
                  .arg(seconds(timer), 0, 'f', 3));

        timer.restart();
        const QList<int> years = ObservationRepository(database->connection()).years();
        print(QStringLiteral("Years of the file (the window's year box), %1 years: %2 s")
                  .arg(years.size())
                  .arg(seconds(timer), 0, 'f', 3));

        ChartContext context;
        context.networkId = networkId;
        context.areaId = areaId(0);
        context.year = 2024;
        context.focusUnitId = QStringLiteral("1435");
        timer.restart();
        const TrendSeries trend = TrendSeries::build(*database, context, indicatorId(0));
        print(QStringLiteral("Trend chart data, one indicator, %1 lines × %2 years: %3 s")
                  .arg(trend.lines.size())
                  .arg(trend.years.size())
                  .arg(seconds(timer), 0, 'f', 3));
        timer.restart();
        database->verifyAll();
        print(QStringLiteral("Full check of the file (Database::verifyAll): %1 s")
                  .arg(seconds(timer), 0, 'f', 2));
        database.reset();
        measureInfo(path);
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", error.message().toUtf8().constData());
        return 1;
    }
    const double peak = peakMemoryMiB();
    print(QStringLiteral("Peak memory: %1 MiB (limit 1024 MiB)").arg(peak, 0, 'f', 0));
    return peak < 1024.0 ? 0 : 1;
}
