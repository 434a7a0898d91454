// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace jamfor {

class Database;

// The built-in example: the network "Bohusnätverket" with indicators in elderly care, LSS,
// IFO and compulsory school, and invented but plausible values for every municipality,
// region and the country, 2015–2024. The file is marked as example data.
class DemoDataset
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataset)

public:
    static constexpr int firstYear = 2015;
    static constexpr int lastYear = 2024;
    static inline const QString networkName = QStringLiteral("Bohusnätverket");

    // The label every view and report shows while the demo is open.
    static QString exampleDataLabel();

    // Writes the demo into an empty, migrated file in one transaction.
    static void write(Database& database);
};

} // namespace jamfor
