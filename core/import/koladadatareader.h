// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/observationsink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace jamfor {

// Reads Kolada API data responses, v2 and v3:
//   {"values": [{"kpi", "municipality", "period", "values": [{"gender", "value", "status",
//   "count"}]}], "count", "next_page" | "next_url"}
// and the v3 shape with "period" inside each value. Genders T, K and M. A null value keeps
// its reason from "status" (see statusFor); values marked deleted (isdeleted, is_deleted) are
// skipped and counted. A response that is one page of several is imported with a warning.
class KoladaDataReader
{
    Q_DECLARE_TR_FUNCTIONS(KoladaDataReader)

public:
    KoladaDataReader(const QString& path, const QJsonDocument& document);

    void read(ObservationSink& sink);

    qint64 skipped() const { return m_skipped; }
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
    qint64 m_skipped = 0;
};

} // namespace jamfor
