// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/schemavalidator.h"

#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>

namespace jamfor {

namespace {

QString normalised(const QString& sql)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return QString(sql).replace(whitespace, QStringLiteral(" ")).trimmed();
}

bool isSqliteInternalTable(const SchemaValidator::Entry& entry)
{
    static const QStringList internal{
        QStringLiteral("sqlite_sequence"), QStringLiteral("sqlite_stat1"),
        QStringLiteral("sqlite_stat2"), QStringLiteral("sqlite_stat3"),
        QStringLiteral("sqlite_stat4")};
    return entry.type == u"table" && internal.contains(entry.name);
}

QString typeName(const QString& type)
{
    if (type == u"trigger")
        return SchemaValidator::tr("trigger");
    if (type == u"view")
        return SchemaValidator::tr("view");
    if (type == u"index")
        return SchemaValidator::tr("index");
    return SchemaValidator::tr("table");
}

// Expected schemas are built once per (migration list, version) in an in-memory database.
struct ExpectedCache
{
    QMutex mutex;
    QHash<QString, QList<SchemaValidator::Entry>> byKey;
};

ExpectedCache& expectedCache()
{
    static ExpectedCache cache;
    return cache;
}

} // namespace

QList<SchemaValidator::Entry> SchemaValidator::read(QSqlDatabase& db)
{
    QSqlQuery query =
        sql::run(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM main.sqlite_schema"
                                    " ORDER BY type, name"));
    QList<Entry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), normalised(query.value(3).toString())});
    }
    return entries;
}

QList<SchemaValidator::Entry> SchemaValidator::expected(int version) const
{
    QList<Migration> steps;
    QString key;
    for (const Migration& migration : m_migrations) {
        if (migration.version > version)
            break;
        steps.append(migration);
        key += QString::number(migration.version) + u':' +
               QString::number(qHash(migration.statements.join(u';'))) + u';';
    }
    ExpectedCache& cache = expectedCache();
    {
        QMutexLocker locker(&cache.mutex);
        const auto found = cache.byKey.constFind(key);
        if (found != cache.byKey.constEnd())
            return *found;
    }

    static QAtomicInt counter;
    const QString name = QStringLiteral("jamfor-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    QList<Entry> entries;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open())
            throw Error(tr("Database error: %1").arg(memory.lastError().text()));
        migrate(memory, QStringLiteral(":memory:"), steps);
        entries = read(memory);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);

    QMutexLocker locker(&cache.mutex);
    cache.byKey.insert(key, entries);
    return entries;
}

void SchemaValidator::validate(QSqlDatabase& db, const QString& path, int version) const
{
    const QList<Entry> wanted = expected(version);
    QHash<QString, Entry> wantedByName;
    for (const Entry& entry : wanted)
        wantedByName.insert(entry.name, entry);

    const QList<Entry> actual = read(db);
    QHash<QString, Entry> actualByName;
    for (const Entry& entry : actual) {
        actualByName.insert(entry.name, entry);
        if (wantedByName.contains(entry.name) || isSqliteInternalTable(entry))
            continue;
        if (entry.type == u"trigger" || entry.type == u"view") {
            throw Error(tr("%1 was refused: it contains the %2 \"%3\". Jämför files have none; "
                           "one added to a file can change data or run code when the file is "
                           "used.")
                            .arg(path, typeName(entry.type), entry.name));
        }
        throw Error(tr("%1 was refused: it contains the %2 \"%3\", which Jämför files (format "
                       "%4) do not have.")
                        .arg(path, typeName(entry.type), entry.name)
                        .arg(version));
    }
    for (const Entry& entry : wanted) {
        const auto found = actualByName.constFind(entry.name);
        if (found == actualByName.constEnd()) {
            throw Error(tr("%1 is damaged or not a Jämför file: the %2 \"%3\" is missing.")
                            .arg(path, typeName(entry.type), entry.name));
        }
        if (found->type != entry.type || found->table != entry.table || found->sql != entry.sql) {
            throw Error(tr("%1 was refused: the %2 \"%3\" differs from the one Jämför creates "
                           "(file format %4).")
                            .arg(path, typeName(entry.type), entry.name)
                            .arg(version));
        }
    }
}

} // namespace jamfor
