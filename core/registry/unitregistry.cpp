// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registry/unitregistry.h"

#include <QFile>
#include <QTextStream>

namespace jamfor {

const UnitRegistry& UnitRegistry::instance()
{
    static const UnitRegistry registry;
    return registry;
}

UnitRegistry::UnitRegistry()
{
    // Built into the binary from resources/data/units.csv (no quoted fields, UTF-8): id, name,
    // type, county code and, for municipalities, SKR's kommungrupp (see registry/kommungrupp.h).
    QFile file(QStringLiteral(":/jamfor/data/units.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in unit list is missing from the binary");
    QTextStream stream(&file);
    stream.setEncoding(QStringConverter::Utf8);
    stream.readLine(); // header
    while (!stream.atEnd()) {
        const QStringList fields = stream.readLine().split(u',');
        if (fields.size() != 5)
            qFatal("The built-in unit list has a line with %d fields", int(fields.size()));
        m_indexById.insert(fields[0], m_units.size());
        m_units.append({fields[0], fields[1], unitTypeFromCode(fields[2]), fields[3], fields[4]});
    }
}

QList<Unit> UnitRegistry::municipalities() const
{
    QList<Unit> result;
    for (const Unit& unit : m_units) {
        if (unit.type == UnitType::Municipality)
            result.append(unit);
    }
    return result;
}

const Unit* UnitRegistry::find(const QString& id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? nullptr : &m_units[*it];
}

} // namespace jamfor
