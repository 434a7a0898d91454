// SPDX-License-Identifier: GPL-3.0-or-later
// A .jamfor file on a network drive (issue 15, item 3): WAL is not safe where the shared
// memory beside the file is not shared between computers, so there the file is kept with the
// rollback journal and an exclusive lock. The detection is faked here; the magic numbers and
// names it decides by are checked on their own.
#define BOOST_TEST_MODULE network_drive
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/filesystemcheck.h"
#include "tests/support/coreapplicationfixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

QString pragma(Database& database, const char* name)
{
    QSqlQuery query(database.connection());
    BOOST_REQUIRE(query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))));
    BOOST_REQUIRE(query.next());
    return query.value(0).toString().toLower();
}

// Makes every file look as if it lay on an NFS share while it lives.
struct FakeNetworkDrive
{
    FakeNetworkDrive()
    {
        FileSystemCheck::setProbe([](const QString&) {
            return FileSystemCheck::Result{true, QStringLiteral("nfs")};
        });
    }
    ~FakeNetworkDrive() { FileSystemCheck::setProbe({}); }
};

} // namespace

BOOST_AUTO_TEST_CASE(network_file_systems_are_told_by_magic_number_and_name)
{
    // statfs f_type values from linux/magic.h, written out.
    BOOST_TEST(FileSystemCheck::fromMagic(0x6969).network);
    BOOST_TEST(FileSystemCheck::fromMagic(0x6969).name == QStringLiteral("nfs"));
    BOOST_TEST(FileSystemCheck::fromMagic(0xFF534D42).name == QStringLiteral("cifs"));
    BOOST_TEST(FileSystemCheck::fromMagic(0xFE534D42).network);
    BOOST_TEST(FileSystemCheck::fromMagic(0x517B).network);
    BOOST_TEST(FileSystemCheck::fromMagic(0x65735546).network);  // FUSE: sshfs, gvfs
    BOOST_TEST(!FileSystemCheck::fromMagic(0xEF53).network);     // ext4
    BOOST_TEST(!FileSystemCheck::fromMagic(0x01021994).network); // tmpfs
    BOOST_TEST(!FileSystemCheck::fromMagic(0x9123683E).network); // btrfs
    BOOST_TEST(!FileSystemCheck::fromMagic(0x794C7630).network); // overlayfs
    BOOST_TEST(FileSystemCheck::fromName(QStringLiteral("nfs4")).network);
    BOOST_TEST(FileSystemCheck::fromName(QStringLiteral("CIFS")).network);
    BOOST_TEST(FileSystemCheck::fromName(QStringLiteral("fuse.sshfs")).network);
    BOOST_TEST(!FileSystemCheck::fromName(QStringLiteral("ext4")).network);
    BOOST_TEST(!FileSystemCheck::fromName(QStringLiteral("apfs")).network);
    BOOST_TEST(!FileSystemCheck::fromName(QStringLiteral("ntfs")).network);
    // This machine's temporary folder is a local disk, also for a file still to be created.
    QTemporaryDir dir;
    BOOST_TEST(!FileSystemCheck::check(dir.filePath(QStringLiteral("ny/fil.jamfor"))).network);
}

BOOST_AUTO_TEST_CASE(a_local_file_uses_wal)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("lokal.jamfor")),
                                   Database::OpenMode::CreateIfMissing);
    BOOST_TEST(pragma(*database, "journal_mode") == QStringLiteral("wal"));
    BOOST_TEST(pragma(*database, "locking_mode") == QStringLiteral("normal"));
    BOOST_TEST(database->storageNotice().isEmpty());
}

BOOST_AUTO_TEST_CASE(a_file_on_a_network_drive_uses_the_rollback_journal_and_says_so)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("natverk.jamfor"));
    {
        // Made on a local disk first, so it is in WAL mode when it reaches the share.
        auto local = Database::open(path, Database::OpenMode::CreateIfMissing);
        BOOST_TEST(pragma(*local, "journal_mode") == QStringLiteral("wal"));
    }
    {
        const FakeNetworkDrive share;
        auto database = Database::open(path, Database::OpenMode::OpenExisting);
        BOOST_TEST(!database->isReadOnly());
        BOOST_TEST(pragma(*database, "journal_mode") == QStringLiteral("delete"));
        BOOST_TEST(pragma(*database, "locking_mode") == QStringLiteral("exclusive"));
        BOOST_TEST(database->storageNotice().contains(QStringLiteral("natverk.jamfor")),
                   database->storageNotice().toStdString());
        BOOST_TEST(database->storageNotice().contains(QStringLiteral("(nfs)")),
                   database->storageNotice().toStdString());
        // A write goes through the rollback journal: no WAL file or shared memory beside it.
        AreaRepository(database->connection())
            .save({QStringLiteral("natverk"), QStringLiteral("Nätverksprov")});
        BOOST_TEST(!QFileInfo::exists(path + QStringLiteral("-wal")));
        BOOST_TEST(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    // Back on a local disk the file opens in WAL mode again, with what was written.
    auto again = Database::open(path, Database::OpenMode::OpenExisting);
    BOOST_TEST(pragma(*again, "journal_mode") == QStringLiteral("wal"));
    QSqlQuery query(again->connection());
    BOOST_TEST(query.exec(QStringLiteral("SELECT name FROM area WHERE id = 'natverk'")));
    BOOST_TEST(query.next());
    BOOST_TEST(query.value(0).toString() == QStringLiteral("Nätverksprov"));
}
