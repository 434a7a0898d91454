// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/koladagroupreader.h"

#include "core/import/jsondocumentloader.h"
#include "core/registry/unitregistry.h"
#include "core/util/error.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace jamfor {

QString KoladaGroup::name() const
{
    const QString note = QStringLiteral(" (ovägt medel)");
    QString name = title.trimmed();
    if (name.endsWith(note, Qt::CaseInsensitive) && name.size() > note.size())
        name.chop(note.size());
    return name.trimmed();
}

QList<KoladaGroup> KoladaGroupReader::read(const QString& path, const QJsonDocument& document)
{
    const QJsonArray items = JsonDocumentLoader::items(path, document);
    if (items.isEmpty())
        throw Error(tr("%1: the Kolada response has no groups").arg(path));
    const UnitRegistry& units = UnitRegistry::instance();
    QList<KoladaGroup> groups;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString where = QStringLiteral("values[%1]").arg(i);
        const auto fail = [&](const QString& what) {
            throw Error(tr("%1, %2: %3").arg(path, where, what));
        };
        if (!items.at(i).isObject())
            fail(tr("expected an object with id, title and members, found %1")
                     .arg(JsonDocumentLoader::typeName(items.at(i))));
        const QJsonObject item = items.at(i).toObject();
        const auto text = [&](const QJsonObject& object, const QString& name) {
            const QJsonValue field = object.value(name);
            if (!field.isString() || field.toString().trimmed().isEmpty())
                fail(field.isUndefined() ? tr("\"%1\" is missing").arg(name)
                                         : tr("\"%1\" should be a non-empty string, not %2")
                                               .arg(name, JsonDocumentLoader::typeName(field)));
            return field.toString().trimmed();
        };

        KoladaGroup group;
        group.id = text(item, QStringLiteral("id"));
        where += QStringLiteral(" (%1)").arg(group.id.left(40));
        if (group.id.startsWith(QStringLiteral("GKPI")) ||
            group.id.startsWith(QStringLiteral("G2KPI")))
            fail(tr("this is one of Kolada's KPI groups, not a municipality group; fetch its "
                    "indicators with Kolada › Fetch (--kpi-group %1)")
                     .arg(group.id.left(40)));
        if (!group.id.startsWith(u'G'))
            fail(tr("\"%1\" is not a Kolada municipality group id (G followed by digits)")
                     .arg(group.id.left(40)));
        if (const auto earlier = seen.constFind(group.id); earlier != seen.cend())
            fail(tr("the group %1 appears twice (also in values[%2])").arg(group.id).arg(*earlier));
        seen.insert(group.id, i);
        group.title = text(item, QStringLiteral("title"));

        const QJsonValue members = item.value(QStringLiteral("members"));
        if (!members.isArray())
            fail(members.isUndefined() ? tr("\"members\" is missing")
                                       : tr("\"members\" should be a list, not %1")
                                             .arg(JsonDocumentLoader::typeName(members)));
        const QJsonArray list = members.toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString memberPlace = QStringLiteral("members[%1]").arg(j);
            if (!list.at(j).isObject())
                fail(tr("%1: expected an object with member_id, found %2")
                         .arg(memberPlace, JsonDocumentLoader::typeName(list.at(j))));
            const QJsonObject member = list.at(j).toObject();
            QJsonValue idField = member.value(QStringLiteral("member_id"));
            if (idField.isUndefined())
                idField = member.value(QStringLiteral("id"));
            const QString id = idField.toString().trimmed();
            if (!idField.isString() || id.isEmpty())
                fail(tr("%1: \"member_id\" is missing or not a string").arg(memberPlace));
            if (!units.find(id))
                fail(tr("%1: unknown unit code \"%2\" (expected a 4-digit municipality, region "
                        "or country code)")
                         .arg(memberPlace, id.left(40)));
            if (!group.memberIds.contains(id))
                group.memberIds.append(id);
        }
        if (group.memberIds.isEmpty())
            fail(tr("the group has no members"));
        groups.append(group);
    }
    return groups;
}

} // namespace jamfor
