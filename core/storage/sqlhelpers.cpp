// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlhelpers.h"

#include "core/util/error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jamfor::sql {

namespace {

[[noreturn]] void fail(const QSqlQuery& query, const QString& statement)
{
    throw Error(QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                    .arg(query.lastError().text(), statement.simplified().left(200)));
}

} // namespace

QSqlQuery prepare(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

void exec(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    exec(query, values);
    return query;
}

QVariant scalar(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace jamfor::sql
