// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/chartlabels.h"

#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/util/error.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace jamfor {

QString ChartLabels::sourceLine(Database& database)
{
    if (FileInfoRepository(database.connection()).isExampleData())
        return DemoDataset::exampleDataLabel();
    return tr("Source: Kolada");
}

Gender ChartLabels::genderFor(const Indicator& indicator, Gender chosen)
{
    return indicator.dividedByGender ? chosen : Gender::Total;
}

QString ChartLabels::yearAndGender(int year, const Indicator& indicator, Gender chosen)
{
    const QString yearText = QString::number(year);
    if (genderFor(indicator, chosen) == Gender::Total)
        return yearText;
    return tr("%1 · %2").arg(yearText, enumLabel(chosen));
}

int ChartLabels::decimalsFor(const QList<double>& values)
{
    int decimals = 0;
    for (double value : values) {
        while (decimals < 2) {
            const double scaled = value * std::pow(10.0, decimals);
            if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled)))
                break;
            ++decimals;
        }
    }
    return decimals;
}

QString ChartLabels::number(double value, int decimals)
{
    // Avoid "-0" for a value that rounds to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        value = 0;
    return QLocale().toString(value, 'f', decimals);
}

QString ChartLabels::signedNumber(double value, int decimals)
{
    const QString text = number(std::abs(value), decimals);
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        return text;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + text;
}

Indicator ChartLabels::requireIndicator(Database& database, const QString& indicatorId)
{
    const auto indicator = IndicatorRepository(database.connection()).find(indicatorId);
    if (!indicator)
        throw Error(tr("The file has no indicator with the id \"%1\".").arg(indicatorId));
    return *indicator;
}

} // namespace jamfor
