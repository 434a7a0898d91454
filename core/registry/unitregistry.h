// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unit.h"

#include <QHash>
#include <QList>

namespace jamfor {

// The built-in list of Swedish units: the country (0000), the 21 regions (00 + county code) and
// the 290 municipalities with their SCB codes and counties. Every new file starts with it.
class UnitRegistry
{
public:
    static const UnitRegistry& instance();

    const QList<Unit>& all() const { return m_units; }
    QList<Unit> municipalities() const;
    const Unit* find(const QString& id) const;

private:
    UnitRegistry();

    QList<Unit> m_units;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace jamfor
