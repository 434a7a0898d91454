// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/csvobservationexporter.h"

#include "core/storage/database.h"
#include "core/storage/observationrepository.h"

#include <QLocale>

namespace jamfor {

QByteArray formatNumberForCsv(double value)
{
    QByteArray text = QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
    if (text == "-0")
        text = "0";
    return text;
}

qint64 exportObservationsCsv(Database& database, QIODevice& out)
{
    out.write("indicator,unit,year,gender,value,status\n");
    qint64 rows = 0;
    QByteArray line;
    ObservationRepository(database.connection()).forEach([&](const Observation& o) {
        // Ids come from the registry or the indicator table; quote any that need it.
        QByteArray id = o.indicatorId.toUtf8();
        if (id.contains(',') || id.contains('"') || id.contains('\n'))
            id = '"' + id.replace("\"", "\"\"") + '"';
        line.clear();
        line += id;
        line += ',';
        line += o.unitId.toLatin1();
        line += ',';
        line += QByteArray::number(o.year);
        line += ',';
        line += genderCode(o.gender).toLatin1();
        line += ',';
        if (o.value)
            line += formatNumberForCsv(*o.value);
        line += ',';
        line += statusCode(o.status).toLatin1();
        line += '\n';
        out.write(line);
        ++rows;
    });
    return rows;
}

} // namespace jamfor
