// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace jamfor {

class Database;

// Writes every observation as UTF-8 CSV: indicator,unit,year,gender,value,status with a
// point as decimal separator and an empty value where there is none. Returns the row count.
qint64 exportObservationsCsv(Database& database, QIODevice& out);

// The shortest text that reads back as exactly the same double, without an exponent.
QByteArray formatNumberForCsv(double value);

} // namespace jamfor
