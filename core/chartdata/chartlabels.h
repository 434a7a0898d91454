// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jamfor {

class Database;

// Texts and number formats shared by the chart series. Numbers follow QLocale(), so Swedish
// gets a decimal comma and a space between thousands.
class ChartLabels
{
    Q_DECLARE_TR_FUNCTIONS(ChartLabels)

public:
    // The line under every chart: the example-data label for the demo, else "Source: Kolada".
    static QString sourceLine(Database& database);

    // The gender a chart of the indicator uses: the chosen one when the indicator is divided by
    // gender, the total otherwise.
    static Gender genderFor(const Indicator& indicator, Gender chosen);
    // "2024", or "2024 · Women" when the indicator is divided by gender and women or men were
    // chosen.
    static QString yearAndGender(int year, const Indicator& indicator, Gender chosen);

    // The fewest decimals (0–2) that show every value as stored: 71.5 needs 1, 223 needs 0.
    static int decimalsFor(const QList<double>& values);
    // The value with the given decimals in QLocale()'s format ("1 150 000", "71,5").
    static QString number(double value, int decimals);
    // The same with a sign: "+0,8", "−1,2" (a real minus sign), "0".
    static QString signedNumber(double value, int decimals);

    // The indicator with the id; throws jamfor::Error naming it when the file has none.
    static Indicator requireIndicator(Database& database, const QString& indicatorId);
};

} // namespace jamfor
