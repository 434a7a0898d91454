// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/democopy.h"

QString copyOfDemo(const QTemporaryDir& dir)
{
    // One shared original per test program (the library is linked into each).
    static QTemporaryDir shared;
    static const QString original = [] {
        const QString file = shared.filePath(QStringLiteral("original.jamfor"));
        auto db = jamfor::Database::open(file, jamfor::Database::OpenMode::CreateIfMissing);
        jamfor::DemoDataset::write(*db);
        return file;
    }();
    const QString path = dir.filePath(QStringLiteral("demo.jamfor"));
    BOOST_REQUIRE(QFile::copy(original, path));
    return path;
}
