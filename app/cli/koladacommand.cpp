// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/import/observationimporter.h"
#include "core/kolada/koladafetcher.h"
#include "core/kolada/koladaurls.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace jamfor::cli {

namespace {

// "A,B" given once or several times → [A, B].
QStringList listValues(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        for (const QString& item : value.split(u',', Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
    }
    return items;
}

struct ClientOptions
{
    QCommandLineOption baseUrl{
        QStringLiteral("base-url"),
        QCoreApplication::translate("cli",
                                    "The Kolada API address (default %1; an address ending in /v2 "
                                    "uses API v2).")
            .arg(KoladaClientSettings().baseUrl.toString()),
        QStringLiteral("URL")};
    QCommandLineOption timeout{
        QStringLiteral("timeout"),
        QCoreApplication::translate("cli",
                                    "Give up a request after this many seconds (default 60)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption retries{QStringLiteral("retries"),
                               QCoreApplication::translate(
                                   "cli", "Try a request again this many times when Kolada is busy "
                                          "(429) or fails (5xx) (default 4)."),
                               QStringLiteral("N")};
    QCommandLineOption retryDelay{
        QStringLiteral("retry-delay"),
        QCoreApplication::translate("cli",
                                    "Seconds to wait before the first retry; doubles for each "
                                    "further one (default 1)."),
        QStringLiteral("SECONDS")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOption(baseUrl);
        parser.addOption(timeout);
        parser.addOption(retries);
        parser.addOption(retryDelay);
    }

    // Returns false after printing the problem.
    bool read(const QCommandLineParser& parser, KoladaClientSettings& settings) const
    {
        if (parser.isSet(baseUrl))
            settings.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
        const auto seconds = [&](const QCommandLineOption& option, int& milliseconds) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            const double value = parser.value(option).toDouble(&ok);
            if (!ok || !std::isfinite(value) || value < 0 || value > 3600) {
                printError(
                    QCoreApplication::translate(
                        "cli", "--%1 takes a number of seconds between 0 and 3600, not \"%2\"")
                        .arg(option.names().constFirst(), parser.value(option)));
                return false;
            }
            milliseconds = int(std::lround(value * 1000));
            return true;
        };
        if (!seconds(timeout, settings.timeoutMs) || !seconds(retryDelay, settings.retryDelayMs))
            return false;
        if (parser.isSet(retries)) {
            bool ok = false;
            settings.maxRetries = parser.value(retries).toInt(&ok);
            if (!ok || settings.maxRetries < 0 || settings.maxRetries > 20) {
                printError(QCoreApplication::translate(
                               "cli", "--retries takes a whole number between 0 and 20, not \"%1\"")
                               .arg(parser.value(retries)));
                return false;
            }
        }
        return true;
    }
};

// Kolada closed API v2; a v2 address still gets its request, with this notice first.
void printVersionNotice(const KoladaClientSettings& settings)
{
    const QString notice = KoladaUrls(settings.baseUrl).versionNotice();
    if (!notice.isEmpty())
        printError(QCoreApplication::translate("cli", "warning: %1").arg(notice));
}

// "2015-2024" or "2023".
bool parseYears(const QString& text, int& first, int& last)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-–]\\s*(\\d{4}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    first = match.captured(1).toInt();
    last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
    return true;
}

int runFetch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Downloads indicator descriptions and values from the Kolada API into a .jamfor file "
        "(created if missing). The download is stored whole, as one import with source "
        "\"Kolada API\", or not at all."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption kpiOption(
        QStringLiteral("kpi"),
        QCoreApplication::translate("cli",
                                    "Kolada indicator ids, comma-separated (N15419,U21468)."),
        QStringLiteral("IDS"));
    const QCommandLineOption groupOption(
        QStringLiteral("kpi-group"),
        QCoreApplication::translate(
            "cli", "A Kolada KPI group (GKPI89 Öppna jämförelser - Äldreomsorg): every "
                   "indicator in it."),
        QStringLiteral("ID"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"),
        QCoreApplication::translate(
            "cli", "Municipality, region or country codes, comma-separated (1435,1486,0000). "
                   "Without it: every municipality, region and the country."),
        QStringLiteral("CODES"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        QCoreApplication::translate("cli", "A year or a range of years (2015-2024)."),
        QStringLiteral("YEARS"));
    const QCommandLineOption conflictOption(
        QStringLiteral("on-conflict"),
        QCoreApplication::translate(
            "cli",
            "When a value differs from the stored one: fail (default), keep the stored value or "
            "replace it."),
        QStringLiteral("keep|replace|fail"), QStringLiteral("fail"));
    const ClientOptions client;
    parser.addOption(dbOption);
    parser.addOption(kpiOption);
    parser.addOption(groupOption);
    parser.addOption(unitOption);
    parser.addOption(yearsOption);
    parser.addOption(conflictOption);
    client.addTo(parser);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption) || !(parser.isSet(kpiOption) || parser.isSet(groupOption)) ||
        !parser.isSet(yearsOption)) {
        printError(QCoreApplication::translate(
            "cli", "kolada fetch needs --db FILE, --kpi IDS or --kpi-group ID, and --years YEARS"));
        return exitUsage;
    }
    KoladaFetchRequest request;
    request.kpiIds = listValues(parser.values(kpiOption));
    request.kpiGroupId = parser.value(groupOption);
    request.unitIds = listValues(parser.values(unitOption));
    if (parser.isSet(unitOption) && request.unitIds.isEmpty()) {
        printError(QCoreApplication::translate(
            "cli", "--unit needs at least one code; leave it out to fetch the whole country"));
        return exitUsage;
    }
    if (!parseYears(parser.value(yearsOption), request.firstYear, request.lastYear)) {
        printError(QCoreApplication::translate(
                       "cli", "--years takes a year or a range such as 2015-2024, not \"%1\"")
                       .arg(parser.value(yearsOption)));
        return exitUsage;
    }
    ImportOptions options;
    const QString conflict = parser.value(conflictOption);
    if (conflict == u"keep") {
        options.onConflict = ConflictPolicy::Keep;
    } else if (conflict == u"replace") {
        options.onConflict = ConflictPolicy::Replace;
    } else if (conflict == u"fail") {
        options.onConflict = ConflictPolicy::Fail;
    } else {
        printError(QCoreApplication::translate(
                       "cli", "--on-conflict takes keep, replace or fail, not \"%1\"")
                       .arg(conflict));
        return exitUsage;
    }
    KoladaClientSettings settings;
    if (!client.read(parser, settings))
        return exitUsage;

    try {
        KoladaFetcher fetcher(settings);
        fetcher.setNotice([](const QString& notice) {
            printError(QCoreApplication::translate("cli", "warning: %1").arg(notice));
        });
        // Checked before the file is opened or created, so a typing error leaves no file.
        const KoladaDownload download = fetcher.fetch(KoladaUrls::checked(request));
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::CreateIfMissing);
        const ImportResult result =
            ObservationImporter(*database).importKoladaDownload(download, options);
        printOut(QCoreApplication::translate(
                     "cli",
                     "%1: %2 rows, %3 new, %4 unchanged, %5 replaced, %6 kept; %7 indicators new, "
                     "%8 updated; %9 requests")
                     .arg(download.url)
                     .arg(result.rows)
                     .arg(result.inserted)
                     .arg(result.unchanged)
                     .arg(result.replaced)
                     .arg(result.kept)
                     .arg(result.indicatorsCreated)
                     .arg(result.indicatorsUpdated)
                     .arg(fetcher.requestsSent()));
        printOut(QCoreApplication::translate(
                     "cli", "%1 indicators, %2 units with values; %3 removed (deleted in Kolada); "
                            "%4 indicators with a suggested kind and direction")
                     .arg(download.expected ? download.expected->kpiIds.size() : 0)
                     .arg(result.units)
                     .arg(result.removed)
                     .arg(result.indicatorsSuggested));
        for (const QString& warning : result.warnings)
            printError(QCoreApplication::translate("cli", "warning: %1").arg(warning));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

int runSearch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Lists the Kolada indicators whose title contains TEXT: id, then title."));
    const ClientOptions client;
    client.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("TEXT"),
                                 QCoreApplication::translate("cli", "Words from the title."));
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    if (text.isEmpty()) {
        printError(
            QCoreApplication::translate("cli", "kolada search needs some words from the title"));
        return exitUsage;
    }
    KoladaClientSettings settings;
    if (!client.read(parser, settings))
        return exitUsage;
    try {
        printVersionNotice(settings);
        KoladaFetcher fetcher(settings);
        const QList<KoladaKpi> found = fetcher.search(text);
        for (const KoladaKpi& kpi : found)
            printOut(QStringLiteral("%1\t%2").arg(kpi.id, kpi.title));
        if (found.isEmpty())
            printError(
                QCoreApplication::translate("cli", "no Kolada indicator has \"%1\" in its title")
                    .arg(text));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

int runGroups(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Downloads Kolada's municipality groups whose title contains TEXT (kommungrupper, "
        "\"Liknande kommuner …\", networks such as V9) and saves them in the .jamfor file as "
        "groups named by their title, usable as --population group:TITLE. Without --search: "
        "every group."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QCoreApplication::translate("cli", "Words from the group's title."),
        QStringLiteral("TEXT"));
    const ClientOptions client;
    parser.addOption(dbOption);
    parser.addOption(searchOption);
    client.addTo(parser);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption)) {
        printError(QCoreApplication::translate("cli", "kolada groups needs --db FILE"));
        return exitUsage;
    }
    KoladaClientSettings settings;
    if (!client.read(parser, settings))
        return exitUsage;
    try {
        printVersionNotice(settings);
        KoladaFetcher fetcher(settings);
        QString url;
        const QList<KoladaGroup> groups = fetcher.fetchGroups(parser.value(searchOption), &url);
        if (groups.isEmpty()) {
            printError(QCoreApplication::translate("cli", "Kolada has no group with \"%1\" in "
                                                          "its title")
                           .arg(parser.value(searchOption)));
            return exitFailure;
        }
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::CreateIfMissing);
        const ImportResult result = ObservationImporter(*database).importGroups(url, groups);
        for (const KoladaGroup& group : groups)
            printOut(QStringLiteral("%1\t%2\t%3")
                         .arg(group.id, group.name())
                         .arg(group.memberIds.size()));
        printOut(QCoreApplication::translate("cli", "%1: %2 groups, %3 new, %4 updated")
                     .arg(url)
                     .arg(groups.size())
                     .arg(result.groupsCreated)
                     .arg(result.groupsUpdated));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace

int runKolada(const QStringList& arguments)
{
    const QString usage = QCoreApplication::translate(
        "cli", "Usage: jamfor-cli kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS\n"
               "                        [--unit CODES] [--on-conflict keep|replace|fail]\n"
               "                        [--base-url URL]\n"
               "       jamfor-cli kolada search TEXT [--base-url URL]\n"
               "       jamfor-cli kolada groups --db FILE [--search TEXT] [--base-url URL]");
    const QString sub = arguments.value(1);
    if (sub == u"fetch")
        return runFetch(arguments.mid(1));
    if (sub == u"search")
        return runSearch(arguments.mid(1));
    if (sub == u"groups")
        return runGroups(arguments.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        printOut(usage);
        return 0;
    }
    printError(sub.isEmpty()
                   ? usage
                   : QCoreApplication::translate("cli", "unknown kolada command \"%1\"\n%2")
                         .arg(sub, usage));
    return exitUsage;
}

} // namespace jamfor::cli
