// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"
#include "core/handbook/followup.h"
#include "core/model/analysis.h"
#include "core/model/indicator.h"
#include "core/model/network.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// Everything the analysis report and the A3 summary need from the file, read once.
struct AnalysisReportData
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReportData)

public:
    Analysis analysis;
    std::optional<Network> network;
    QString areaName;
    QHash<QString, QString> unitNames;    // unit id → name
    QHash<QString, Indicator> indicators; // every indicator the analysis names
    QStringList prioritisedIds;           // the indicators taken forward, in the analysis' order
    // The prioritised indicators compared among the analysis' population in its year.
    ComparisonTable comparison;
    QList<TargetFollowUp> followUps;
    QString sourceLine;
    QString exampleDataLabel;

    // Throws jamfor::Error when there is no analysis with the id, or it has no year or area.
    static AnalysisReportData load(Database& database, qint64 analysisId);

    QString unitName(const QString& unitId) const;
    QString indicatorTitle(const QString& indicatorId) const;
    // The names of the members that take part in the area (empty without a network).
    QStringList memberNames() const;
    // The population the analysis compares with, for the cover.
    QString populationLabel() const;
    // The row of the focus municipality in the comparison, or nullptr.
    const ComparisonTableRow* focusRow() const;
    const ComparisonTableRow* networkMeanRow() const;
};

} // namespace jamfor
