// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysissupport.h"

#include "app/cli/clioutput.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace jamfor::cli {

PopulationOptions::PopulationOptions()
    : population(QStringLiteral("population"),
                 QCoreApplication::translate(
                     "cli", "Compare with: network:NAME, country (all municipalities, the "
                            "default), county:NN, kommungrupp:GROUP or group:NAME."),
                 QStringLiteral("POPULATION"))
    , area(QStringLiteral("area"),
           QCoreApplication::translate("cli", "The operating area for network membership "
                                              "(default: the indicator's area)."),
           QStringLiteral("AREA"))
{}

void PopulationOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(population);
    parser.addOption(area);
}

std::optional<PopulationChoice> PopulationOptions::choice(const QCommandLineParser& parser) const
{
    if (!parser.isSet(population))
        return PopulationChoice{PopulationKind::Country, {}};
    const std::optional<PopulationChoice> parsed =
        PopulationChoice::fromCode(parser.value(population));
    if (!parsed) {
        printError(QCoreApplication::translate(
                       "cli", "--population \"%1\" is not one of network:NAME, country, "
                              "county:NN, kommungrupp:GROUP, group:NAME")
                       .arg(parser.value(population)));
    }
    return parsed;
}

ComparisonPopulation PopulationOptions::resolve(QSqlDatabase& db, const QCommandLineParser& parser,
                                                const PopulationChoice& choice,
                                                const QString& fallbackArea) const
{
    const QString areaId = parser.isSet(area) ? parser.value(area) : fallbackArea;
    return ComparisonPopulation::resolve(choice, areaId, UnitRepository(db).all(),
                                         NetworkRepository(db).all(),
                                         UnitGroupRepository(db).all());
}

std::optional<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                             int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        printError(QCoreApplication::translate("cli", "--%1 \"%2\" must be a whole number "
                                                      "from %3 to %4")
                       .arg(option.names().constFirst(), parser.value(option))
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return value;
}

Indicator requireIndicator(QSqlDatabase& db, const QString& id)
{
    const std::optional<Indicator> indicator = IndicatorRepository(db).find(id);
    if (!indicator) {
        throw Error(QCoreApplication::translate("cli", "unknown indicator \"%1\" (not in the file)")
                        .arg(id));
    }
    return *indicator;
}

QString formatNumber(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

QString formatNumber(const std::optional<double>& value)
{
    return value ? formatNumber(*value) : QStringLiteral("–");
}

QStringList formatTable(const QStringList& headers, const QList<QStringList>& rows,
                        const QList<int>& rightAligned)
{
    QList<qsizetype> widths(headers.size());
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths[c] = headers[c].size();
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    const auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < cells.size() ? cells[c] : QString();
            padded << (rightAligned.contains(static_cast<int>(c)) ? cell.rightJustified(widths[c])
                                                                  : cell.leftJustified(widths[c]));
        }
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    QStringList lines{line(headers)};
    for (const QStringList& row : rows)
        lines << line(row);
    return lines;
}

QHash<QString, QString> unitNames(QSqlDatabase& db)
{
    QHash<QString, QString> names;
    for (const Unit& unit : UnitRepository(db).all())
        names.insert(unit.id, unit.name);
    return names;
}

} // namespace jamfor::cli
