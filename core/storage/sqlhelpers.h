// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace jamfor::sql {

// Prepares a statement; throws jamfor::Error naming the statement when SQLite refuses it.
QSqlQuery prepare(QSqlDatabase& db, const QString& statement);

// Executes a prepared statement with positional bindings; throws on failure.
void exec(QSqlQuery& query, std::initializer_list<QVariant> values = {});

// Prepares and executes one statement; throws on failure.
QSqlQuery run(QSqlDatabase& db, const QString& statement,
              std::initializer_list<QVariant> values = {});

// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> values = {});

// Text for a NOT NULL column: a null QString would otherwise be bound as SQL NULL.
QVariant text(const QString& value);

// Text of an optional string column: empty text is stored as NULL.
QVariant nullIfEmpty(const QString& text);

} // namespace jamfor::sql
