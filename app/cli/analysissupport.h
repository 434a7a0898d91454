// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisonpopulation.h"
#include "core/model/indicator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// Helpers shared by the analysis commands (compare, costquality).
namespace jamfor::cli {

// The --population and --area options, and the population they choose.
struct PopulationOptions
{
    QCommandLineOption population;
    QCommandLineOption area;

    PopulationOptions();
    void addTo(QCommandLineParser& parser) const;
    // The parsed choice; country when --population is not given. Prints the problem and
    // returns std::nullopt when the value is not one of the accepted forms.
    std::optional<PopulationChoice> choice(const QCommandLineParser& parser) const;
    // Resolves the choice with the file's units, networks and groups; areaId defaults to
    // fallbackArea when --area is not given. Throws jamfor::Error.
    ComparisonPopulation resolve(QSqlDatabase& db, const QCommandLineParser& parser,
                                 const PopulationChoice& choice, const QString& fallbackArea) const;
};

// An integer option; prints the problem and returns std::nullopt when it is not a whole
// number within [minimum, maximum].
std::optional<int> intOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                             int minimum, int maximum);

// The indicator with this id; throws jamfor::Error naming it when the file has none.
Indicator requireIndicator(QSqlDatabase& db, const QString& id);

// A number for the text output: up to 4 decimals, trailing zeros dropped ("71.5", "1150000").
QString formatNumber(double value);
QString formatNumber(const std::optional<double>& value); // "–" when empty

// Columns padded to their widest cell; the columns listed in rightAligned are aligned right.
QStringList formatTable(const QStringList& headers, const QList<QStringList>& rows,
                        const QList<int>& rightAligned);

// Unit id → name, for the table.
QHash<QString, QString> unitNames(QSqlDatabase& db);

} // namespace jamfor::cli
