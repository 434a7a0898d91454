// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/kommungruppreference.h"

namespace kommungruppreference {

const QList<std::pair<QString, int>>& sizes()
{
    static const QList<std::pair<QString, int>> list{
        {QStringLiteral("A1"), 3},  {QStringLiteral("A2"), 43}, {QStringLiteral("B3"), 23},
        {QStringLiteral("B4"), 63}, {QStringLiteral("B5"), 24}, {QStringLiteral("C6"), 27},
        {QStringLiteral("C7"), 51}, {QStringLiteral("C8"), 35}, {QStringLiteral("C9"), 21}};
    return list;
}

QHash<QString, QStringList> membersByCode()
{
    const QHash<QString, QString> codeOfGroup{{QStringLiteral("G92787"), QStringLiteral("A1")},
                                              {QStringLiteral("G92793"), QStringLiteral("A2")},
                                              {QStringLiteral("G92790"), QStringLiteral("B3")},
                                              {QStringLiteral("G92792"), QStringLiteral("B4")},
                                              {QStringLiteral("G92786"), QStringLiteral("B5")},
                                              {QStringLiteral("G92788"), QStringLiteral("C6")},
                                              {QStringLiteral("G92789"), QStringLiteral("C7")},
                                              {QStringLiteral("G92791"), QStringLiteral("C8")},
                                              {QStringLiteral("G92794"), QStringLiteral("C9")}};
    QFile file(QStringLiteral(JAMFOR_TEST_DATA_DIR "/kolada/kommungrupper_2023.json"));
    QHash<QString, QStringList> members;
    if (!file.open(QIODevice::ReadOnly))
        return members;
    const QJsonArray groups =
        QJsonDocument::fromJson(file.readAll())[QLatin1StringView("values")].toArray();
    for (const QJsonValue& group : groups) {
        const QString code = codeOfGroup.value(group[QLatin1StringView("id")].toString());
        for (const QJsonValue& member : group[QLatin1StringView("members")].toArray())
            members[code] << member[QLatin1StringView("member_id")].toString();
    }
    return members;
}

} // namespace kommungruppreference
