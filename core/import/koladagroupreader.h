// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

namespace jamfor {

// One of Kolada's municipality groups: SKR's kommungrupper, "Liknande kommuner <area>,
// <kommun>, <år>", counties' and networks' groups such as G145187 "V9".
struct KoladaGroup
{
    QString id;    // "G145187"
    QString title; // Kolada's title, "V9 (ovägt medel)"
    QStringList memberIds;

    // The title without Kolada's note " (ovägt medel)": Jämför computes the unweighted mean
    // itself, so the group is saved as "V9".
    QString name() const;
};

// Reads a Kolada /municipality_groups response (v2 or v3):
//   {"values": [{"id": "G…", "title": "…", "members": [{"member_id", "member_title"}]}]}
// (members as {"id", "title"} are read too). Refuses KPI groups (GKPI…), wrong types, unknown
// member units and an id that appears twice, naming the item (values[3] (G145187)).
class KoladaGroupReader
{
    Q_DECLARE_TR_FUNCTIONS(KoladaGroupReader)

public:
    static QList<KoladaGroup> read(const QString& path, const QJsonDocument& document);
};

} // namespace jamfor
