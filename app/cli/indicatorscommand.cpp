// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/model/area.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jamfor::cli {

int runIndicators(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Lists every indicator of a .jamfor file: id, kind, direction, unit, area and "
               "title. \"suggested\" marks a kind, direction and unit that Jämför suggested from "
               "Kolada's metadata and the title and that nobody has confirmed yet."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print a JSON array of objects instead of a table."));
    parser.addOption(dbOption);
    parser.addOption(jsonOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption)) {
        printError(QCoreApplication::translate("cli", "indicators needs --db FILE"));
        return exitUsage;
    }
    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::ReadOnly);
        QSqlDatabase& db = database->connection();
        QHash<QString, QString> areaNames;
        for (const Area& area : AreaRepository(db).all())
            areaNames.insert(area.id, area.name);
        const QList<Indicator> indicators = IndicatorRepository(db).all();
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const Indicator& indicator : indicators) {
                list.append(QJsonObject{
                    {QStringLiteral("id"), indicator.id},
                    {QStringLiteral("title"), indicator.title},
                    {QStringLiteral("kind"), kindCode(indicator.kind)},
                    {QStringLiteral("direction"), directionCode(indicator.direction)},
                    {QStringLiteral("unit"), indicator.unitOfMeasure},
                    {QStringLiteral("area"), indicator.areaId},
                    {QStringLiteral("area_name"), areaNames.value(indicator.areaId)},
                    {QStringLiteral("perspective"), indicator.perspective},
                    {QStringLiteral("suggested"), !indicator.confirmed},
                });
            }
            printOut(
                QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }
        // Tab-separated, one indicator a line; the codes are the stable ones of --json.
        printOut(QStringLiteral("id\tkind\tdirection\tunit\tarea\tsuggested\ttitle"));
        for (const Indicator& indicator : indicators) {
            printOut(QStringList{
                indicator.id, kindCode(indicator.kind), directionCode(indicator.direction),
                indicator.unitOfMeasure, indicator.areaId,
                indicator.confirmed ? QStringLiteral("no") : QStringLiteral("yes"), indicator.title}
                         .join(u'\t'));
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
