// SPDX-License-Identifier: GPL-3.0-or-later
// Opening damaged, foreign, write-protected and busy files (issue 9, items 2, 3 and 6).
#define BOOST_TEST_MODULE database_safety
#include "core/demo/demodataset.h"
#include "core/storage/connectionhardening.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/storage/migrationbackup.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlhelpers.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <functional>
#include <random>

using namespace jamfor;

namespace {

// The test program doubles as the "other process" of the locking tests:
//   test_database_safety -- hold-open FILE        a Jämför process with the file open
//   test_database_safety -- hold-write-lock FILE  another program inside a write transaction
//   test_database_safety -- hold-exclusive FILE   another program with an exclusive lock
// It prints "ready" and keeps the lock until its standard input closes or it is killed.
struct HelperOrApplicationFixture : CoreApplicationFixture
{
    HelperOrApplicationFixture()
    {
        const auto& suite = boost::unit_test::framework::master_test_suite();
        if (suite.argc < 3)
            return;
        const QString role = QString::fromLocal8Bit(suite.argv[suite.argc - 2]);
        if (!role.startsWith(QStringLiteral("hold-")))
            return;
        const QString path = QString::fromLocal8Bit(suite.argv[suite.argc - 1]);
        std::_Exit(runHelper(role, path));
    }

    static int runHelper(const QString& role, const QString& path)
    {
        std::unique_ptr<Database> database;
        QSqlDatabase raw;
        if (role == u"hold-open") {
            database = Database::open(path, Database::OpenMode::OpenExisting);
        } else {
            raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("helper"));
            raw.setDatabaseName(path);
            if (!raw.open())
                return 3;
            QSqlQuery query(raw);
            if (role == u"hold-exclusive" &&
                !query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")))
                return 4;
            const QString begin = role == u"hold-exclusive" ? QStringLiteral("BEGIN EXCLUSIVE")
                                                            : QStringLiteral("BEGIN IMMEDIATE");
            if (!query.exec(begin) ||
                !query.exec(QStringLiteral("UPDATE file_info SET value = value")))
                return 5;
            if (role == u"hold-exclusive" && !query.exec(QStringLiteral("COMMIT")))
                return 6;
        }
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        char buffer[16];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        return 0;
    }
};

BOOST_TEST_GLOBAL_FIXTURE(HelperOrApplicationFixture);

std::string messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message().toStdString();
    }
    return "(no error)";
}

bool contains(const std::string& text, const QString& part)
{
    return text.find(part.toStdString()) != std::string::npos;
}

// A file with the example network: several hundred pages, all tables in use.
QString writeExampleFile(const QTemporaryDir& dir, const QString& name = QStringLiteral("k.jamfor"))
{
    const QString path = dir.filePath(name);
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
    DemoDataset::write(*database);
    return path;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(testfiles::readAll(path), QCryptographicHash::Sha256);
}

// A plain connection without Jämför's checks, to build bad files; closed at scope end.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        BOOST_REQUIRE(m_db.open());
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }
    void run(const QString& statement)
    {
        QSqlQuery query(m_db);
        BOOST_REQUIRE_MESSAGE(query.exec(statement), statement.toStdString()
                                                         << ": "
                                                         << query.lastError().text().toStdString());
    }
    int count(const QString& statement) { return sql::scalar(m_db, statement).toInt(); }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// Starts this test program as the other process of a locking test.
class Helper
{
public:
    Helper(const QString& role, const QString& path)
    {
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--"), role, path});
        BOOST_REQUIRE(m_process.waitForStarted(10000));
        // Boost.Test may print its own lines first.
        QByteArray line;
        while (line != "ready") {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(20000)) {
                m_process.kill();
                m_process.waitForFinished();
                BOOST_FAIL("helper " << role.toStdString() << " did not get ready: "
                                     << m_process.readAllStandardError().toStdString());
            }
            if (m_process.canReadLine())
                line = m_process.readLine().trimmed();
        }
    }
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    void kill() // SIGKILL: no chance to clean up its lock file
    {
        m_process.kill();
        BOOST_REQUIRE(m_process.waitForFinished(10000));
    }

private:
    QProcess m_process;
};

} // namespace

BOOST_AUTO_TEST_CASE(damaged_and_foreign_files_are_refused_with_the_file_named)
{
    QTemporaryDir dir;
    const QString good = writeExampleFile(dir);
    const QByteArray bytes = testfiles::readAll(good);
    BOOST_REQUIRE(bytes.size() > 100000);

    const QString truncated = dir.filePath(QStringLiteral("truncated.jamfor"));
    testfiles::writeAll(truncated, bytes.left(bytes.size() / 2 + 123));
    std::string message =
        messageOf([&] { Database::open(truncated, Database::OpenMode::OpenExisting); });
    BOOST_TEST(contains(message, truncated), message);
    BOOST_TEST(contains(message, QStringLiteral("damaged")), message);

    const QString headerOnly = dir.filePath(QStringLiteral("header.jamfor"));
    testfiles::writeAll(headerOnly, bytes.left(60));
    message = messageOf([&] { Database::open(headerOnly, Database::OpenMode::ReadOnly); });
    BOOST_TEST(contains(message, headerOnly), message);
    BOOST_TEST(contains(message, QStringLiteral("damaged")), message);

    std::mt19937 random(20261202);
    QByteArray noise(300000, '\0');
    for (char& byte : noise)
        byte = char(random() & 0xff);
    const QString randomFile = dir.filePath(QStringLiteral("random.jamfor"));
    testfiles::writeAll(randomFile, noise);
    message = messageOf([&] { Database::open(randomFile, Database::OpenMode::OpenExisting); });
    BOOST_TEST(contains(message, randomFile), message);
    BOOST_TEST(contains(message, QStringLiteral("is not a Jämför file")), message);

    const QString text = dir.filePath(QStringLiteral("notes.jamfor"));
    testfiles::writeAll(text, QByteArray("kpi,municipality,period,gender,value\n").repeated(50));
    message = messageOf([&] { Database::open(text, Database::OpenMode::CreateIfMissing); });
    BOOST_TEST(contains(message, QStringLiteral("is not a Jämför file")), message);
    BOOST_TEST(testfiles::readAll(text).startsWith("kpi,")); // not overwritten

    const QString empty = dir.filePath(QStringLiteral("empty.jamfor"));
    testfiles::writeAll(empty, {});
    message = messageOf([&] { Database::open(empty, Database::OpenMode::OpenExisting); });
    BOOST_TEST(contains(message, QStringLiteral("is empty (0 bytes)")), message);

    const QString newer = dir.filePath(QStringLiteral("newer.jamfor"));
    QFile::copy(good, newer);
    {
        RawConnection raw(newer);
        raw.run(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1));
    }
    for (const auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::ReadOnly}) {
        message = messageOf([&] { Database::open(newer, mode); });
        BOOST_TEST(contains(message, newer), message);
        BOOST_TEST(contains(message, QStringLiteral("newer version of Jämför")), message);
    }
}

BOOST_AUTO_TEST_CASE(random_damage_inside_a_file_never_crashes)
{
    QTemporaryDir dir;
    const QString good = writeExampleFile(dir);
    const QByteArray bytes = testfiles::readAll(good);
    std::mt19937 random(9);
    int refused = 0;
    int opened = 0;
    for (int round = 0; round < 40; ++round) {
        QByteArray damaged = bytes;
        // Damage runs of 1–2000 bytes somewhere after the 100-byte header, 1–3 times.
        for (int run = 0, runs = 1 + int(random() % 3); run < runs; ++run) {
            const qsizetype length = 1 + qsizetype(random() % 2000);
            const qsizetype at = 100 + qsizetype(random() % quint32(damaged.size() - 100 - length));
            for (qsizetype i = 0; i < length; ++i)
                damaged[at + i] = char(random() & 0xff);
        }
        const QString path = dir.filePath(QStringLiteral("damaged-%1.jamfor").arg(round));
        testfiles::writeAll(path, damaged);
        try {
            auto database = Database::open(path, Database::OpenMode::OpenExisting);
            // Damage in free space is harmless; reading everything must then work or throw.
            sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM observation"));
            ++opened;
        } catch (const Error& error) {
            BOOST_TEST(error.message().contains(path), error.message().toStdString());
            ++refused;
        }
    }
    BOOST_TEST_MESSAGE("random damage: " << refused << " refused, " << opened << " opened");
    BOOST_TEST(refused > 20);
}

BOOST_AUTO_TEST_CASE(write_protected_file_opens_read_only_with_a_notice)
{
    QTemporaryDir dir;
    const QString path = writeExampleFile(dir);
    BOOST_REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = sha256(path);
    {
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(database->isReadOnly());
        BOOST_TEST(database->readOnlyNotice().contains(QStringLiteral("write-protected")));
        BOOST_TEST(database->readOnlyNotice().contains(path));
        BOOST_TEST(
            sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM observation"))
                .toInt() > 0);
        BOOST_CHECK_THROW(sql::run(database->connection(),
                                   QStringLiteral("INSERT INTO area (id, name) VALUES ('x','y')")),
                          Error);
    }
    std::string message =
        messageOf([&] { Database::open(path, Database::OpenMode::CreateIfMissing); });
    BOOST_TEST(contains(message, path), message);
    BOOST_TEST(contains(message, QStringLiteral("write-protected")), message);
    auto readOnly = Database::open(path, Database::OpenMode::ReadOnly);
    BOOST_TEST(readOnly->isReadOnly());
    BOOST_TEST(readOnly->readOnlyNotice().isEmpty());
    readOnly.reset();
    BOOST_TEST(sha256(path) == before);
}

BOOST_AUTO_TEST_CASE(second_jamfor_process_gets_read_only_or_a_message)
{
    QTemporaryDir dir;
    const QString path = writeExampleFile(dir);
    {
        Helper other(QStringLiteral("hold-open"), path);
        BOOST_TEST(QFile::exists(DatabaseLock::lockFilePath(path)));

        auto second = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(second->isReadOnly());
        BOOST_TEST(second->readOnlyNotice().contains(
                       QStringLiteral("open in another Jämför window or program")),
                   second->readOnlyNotice().toStdString());
        second.reset();

        const std::string message =
            messageOf([&] { Database::open(path, Database::OpenMode::CreateIfMissing); });
        BOOST_TEST(contains(message, path), message);
        BOOST_TEST(contains(message, QStringLiteral("is open in another Jämför program")), message);
        BOOST_TEST(Database::open(path, Database::OpenMode::ReadOnly)->schemaVersion() ==
                   latestSchemaVersion());

        // The other process dies without removing its lock file: the lock is taken over.
        other.kill();
        BOOST_TEST(QFile::exists(DatabaseLock::lockFilePath(path)));
        auto after = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(!after->isReadOnly());
        BOOST_TEST(after->readOnlyNotice().isEmpty());
    }
    // Two connections in one process (a worker thread's import) share the lock.
    auto first = Database::open(path, Database::OpenMode::OpenExisting);
    auto second = Database::open(path, Database::OpenMode::CreateIfMissing);
    BOOST_TEST(!first->isReadOnly());
    BOOST_TEST(!second->isReadOnly());
    first.reset();
    BOOST_TEST(QFile::exists(DatabaseLock::lockFilePath(path)));
    second.reset();
    BOOST_TEST(!QFile::exists(DatabaseLock::lockFilePath(path)));
}

BOOST_AUTO_TEST_CASE(file_locked_by_another_program_is_read_only_or_refused)
{
    QTemporaryDir dir;
    const QString path = writeExampleFile(dir);
    {
        Helper writer(QStringLiteral("hold-write-lock"), path);
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(database->isReadOnly());
        BOOST_TEST(database->readOnlyNotice().contains(QStringLiteral("Another program is "
                                                                      "writing to")),
                   database->readOnlyNotice().toStdString());
        database.reset();
        const std::string message =
            messageOf([&] { Database::open(path, Database::OpenMode::CreateIfMissing); });
        BOOST_TEST(contains(message, path), message);
        BOOST_TEST(contains(message, QStringLiteral("is locked by another program")), message);
    }
    {
        Helper exclusive(QStringLiteral("hold-exclusive"), path);
        const std::string message =
            messageOf([&] { Database::open(path, Database::OpenMode::OpenExisting); });
        BOOST_TEST(contains(message, path), message);
        BOOST_TEST(contains(message, QStringLiteral("is locked by another program")), message);
    }
    BOOST_TEST(!Database::open(path, Database::OpenMode::OpenExisting)->isReadOnly());
}

BOOST_AUTO_TEST_CASE(connection_is_hardened_against_received_files)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("a.jamfor")),
                                   Database::OpenMode::CreateIfMissing);
    const ConnectionHardening::Settings settings =
        ConnectionHardening::current(database->connection());
    BOOST_TEST(settings.defensive);
    BOOST_TEST(!settings.loadExtension);
    BOOST_TEST(!settings.trustedSchema);
    BOOST_TEST(!settings.triggers);
    BOOST_TEST(!settings.views);
    QSqlQuery query(database->connection());
    BOOST_TEST(!query.exec(QStringLiteral("SELECT load_extension('libm.so.6')")));
    BOOST_TEST(!query.exec(QStringLiteral("PRAGMA writable_schema = ON; "
                                          "UPDATE sqlite_schema SET sql = 'x'")));
}

BOOST_AUTO_TEST_CASE(sqlite_library_of_the_driver_is_the_one_jamfor_calls)
{
    // On this system Qt's driver and Jämför share libsqlite3: the check passes and both report
    // the same source id.
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("a.jamfor")),
                                   Database::OpenMode::CreateIfMissing);
    BOOST_CHECK_NO_THROW(ConnectionHardening::checkLibrary(database->connection()));
    QSqlQuery query(database->connection());
    BOOST_REQUIRE(query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next());
    const QString driverId = query.value(0).toString();
    BOOST_TEST(driverId.size() > 40); // "2022-12-28 14:03:47 df5c253c0b3dd24916e4ec7cf77d3db5…"
    BOOST_TEST(ConnectionHardening::libraryMismatch(driverId, driverId).isEmpty());

    // Two different libraries: the message names both ids and what to do.
    const QString other = QStringLiteral("2024-01-30 16:01:20 e876e51a0ed5c5b3126f52e532044363");
    const QString message = ConnectionHardening::libraryMismatch(driverId, other);
    BOOST_TEST(message.contains(driverId), message.toStdString());
    BOOST_TEST(message.contains(other), message.toStdString());
    BOOST_TEST(message.contains(QStringLiteral("libqt6sql6-sqlite")), message.toStdString());
}

BOOST_AUTO_TEST_CASE(trigger_and_view_that_write_or_call_functions_are_refused_and_inert)
{
    QTemporaryDir dir;
    const QString path = writeExampleFile(dir);
    const int networks = [&] {
        RawConnection raw(path);
        return raw.count(QStringLiteral("SELECT count(*) FROM network"));
    }();
    BOOST_REQUIRE(networks > 0);
    {
        RawConnection raw(path);
        raw.run(QStringLiteral("CREATE TRIGGER steal AFTER UPDATE ON network BEGIN"
                               " INSERT INTO network (name) VALUES ('pwned ' || random());"
                               " SELECT load_extension('/tmp/evil.so');"
                               " END"));
        raw.run(QStringLiteral("CREATE VIEW leak AS SELECT load_extension('/tmp/evil.so') AS x,"
                               " randomblob(8) AS y FROM unit"));
    }
    const QByteArray before = sha256(path);
    for (const auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::ReadOnly}) {
        const std::string message = messageOf([&] { Database::open(path, mode); });
        BOOST_TEST(contains(message, path), message);
        BOOST_TEST(contains(message, QStringLiteral("contains the trigger \"steal\"")), message);
    }
    BOOST_TEST(sha256(path) == before);

    // The hardened connection itself: even with the schema check bypassed, neither the trigger
    // nor the view runs. The same statements on an ordinary connection show what they would do.
    {
        RawConnection hardened(path);
        ConnectionHardening::apply(hardened.db());
        hardened.run(QStringLiteral("UPDATE network SET description = description"));
        BOOST_TEST(hardened.count(QStringLiteral("SELECT count(*) FROM network")) == networks);
        QSqlQuery query(hardened.db());
        BOOST_TEST(!query.exec(QStringLiteral("SELECT * FROM leak")));
    }
    {
        RawConnection ordinary(path);
        QSqlQuery query(ordinary.db());
        query.exec(QStringLiteral("UPDATE network SET description = description"));
        // The trigger fired: it either inserted its row or failed on load_extension.
        BOOST_TEST((query.lastError().isValid() ||
                    ordinary.count(QStringLiteral("SELECT count(*) FROM network")) > networks));
    }

    // Without the trigger the view alone is refused too.
    {
        RawConnection raw(path);
        raw.run(QStringLiteral("DROP TRIGGER steal"));
    }
    const std::string message =
        messageOf([&] { Database::open(path, Database::OpenMode::OpenExisting); });
    BOOST_TEST(contains(message, QStringLiteral("contains the view \"leak\"")), message);
}

BOOST_AUTO_TEST_CASE(schema_that_differs_from_the_migrations_is_refused)
{
    QTemporaryDir dir;
    const QString clean = writeExampleFile(dir);
    const struct
    {
        const char* change;
        const char* expected;
    } cases[] = {
        {"ALTER TABLE indicator ADD COLUMN extra TEXT DEFAULT 'x'",
         "the table \"indicator\" differs"},
        {"CREATE INDEX observation_by_value ON observation (abs(value))",
         "contains the index \"observation_by_value\""},
        {"CREATE TABLE notes (x)", "contains the table \"notes\""},
        {"DROP INDEX person_by_network", "the index \"person_by_network\" is missing"},
    };
    int n = 0;
    for (const auto& c : cases) {
        const QString path = dir.filePath(QStringLiteral("changed-%1.jamfor").arg(++n));
        BOOST_REQUIRE(QFile::copy(clean, path));
        {
            RawConnection raw(path);
            raw.run(QString::fromUtf8(c.change));
        }
        const std::string message =
            messageOf([&] { Database::open(path, Database::OpenMode::OpenExisting); });
        BOOST_TEST(contains(message, path), message);
        BOOST_TEST(contains(message, QString::fromUtf8(c.expected)), message);
    }
    // Statistics written by ANALYZE are SQLite's own and allowed.
    {
        RawConnection raw(clean);
        raw.run(QStringLiteral("ANALYZE"));
    }
    BOOST_TEST(!Database::open(clean, Database::OpenMode::OpenExisting)->isReadOnly());
}

BOOST_AUTO_TEST_CASE(migration_is_preceded_by_a_dated_backup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gammal.jamfor"));
    {
        RawConnection raw(path);
        migrate(raw.db(), path, schemaMigrations().mid(0, 2));
        raw.run(QStringLiteral("INSERT INTO network (name) VALUES ('Bohusnätverket')"));
        raw.run(QStringLiteral("INSERT INTO unit_group (name) VALUES ('Kustkommuner')"));
    }
    const QString expectedBackup =
        QStringLiteral("%1.backup-%2-v2.jamfor")
            .arg(QFileInfo(path).absoluteFilePath(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    {
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(database->schemaVersion() == latestSchemaVersion());
        BOOST_TEST(database->migrationBackupPath() == expectedBackup);
    }
    BOOST_REQUIRE(QFile::exists(expectedBackup));
    {
        RawConnection backup(expectedBackup);
        BOOST_TEST(backup.count(QStringLiteral("PRAGMA user_version")) == 2);
        BOOST_TEST(sql::scalar(backup.db(), QStringLiteral("PRAGMA integrity_check")).toString() ==
                   QStringLiteral("ok"));
        BOOST_TEST(backup.count(QStringLiteral("SELECT count(*) FROM network")) == 1);
        BOOST_TEST(backup.count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name ="
                                               " 'analysis_meeting'")) == 0);
    }
    // Already current: no second backup. A second backup of the same day gets a number.
    BOOST_TEST(Database::open(path, Database::OpenMode::OpenExisting)->migrationBackupPath() ==
               QString());
    BOOST_TEST(MigrationBackup::pathFor(path, 2, QDate::currentDate()) ==
               QString(expectedBackup)
                   .replace(QStringLiteral("-v2.jamfor"), QStringLiteral("-v2-2.jamfor")));
    // A new file needs no backup.
    const QString fresh = dir.filePath(QStringLiteral("ny.jamfor"));
    BOOST_TEST(Database::open(fresh, Database::OpenMode::CreateIfMissing)->migrationBackupPath() ==
               QString());
    BOOST_TEST(QDir(dir.path()).entryList({QStringLiteral("*.backup-*")}, QDir::Files).size() == 1);
}

BOOST_AUTO_TEST_CASE(old_write_protected_file_is_not_migrated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gammal.jamfor"));
    {
        RawConnection raw(path);
        migrate(raw.db(), path, schemaMigrations().mid(0, 1));
    }
    BOOST_REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const std::string message =
        messageOf([&] { Database::open(path, Database::OpenMode::OpenExisting); });
    BOOST_TEST(contains(message, QStringLiteral("uses file format 1")), message);
    BOOST_TEST(QDir(dir.path()).entryList({QStringLiteral("*.backup-*")}, QDir::Files).isEmpty());
}

BOOST_AUTO_TEST_CASE(save_a_copy_uses_vacuum_into)
{
    QTemporaryDir dir;
    const QString path = writeExampleFile(dir);
    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    BOOST_CHECK_NO_THROW(database->verifyAll());
    const QString copy = dir.filePath(QStringLiteral("kopia.jamfor"));
    database->saveCopy(copy);
    auto reopened = Database::open(copy, Database::OpenMode::ReadOnly);
    BOOST_TEST(
        sql::scalar(reopened->connection(), QStringLiteral("SELECT count(*) FROM observation"))
            .toInt() ==
        sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM observation"))
            .toInt());
    const std::string message = messageOf([&] { database->saveCopy(copy); });
    BOOST_TEST(contains(message, QStringLiteral("already exists")), message);
}
