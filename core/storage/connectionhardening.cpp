// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/connectionhardening.h"

#include "core/util/error.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace jamfor {

namespace {

// Sets (value 0 or 1) or, with -1, only reads one sqlite3_db_config flag. Returns the flag's
// value afterwards, or -1 when SQLite does not know the option.
int configure(sqlite3* handle, int option, int value)
{
    int result = -1;
    if (sqlite3_db_config(handle, option, value, &result) != SQLITE_OK)
        return -1;
    return result;
}

} // namespace

sqlite3* ConnectionHardening::handle(QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString ConnectionHardening::libraryMismatch(const QString& linked, const QString& driver)
{
    if (linked == driver)
        return {};
    return tr("Jämför cannot open database files on this computer: Qt's SQLite driver uses "
              "another SQLite library (%1) than Jämför itself (%2). Install Jämför and Qt's "
              "SQLite driver (libqt6sql6-sqlite) from the same source, so that both use the "
              "system's libsqlite3.")
        .arg(driver.isEmpty() ? tr("unknown") : driver, linked);
}

void ConnectionHardening::checkLibrary(QSqlDatabase& db)
{
    QSqlQuery query(db);
    QString driver;
    if (query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next())
        driver = query.value(0).toString();
    const QString message = libraryMismatch(QString::fromUtf8(sqlite3_sourceid()), driver);
    if (!message.isEmpty())
        throw Error(message);
}

void ConnectionHardening::apply(QSqlDatabase& db)
{
    sqlite3* handle = ConnectionHardening::handle(db);
    if (!handle)
        throw Error(tr("Database error: the connection is not an open SQLite database"));
    checkLibrary(db);
    const struct
    {
        int option;
        int value;
    } wanted[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1},      {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0}, {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
    };
    for (const auto& setting : wanted) {
        if (configure(handle, setting.option, setting.value) != setting.value)
            throw Error(
                tr("Database error: SQLite refused a safety setting (%1)").arg(setting.option));
    }
    // The C-level switch as well, in case the library was built to allow extensions by default.
    sqlite3_enable_load_extension(handle, 0);
}

ConnectionHardening::Settings ConnectionHardening::current(QSqlDatabase& db)
{
    sqlite3* handle = ConnectionHardening::handle(db);
    if (!handle)
        throw Error(tr("Database error: the connection is not an open SQLite database"));
    Settings settings;
    settings.defensive = configure(handle, SQLITE_DBCONFIG_DEFENSIVE, -1) == 1;
    settings.loadExtension = configure(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, -1) == 1;
    settings.trustedSchema = configure(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1) == 1;
    settings.triggers = configure(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1) == 1;
    settings.views = configure(handle, SQLITE_DBCONFIG_ENABLE_VIEW, -1) == 1;
    return settings;
}

} // namespace jamfor
