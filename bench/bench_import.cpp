// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed against the sqlite3 shell: generates a flat CSV (kpi,municipality,period,gender,
// value), imports it into a new .jamfor file and, interleaved, with the shell's `.import --csv`
// into an equivalent WITHOUT ROWID table in a new database. Prints both times, their ratio,
// rows per second and the peak memory of the import; fails when the ratio exceeds the goal.
//
//   bench_import [--rows N] [--repeat R] [--max-ratio X] [--keep DIR]
// The goal applies to the median of the ratios of the back-to-back pairs of runs.
#include "core/import/observationimporter.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace jamfor;

namespace {

// Writes rows in the order Kolada serves them: indicator, year, unit, gender.
void generate(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray buffer = "kpi,municipality,period,gender,value\n";
    const QList<Unit>& units = UnitRegistry::instance().all();
    quint32 random = 12345;
    qint64 written = 0;
    for (int kpi = 0; written < rows; ++kpi) {
        const QByteArray id = "N" + QByteArray::number(10000 + kpi);
        for (int year = 2014; year < 2024 && written < rows; ++year) {
            for (const Unit& unit : units) {
                for (const char gender : {'T', 'K', 'M'}) {
                    if (written == rows)
                        break;
                    random = random * 1103515245u + 12345u;
                    const int tenths = int((random >> 8) % 100000);
                    buffer += id;
                    buffer += ',';
                    buffer += unit.id.toLatin1();
                    buffer += ',';
                    buffer += QByteArray::number(year);
                    buffer += ',';
                    buffer += gender;
                    buffer += ',';
                    buffer += QByteArray::number(tenths / 10);
                    buffer += '.';
                    buffer += char('0' + tenths % 10);
                    buffer += '\n';
                    ++written;
                }
            }
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
    }
    file.write(buffer);
}

// Peak resident memory of this process (VmHWM) in KiB, and a way to reset it (Linux).
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// CPU seconds (user + system) of this process or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run
{
    double seconds = 0;
    double cpu = 0;
    qint64 peakKiB = -1;
    qint64 baseKiB = -1;
};

Run runShell(const QString& shell, const QString& csv, const QString& database)
{
    QFile::remove(database);
    QProcess process;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(shell,
                  {database,
                   QStringLiteral("CREATE TABLE observation (kpi TEXT NOT NULL, municipality TEXT "
                                  "NOT NULL, period INTEGER NOT NULL, gender TEXT NOT NULL, value "
                                  "REAL, PRIMARY KEY (kpi, period, gender, municipality)) WITHOUT "
                                  "ROWID"),
                   QStringLiteral(".import --csv --skip 1 %1 observation").arg(csv)});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    if (!process.readAllStandardError().isEmpty())
        qFatal("sqlite3 reported problems with the file");
    return run;
}

Run runOurs(const QString& csv, const QString& database, qint64 rows)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    Run run;
    if (resetPeak())
        run.baseKiB = peakKiB();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(database, Database::OpenMode::CreateIfMissing);
        const ImportResult result = ObservationImporter(*db).importFile(csv);
        if (result.inserted != rows)
            qFatal("imported %lld of %lld rows", result.inserted, rows);
    } // closing the file checkpoints the WAL: part of the import
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    run.peakKiB = peakKiB();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 rows = option("--rows", QStringLiteral("1000000")).toLongLong();
    const int repeat = option("--repeat", QStringLiteral("3")).toInt();
    const double maxRatio =
        option("--max-ratio", qEnvironmentVariable("JAMFOR_BENCH_MAX_RATIO", QStringLiteral("1.2")))
            .toDouble();

    QString shell = QStringLiteral(JAMFOR_SQLITE3_SHELL);
    if (shell.isEmpty() || shell.endsWith(QStringLiteral("NOTFOUND")))
        shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        std::printf("sqlite3 shell not found: benchmark skipped\n");
        return 77;
    }

    QTemporaryDir temp;
    const QString dir = option("--keep", temp.path());
    const QString csv = dir + QStringLiteral("/flat.csv");
    const QString small = dir + QStringLiteral("/small.csv");
    generate(csv, rows);
    generate(small, rows / 10);
    std::printf("%lld rows, %.1f MB of CSV; sqlite3 shell: %s\n", rows,
                double(QFile(csv).size()) / 1e6, qPrintable(shell));

    try {
        // A tenth of the rows first: the peak memory must not grow with the file.
        const Run tenth = runOurs(small, dir + QStringLiteral("/small.jamfor"), rows / 10);
        QList<Run> shellRuns;
        QList<Run> ourRuns;
        for (int i = 0; i < repeat; ++i) {
            shellRuns.append(runShell(shell, csv, dir + QStringLiteral("/shell.db")));
            ourRuns.append(runOurs(csv, dir + QStringLiteral("/bench.jamfor"), rows));
            std::printf("run %d: sqlite3 shell %.2f s (cpu %.2f s), Jämför %.2f s (cpu %.2f s): "
                        "%.2fx\n",
                        i + 1, shellRuns.last().seconds, shellRuns.last().cpu,
                        ourRuns.last().seconds, ourRuns.last().cpu,
                        ourRuns.last().seconds / shellRuns.last().seconds);
            std::fflush(stdout);
        }
        const auto best = [](const QList<Run>& runs, double Run::*field) {
            double result = runs.first().*field;
            for (const Run& run : runs)
                result = std::min(result, run.*field);
            return result;
        };
        const auto middle = [](const QList<Run>& runs, double Run::*field) {
            QList<double> values;
            for (const Run& run : runs)
                values.append(run.*field);
            return median(values);
        };
        const double bestShell = best(shellRuns, &Run::seconds);
        const double bestOurs = best(ourRuns, &Run::seconds);
        // Each pair ran back to back, so its ratio is the least disturbed by other load on the
        // machine; the median of the pairs is the figure the goal applies to.
        QList<double> pairs;
        for (qsizetype i = 0; i < ourRuns.size(); ++i)
            pairs.append(ourRuns[i].seconds / shellRuns[i].seconds);
        const double ratio = median(pairs);
        qint64 peak = 0;
        for (const Run& run : ourRuns)
            peak = std::max(peak, run.peakKiB);
        std::printf("ratio Jämför / sqlite3 shell (median of the paired runs): %.2f, goal <= "
                    "%.2f\n",
                    ratio, maxRatio);
        std::printf("best wall time: sqlite3 shell %.2f s, Jämför %.2f s (ratio %.2f); median "
                    "%.2f s and %.2f s\n",
                    bestShell, bestOurs, bestOurs / bestShell, middle(shellRuns, &Run::seconds),
                    middle(ourRuns, &Run::seconds));
        std::printf("best cpu time (user + system, all threads): sqlite3 shell %.2f s, Jämför "
                    "%.2f s (ratio %.2f)\n",
                    best(shellRuns, &Run::cpu), best(ourRuns, &Run::cpu),
                    best(ourRuns, &Run::cpu) / best(shellRuns, &Run::cpu));
        std::printf("Jämför: %.0f rows/s (best), %.0f rows/s (median)\n", double(rows) / bestOurs,
                    double(rows) / middle(ourRuns, &Run::seconds));
        std::printf("peak memory of the import: %.1f MB for %lld rows, %.1f MB for %lld rows "
                    "(process before the import: %.1f MB)\n",
                    double(peak) / 1024, rows, double(tenth.peakKiB) / 1024, rows / 10,
                    double(ourRuns.last().baseKiB) / 1024);
        return ratio <= maxRatio ? 0 : 1;
    } catch (const Error& error) {
        std::printf("import failed: %s\n", qPrintable(error.message()));
        return 2;
    }
}
