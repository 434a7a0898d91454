// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jamfor {

// SKR's kommungruppsindelning (revision 2023; the same nine groups A1–C9 as in 2017). Each
// municipality's group is in resources/data/units.csv, taken from Kolada's municipality groups
// G92786–G92794 (January 2024); resources/data/README.md writes the mapping down.
struct Kommungrupp
{
    QString code;        // "A1" … "C9"
    QString name;        // SKR's name, "Landsbygdskommun med besöksnäring"
    QString koladaGroup; // Kolada's group id, "G92794"
};

class Kommungrupper
{
    Q_DECLARE_TR_FUNCTIONS(Kommungrupper)

public:
    static const QString revision; // "SKR 2023"

    // The nine groups, A1 first.
    static const QList<Kommungrupp>& all();
    // nullptr for an unknown code.
    static const Kommungrupp* find(const QString& code);
    static const Kommungrupp* findByKoladaGroup(const QString& groupId);
    // "C9 Landsbygdskommun med besöksnäring"; the code itself when unknown.
    static QString displayName(const QString& code);
    // "Kommungrupp C9 Landsbygdskommun med besöksnäring (SKR 2023)", translated frame.
    static QString populationLabel(const QString& code);
};

} // namespace jamfor
