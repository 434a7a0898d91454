// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/observationsink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>

namespace jamfor {

// Reads Kolada API data responses, v2 and v3:
//   {"values": [{"kpi", "municipality", "period", "values": [{"gender", "value", "status",
//   "count"}]}], "count", "next_page" | "next_url"}
// and the v3 shape with "period" inside each value; a period may be a number or a string of
// digits. Genders T, K and M. A null value keeps its reason from "status" (see statusFor).
// Values marked deleted (isdeleted, is_deleted) are handed to ObservationSink::remove, so a
// refresh removes what Kolada withdrew. Rows of municipality groups (G…, whose values are
// means of their members) and of organisational units (OU: single schools, homes) are not
// stored but counted, as are rows outside the request given to setExpected. A response that
// is one page of several is imported with a warning.
class KoladaDataReader
{
    Q_DECLARE_TR_FUNCTIONS(KoladaDataReader)

public:
    KoladaDataReader(const QString& path, const QJsonDocument& document);

    // Rows for another KPI, unit or year than these are counted and not stored. An empty unit
    // list expects every unit (a whole-country download).
    void setExpected(const QStringList& kpiIds, const QStringList& unitIds,
                     const QList<int>& years);

    void read(ObservationSink& sink);

    qint64 groupRows() const { return m_groupRows; }
    qint64 unitLevelRows() const { return m_unitLevelRows; }
    qint64 unrequestedRows() const { return m_unrequestedRows; }
    // Also names the skipped rows, with their counts and a first example each.
    QStringList warnings() const;

    // "values[3]" or "values[3].values[1]".
    static QString describe(const SourceLocation& location);
    // Kolada's status text for a missing value: "-", "missing", "bortfall" → missing;
    // ".", "not_applicable", "ej tillämplig" → not applicable; "..", "confidential",
    // "sekretess" → confidential; anything else, and no status, → missing.
    static ValueStatus statusFor(const QString& status);

private:
    [[noreturn]] void fail(const SourceLocation& location, const QString& key,
                           const QString& what) const;

    QString m_path;
    QJsonDocument m_document;
    QJsonArray m_items;
    bool m_filtered = false;
    QSet<QString> m_expectedKpis;
    QSet<QString> m_expectedUnits;
    QSet<int> m_expectedYears;
    qint64 m_groupRows = 0;
    qint64 m_unitLevelRows = 0;
    qint64 m_unrequestedRows = 0;
    QString m_firstGroup;       // "G92794"
    QString m_firstUnitLevel;   // "V15E143500101"
    QString m_firstUnrequested; // "N15419, 1435, 2019"
};

} // namespace jamfor
