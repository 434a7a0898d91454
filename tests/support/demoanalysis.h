// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demodataset.h"
#include "core/model/analysis.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "core/storage/networkrepository.h"

#include <QDate>
#include <QString>
#include <boost/test/unit_test.hpp>
#include <memory>

// The demo network in a new file with one analysis of elderly care in 2024 for Tanum: one
// prioritised indicator (U21401, staff continuity, lower is better) with causes, a chosen
// proposal, an action and a target, as a group would have written them through the wizard.
struct DemoAnalysis
{
    static inline const QString area = QStringLiteral("aldreomsorg");
    static inline const QString focus = QStringLiteral("1435"); // Tanum
    static inline const QString indicator = QStringLiteral("U21401");
    static constexpr int year = 2024;

    std::unique_ptr<jamfor::Database> database;
    qint64 analysisId = 0;

    explicit DemoAnalysis(const QString& path);
};
