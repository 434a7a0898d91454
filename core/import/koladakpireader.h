// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

// One KPI description from Kolada's /kpi endpoint (v2 or v3 field names).
struct KoladaKpi
{
    QString id;
    QString title;
    std::optional<QString> description;  // absent: keep what is stored
    std::optional<QString> unit;         // only older responses have "unit"
    QString operatingArea;               // "Äldreomsorg", "Grundskola", ...
    QString perspective;                 // "Kvalitet", "Kostnad", "Volymer", ...
    QString auspices;                    // v2 "auspices", v3 "auspice"
    std::optional<bool> dividedByGender; // v2 0/1, v3 true/false
};

// Reads a Kolada KPI metadata response: {"values": [{"id", "title", "description", ...}]}.
// Refuses wrong types and an id that appears twice, naming the item (values[3]).
class KoladaKpiReader
{
    Q_DECLARE_TR_FUNCTIONS(KoladaKpiReader)

public:
    static QList<KoladaKpi> read(const QString& path, const QJsonDocument& document);
};

} // namespace jamfor
