// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/koladadatareader.h"

#include "core/import/jsondocumentloader.h"
#include "core/registry/unitregistry.h"
#include "core/util/error.h"

#include <QJsonObject>
#include <cmath>

namespace jamfor {

namespace {

QString shownValue(const QJsonValue& value)
{
    if (value.isString())
        return QStringLiteral(" (\"%1\")").arg(value.toString().left(40));
    if (value.isDouble())
        return QStringLiteral(" (%1)").arg(value.toDouble());
    return {};
}

bool isDeleted(const QJsonObject& object)
{
    for (const QString& key : {QStringLiteral("isdeleted"), QStringLiteral("is_deleted")}) {
        const QJsonValue flag = object.value(key);
        if (flag.isBool() ? flag.toBool() : (flag.isDouble() && flag.toDouble() != 0))
            return true;
    }
    return false;
}

} // namespace

KoladaDataReader::KoladaDataReader(const QString& path, const QJsonDocument& document)
    : m_path(path)
    , m_document(document)
    , m_items(JsonDocumentLoader::items(path, document))
{}

QString KoladaDataReader::describe(const SourceLocation& location)
{
    return location.column < 0
               ? QStringLiteral("values[%1]").arg(location.row)
               : QStringLiteral("values[%1].values[%2]").arg(location.row).arg(location.column);
}

ValueStatus KoladaDataReader::statusFor(const QString& status)
{
    const QString s = status.trimmed().toLower();
    if (s == u"." || s == u"not_applicable" || s == u"not applicable" || s == u"ej tillämplig" ||
        s == u"ej tillämpligt")
        return ValueStatus::NotApplicable;
    if (s == u".." || s == u"confidential" || s == u"sekretess" || s == u"secret" ||
        s == u"sekretessbelagd")
        return ValueStatus::Confidential;
    return ValueStatus::Missing;
}

void KoladaDataReader::fail(const SourceLocation& location, const QString& key,
                            const QString& what) const
{
    const QString where =
        key.isEmpty() ? describe(location) : QStringLiteral("%1 (%2)").arg(describe(location), key);
    throw Error(tr("%1, %2: %3").arg(m_path, where, what));
}

void KoladaDataReader::setExpected(const QStringList& kpiIds, const QStringList& unitIds,
                                   const QList<int>& years)
{
    m_filtered = true;
    m_expectedKpis = QSet<QString>(kpiIds.cbegin(), kpiIds.cend());
    m_expectedUnits = QSet<QString>(unitIds.cbegin(), unitIds.cend());
    m_expectedYears = QSet<int>(years.cbegin(), years.cend());
}

QStringList KoladaDataReader::warnings() const
{
    QStringList warnings;
    const QJsonObject root = m_document.object();
    for (const QString& key : {QStringLiteral("next_page"), QStringLiteral("next_url")}) {
        const QString next = root.value(key).toString();
        if (!next.isEmpty())
            warnings.append(tr("%1 is one page of a longer Kolada response; the next page (%2) "
                               "was not imported")
                                .arg(m_path, next));
    }
    if (m_groupRows > 0)
        warnings.append(tr("%1: %n rows of municipality groups (such as %2) were skipped; a "
                           "group's value is the mean of its members, which Jämför computes "
                           "itself",
                           nullptr, int(m_groupRows))
                            .arg(m_path, m_firstGroup));
    if (m_unitLevelRows > 0)
        warnings.append(tr("%1: %n rows of organisational units (such as %2, a school or a "
                           "home) were skipped; Jämför compares municipalities",
                           nullptr, int(m_unitLevelRows))
                            .arg(m_path, m_firstUnitLevel));
    if (m_unrequestedRows > 0)
        warnings.append(tr("%1: %n rows that were not asked for (such as %2) were not stored",
                           nullptr, int(m_unrequestedRows))
                            .arg(m_path, m_firstUnrequested));
    return warnings;
}

void KoladaDataReader::read(ObservationSink& sink)
{
    if (m_items.isEmpty())
        throw Error(tr("%1: the Kolada response has no values").arg(m_path));
    const UnitRegistry& units = UnitRegistry::instance();
    const qint64 count = m_items.size();
    for (qint64 i = 0; i < count; ++i) {
        const SourceLocation itemLocation{i, -1};
        const QJsonValue itemValue = m_items.at(i);
        if (!itemValue.isObject())
            fail(itemLocation, {},
                 tr("expected an object with kpi, municipality, period and values, found %1")
                     .arg(JsonDocumentLoader::typeName(itemValue)));
        const QJsonObject item = itemValue.toObject();

        const auto requireString = [&](const QJsonObject& object, const QString& name,
                                       const SourceLocation& where, const QString& key) {
            const QJsonValue field = object.value(name);
            if (!field.isString() || field.toString().trimmed().isEmpty())
                fail(where, key,
                     field.isUndefined()
                         ? tr("\"%1\" is missing").arg(name)
                         : tr("\"%1\" should be a non-empty string, not %2%3")
                               .arg(name, JsonDocumentLoader::typeName(field), shownValue(field)));
            return field.toString().trimmed();
        };
        // Kolada v3 may give the period as a string ("2023").
        const auto requireYear = [&](const QJsonValue& field, const SourceLocation& where,
                                     const QString& key) {
            bool digits = false;
            const double year =
                field.isString() ? field.toString().trimmed().toInt(&digits) : field.toDouble();
            const bool number = field.isDouble() || (field.isString() && digits);
            if (!number || std::floor(year) != year || year < 1900 || year > 2200)
                fail(where, key,
                     number ? tr("\"period\" %1 is not a year between 1900 and 2200").arg(year)
                            : tr("\"period\" should be a year (a whole number), not %1%2")
                                  .arg(JsonDocumentLoader::typeName(field), shownValue(field)));
            return int(year);
        };

        if (item.contains(QStringLiteral("ou"))) {
            // Kolada's /oudata: one school, home or unit of a municipality.
            if (m_unitLevelRows++ == 0)
                m_firstUnitLevel = item.value(QStringLiteral("ou")).toString().left(40);
            continue;
        }
        const QString kpi = requireString(item, QStringLiteral("kpi"), itemLocation, {});
        const QString municipality =
            requireString(item, QStringLiteral("municipality"), itemLocation, kpi);
        QString key = QStringLiteral("%1, %2").arg(kpi, municipality);
        const Unit* unit = units.find(municipality);
        if (!unit && municipality.startsWith(u'G')) {
            if (m_groupRows++ == 0)
                m_firstGroup = municipality.left(40);
            continue;
        }
        if (!unit)
            fail(itemLocation, key,
                 tr("unknown unit code \"%1\" (expected a 4-digit municipality, region or "
                    "country code)")
                     .arg(municipality.left(40)));
        int itemYear = 0;
        if (item.contains(QStringLiteral("period"))) {
            itemYear = requireYear(item.value(QStringLiteral("period")), itemLocation, key);
            key += QStringLiteral(", %1").arg(itemYear);
        }
        const bool requested =
            !m_filtered || (m_expectedKpis.contains(kpi) &&
                            (m_expectedUnits.isEmpty() || m_expectedUnits.contains(unit->id)));
        const auto unrequested = [&](int year) {
            if (m_unrequestedRows++ == 0)
                m_firstUnrequested = QStringLiteral("%1, %2, %3").arg(kpi, unit->id).arg(year);
        };
        if (!requested) {
            unrequested(itemYear);
            continue;
        }
        const QJsonValue valuesField = item.value(QStringLiteral("values"));
        if (!valuesField.isArray())
            fail(itemLocation, key,
                 valuesField.isUndefined() ? tr("\"values\" is missing")
                                           : tr("\"values\" should be a list, not %1")
                                                 .arg(JsonDocumentLoader::typeName(valuesField)));
        const QJsonArray values = valuesField.toArray();
        if (itemYear != 0 && m_filtered && !m_expectedYears.contains(itemYear)) {
            unrequested(itemYear);
            continue;
        }

        for (qsizetype j = 0; j < values.size(); ++j) {
            const SourceLocation where{i, int(j)};
            if (!values.at(j).isObject())
                fail(where, key,
                     tr("expected an object with gender and value, found %1")
                         .arg(JsonDocumentLoader::typeName(values.at(j))));
            const QJsonObject entry = values.at(j).toObject();
            Observation observation;
            observation.indicatorId = kpi;
            observation.unitId = unit->id;
            if (entry.contains(QStringLiteral("period")))
                observation.year = requireYear(entry.value(QStringLiteral("period")), where, key);
            else if (itemYear != 0)
                observation.year = itemYear;
            else
                fail(where, key,
                     tr("\"period\" is missing (neither the item nor the value has "
                        "one)"));
            if (m_filtered && !m_expectedYears.contains(observation.year)) {
                unrequested(observation.year);
                continue;
            }

            const QString genderText = requireString(entry, QStringLiteral("gender"), where, key);
            const auto gender = genderFromCode(genderText);
            if (!gender)
                fail(where, key, tr("the gender \"%1\" is not T, K or M").arg(genderText.left(40)));
            observation.gender = *gender;
            if (isDeleted(entry)) {
                sink.remove(observation, where);
                continue;
            }

            const QJsonValue status = entry.value(QStringLiteral("status"));
            if (!status.isString() && !status.isNull() && !status.isUndefined())
                fail(where, key,
                     tr("\"status\" should be a string or null, not %1%2")
                         .arg(JsonDocumentLoader::typeName(status), shownValue(status)));
            const QJsonValue value = entry.value(QStringLiteral("value"));
            if (value.isDouble()) {
                observation.value = value.toDouble();
            } else if (value.isNull() || value.isUndefined()) {
                observation.status = statusFor(status.toString());
            } else {
                fail(where, key,
                     tr("\"value\" should be a number or null, not %1%2")
                         .arg(JsonDocumentLoader::typeName(value), shownValue(value)));
            }
            sink.add(observation, where);
        }
        if ((i & 255) == 255)
            sink.progress(i + 1, count);
    }
    sink.progress(count, count);
}

} // namespace jamfor
