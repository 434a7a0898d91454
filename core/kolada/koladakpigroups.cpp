// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kolada/koladakpigroups.h"

#include <QFile>
#include <QTextStream>

namespace jamfor {

const QList<KoladaKpiGroupInfo>& shippedKoladaKpiGroups()
{
    static const QList<KoladaKpiGroupInfo> groups = [] {
        QList<KoladaKpiGroupInfo> list;
        QFile file(QStringLiteral(":/jamfor/data/kolada_kpi_groups.csv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in list of Kolada's KPI groups is missing from the binary");
        QTextStream stream(&file);
        stream.setEncoding(QStringConverter::Utf8);
        while (!stream.atEnd()) {
            const QString line = stream.readLine();
            if (line.startsWith(u'#') || line.startsWith(QStringLiteral("id;")) || line.isEmpty())
                continue;
            const QStringList fields = line.split(u';');
            if (fields.size() != 3)
                qFatal("The built-in list of Kolada's KPI groups has a bad line");
            list.append({fields[0], fields[1], fields[2].toInt()});
        }
        return list;
    }();
    return groups;
}

} // namespace jamfor
