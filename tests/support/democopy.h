// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demodataset.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

// A fresh copy of the demo file in dir, named demo.jamfor. The demo is written once per test
// program and copied for each test: writing it takes a few seconds.
inline QString copyOfDemo(const QTemporaryDir& dir)
{
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
