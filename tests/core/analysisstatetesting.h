// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Ids shared by the analysis state suites (test_analysisstate, test_analysisstate_items).
namespace analysisstatetesting {

inline const QString tanum = QStringLiteral("1435");
inline const QString n1 = QStringLiteral("N1");
inline const QString n2 = QStringLiteral("N2");

} // namespace analysisstatetesting
