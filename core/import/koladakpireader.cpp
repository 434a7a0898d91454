// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/koladakpireader.h"

#include "core/import/jsondocumentloader.h"
#include "core/util/error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace jamfor {

QList<KoladaKpi> KoladaKpiReader::read(const QString& path, const QJsonDocument& document)
{
    const QJsonArray items = JsonDocumentLoader::items(path, document);
    if (items.isEmpty())
        throw Error(tr("%1: the Kolada response has no KPI descriptions").arg(path));
    QList<KoladaKpi> kpis;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString where = QStringLiteral("values[%1]").arg(i);
        const auto fail = [&](const QString& what) {
            throw Error(tr("%1, %2: %3").arg(path, where, what));
        };
        if (!items.at(i).isObject())
            fail(tr("expected an object with id and title, found %1")
                     .arg(JsonDocumentLoader::typeName(items.at(i))));
        const QJsonObject item = items.at(i).toObject();
        const auto optionalString = [&](const QString& name) -> std::optional<QString> {
            const QJsonValue field = item.value(name);
            if (field.isUndefined() || field.isNull())
                return std::nullopt;
            if (!field.isString())
                fail(tr("\"%1\" should be a string or null, not %2")
                         .arg(name, JsonDocumentLoader::typeName(field)));
            return field.toString().trimmed();
        };

        KoladaKpi kpi;
        kpi.id = optionalString(QStringLiteral("id")).value_or(QString());
        if (kpi.id.isEmpty())
            fail(tr("\"id\" is missing or empty"));
        where += QStringLiteral(" (%1)").arg(kpi.id.left(40));
        if (const auto earlier = seen.constFind(kpi.id); earlier != seen.cend())
            fail(
                tr("the KPI %1 is described twice (also in values[%2])").arg(kpi.id).arg(*earlier));
        seen.insert(kpi.id, i);
        kpi.title = optionalString(QStringLiteral("title")).value_or(QString());
        if (kpi.title.isEmpty())
            fail(tr("\"title\" is missing or empty"));
        kpi.description = optionalString(QStringLiteral("description"));
        kpi.unit = optionalString(QStringLiteral("unit"));
        kpi.operatingArea = optionalString(QStringLiteral("operating_area")).value_or(QString());
        kpi.perspective = optionalString(QStringLiteral("perspective")).value_or(QString());
        kpi.auspices = optionalString(QStringLiteral("auspices"))
                           .value_or(optionalString(QStringLiteral("auspice")).value_or(QString()));
        const QJsonValue divided = item.value(QStringLiteral("is_divided_by_gender"));
        if (divided.isBool()) {
            kpi.dividedByGender = divided.toBool();
        } else if (divided.isDouble() && (divided.toDouble() == 0 || divided.toDouble() == 1)) {
            kpi.dividedByGender = divided.toDouble() == 1;
        } else if (!divided.isUndefined() && !divided.isNull()) {
            fail(tr("\"is_divided_by_gender\" should be 0, 1, true or false, not %1")
                     .arg(JsonDocumentLoader::typeName(divided)));
        }
        kpis.append(kpi);
    }
    return kpis;
}

} // namespace jamfor
