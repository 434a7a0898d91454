// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/observationrepository.h"

#include "core/storage/connectionhardening.h"
#include "core/storage/observationrow.h"
#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <cstring>
#include <limits>
#include <memory>
#include <sqlite3.h>

namespace jamfor {

namespace {

[[noreturn]] void failSqlite(sqlite3* handle, const char* statement)
{
    throw Error(QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                    .arg(QString::fromUtf8(sqlite3_errmsg(handle)),
                         QString::fromUtf8(statement).left(200)));
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};

// Unit ids repeat in every indicator's range: one shared QString per id instead of a new one
// per row. An id of up to 4 bytes (every id: the schema holds 4-character codes) is keyed by
// its bytes packed into an integer, which is exact because text holds no NUL bytes.
class UnitIdCache
{
public:
    QString get(const unsigned char* text, int bytes)
    {
        const auto* chars = reinterpret_cast<const char*>(text);
        if (!text || bytes > 4)
            return QString::fromUtf8(chars, bytes);
        quint32 key = 0;
        std::memcpy(&key, chars, static_cast<size_t>(bytes));
        auto found = m_ids.constFind(key);
        if (found == m_ids.cend())
            found = m_ids.insert(key, QString::fromUtf8(chars, bytes));
        return *found;
    }

private:
    QHash<quint32, QString> m_ids;
};

} // namespace

QList<Observation> ObservationRepository::forIndicatorYear(const QString& indicatorId, int year,
                                                           Gender gender)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                       " FROM observation WHERE indicator_id = ? AND year = ? AND gender = ?"),
        {indicatorId, year, genderCode(gender)});
    QList<Observation> observations;
    while (query.next())
        observations.append(observationFromRow(query));
    return observations;
}

QList<Observation> ObservationRepository::forIndicatorYearAllGenders(const QString& indicatorId,
                                                                     int year)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                       " FROM observation WHERE indicator_id = ? AND year = ?"
                       " ORDER BY CASE gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END, unit_id"),
        {indicatorId, year});
    QList<Observation> observations;
    while (query.next())
        observations.append(observationFromRow(query));
    return observations;
}

QList<Observation> ObservationRepository::series(const QString& unitId,
                                                 const QStringList& indicatorIds, int firstYear,
                                                 int lastYear, Gender gender)
{
    QList<Observation> observations;
    if (lastYear < firstYear || indicatorIds.isEmpty())
        return observations;
    // "year IN (...)" with equality on gender and unit lets SQLite seek each key of
    // (indicator_id, year, gender, unit_id) directly; "year BETWEEN" would scan every unit's
    // rows of the years in between.
    QStringList placeholders;
    for (int year = firstYear; year <= lastYear; ++year)
        placeholders << QStringLiteral("?");
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT year, value, status FROM observation"
                                          " WHERE indicator_id = ? AND gender = ? AND unit_id = ?"
                                          " AND year IN (%1) ORDER BY year")
                               .arg(placeholders.join(QLatin1Char(','))));
    const QString genderText = genderCode(gender);
    for (const QString& indicatorId : indicatorIds) {
        query.bindValue(0, indicatorId);
        query.bindValue(1, genderText);
        query.bindValue(2, unitId);
        int position = 3;
        for (int year = firstYear; year <= lastYear; ++year)
            query.bindValue(position++, year);
        sql::exec(query);
        while (query.next()) {
            Observation observation;
            observation.indicatorId = indicatorId;
            observation.unitId = unitId;
            observation.year = query.value(0).toInt();
            observation.gender = gender;
            const QVariant value = query.value(1);
            if (!value.isNull())
                observation.value = value.toDouble();
            observation.status = statusFromStorage(query.value(2).toInt());
            observations.append(observation);
        }
    }
    return observations;
}

QList<UnitValue> ObservationRepository::values(const QString& indicatorId, int year, Gender gender)
{
    return values(QStringList{indicatorId}, year, gender).constFirst();
}

QList<QList<UnitValue>> ObservationRepository::values(const QStringList& indicatorIds, int year,
                                                      Gender gender)
{
    QList<QList<UnitValue>> result;
    result.reserve(indicatorIds.size());
    if (indicatorIds.isEmpty())
        return result;
    // One contiguous range of the key per indicator; the rows come in unit order. This is the
    // hot path of an overview (colour classes of hundreds of indicators), so it reads through
    // SQLite's C API: QSqlQuery's QVariant per column costs more than the lookup itself.
    static const char statementText[] = "SELECT unit_id, value, status FROM observation"
                                        " WHERE indicator_id = ?1 AND year = ?2 AND gender = ?3";
    // The connection's own handle: Database::open checked that it is the library linked here.
    sqlite3* handle = ConnectionHardening::handle(m_db);
    if (!handle)
        return valuesThroughQt(indicatorIds, year, gender);
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(handle, statementText, -1, &prepared, nullptr) != SQLITE_OK)
        failSqlite(handle, statementText);
    const std::unique_ptr<sqlite3_stmt, StatementDeleter> statement(prepared);
    const QByteArray genderText = genderCode(gender).toLatin1();
    sqlite3_bind_int(prepared, 2, year);
    sqlite3_bind_text(prepared, 3, genderText.constData(), static_cast<int>(genderText.size()),
                      SQLITE_STATIC);
    UnitIdCache unitIds;
    for (const QString& indicatorId : indicatorIds) {
        const QByteArray id = indicatorId.toUtf8();
        sqlite3_bind_text(prepared, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
        QList<UnitValue> unitValues;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(prepared)) == SQLITE_ROW) {
            UnitValue unitValue;
            unitValue.unitId =
                unitIds.get(sqlite3_column_text(prepared, 0), sqlite3_column_bytes(prepared, 0));
            if (sqlite3_column_type(prepared, 1) != SQLITE_NULL)
                unitValue.value = sqlite3_column_double(prepared, 1);
            unitValue.status = statusFromStorage(sqlite3_column_int(prepared, 2));
            unitValues.append(std::move(unitValue));
        }
        if (step != SQLITE_DONE)
            failSqlite(handle, statementText);
        sqlite3_reset(prepared);
        result.append(std::move(unitValues));
    }
    return result;
}

QList<QList<UnitValue>> ObservationRepository::valuesThroughQt(const QStringList& indicatorIds,
                                                               int year, Gender gender)
{
    QList<QList<UnitValue>> result;
    QSqlQuery query =
        sql::prepare(m_db, QStringLiteral("SELECT unit_id, value, status FROM observation"
                                          " WHERE indicator_id = ? AND year = ? AND gender = ?"));
    const QString genderText = genderCode(gender);
    for (const QString& indicatorId : indicatorIds) {
        sql::exec(query, {indicatorId, year, genderText});
        QList<UnitValue> unitValues;
        while (query.next()) {
            UnitValue unitValue;
            unitValue.unitId = query.value(0).toString();
            const QVariant value = query.value(1);
            if (!value.isNull())
                unitValue.value = value.toDouble();
            unitValue.status = statusFromStorage(query.value(2).toInt());
            unitValues.append(std::move(unitValue));
        }
        result.append(std::move(unitValues));
    }
    return result;
}

// Both walk the primary key (indicator_id, year, …) with one seek per step instead of reading
// every row: a file of 20 million observations answers in a few thousand seeks.
QList<int> ObservationRepository::years(const QString& indicatorId)
{
    QSqlQuery next = sql::prepare(
        m_db,
        QStringLiteral("SELECT min(year) FROM observation WHERE indicator_id = ? AND year > ?"));
    QList<int> years;
    int after = std::numeric_limits<int>::min();
    for (;;) {
        sql::exec(next, {indicatorId, after});
        if (!next.next() || next.value(0).isNull())
            break;
        after = next.value(0).toInt();
        years.append(after);
    }
    return years;
}

// Two seeks per indicator for the range, then one query per year of it that stops at the first
// indicator with a value that year (usually the first one tried): a few thousand seeks for the
// whole country instead of one per indicator and year.
QList<int> ObservationRepository::years()
{
    const std::optional<std::pair<int, int>> range = yearRange();
    if (!range)
        return {};
    QSqlQuery held = sql::prepare(
        m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM indicator WHERE EXISTS (SELECT 1"
                             " FROM observation WHERE indicator_id = indicator.id AND year = ?))"));
    QList<int> years;
    for (int year = range->first; year <= range->second; ++year) {
        sql::exec(held, {year});
        if (held.next() && held.value(0).toBool())
            years.append(year);
    }
    return years;
}

std::optional<std::pair<int, int>> ObservationRepository::yearRange()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral(
                           "SELECT min(first), max(last) FROM (SELECT"
                           " (SELECT min(year) FROM observation WHERE indicator_id = indicator.id)"
                           " AS first,"
                           " (SELECT max(year) FROM observation WHERE indicator_id = indicator.id)"
                           " AS last FROM indicator)"));
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return std::make_pair(query.value(0).toInt(), query.value(1).toInt());
}

qint64 ObservationRepository::count()
{
    // Each batch's count is kept by ObservationWriter (file format 7): a few rows to add up
    // instead of the whole table to scan.
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(sum(held), 0) FROM import_batch"))
        .toLongLong();
}

void ObservationRepository::forEach(const std::function<void(const Observation&)>& visit)
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT indicator_id, unit_id, year, gender, value, status"
                                      " FROM observation ORDER BY indicator_id, unit_id, year,"
                                      " CASE gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END"));
    while (query.next())
        visit(observationFromRow(query));
}

} // namespace jamfor
