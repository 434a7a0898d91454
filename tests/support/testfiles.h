// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>
#include <ostream>

// Lets Boost.Test print QString in failure messages.
inline std::ostream& boost_test_print_type(std::ostream& out, const QString& text)
{
    return out << '"' << text.toStdString() << '"';
}

namespace testfiles {

// JAMFOR_TEST_DATA_DIR/name.
QString dataPath(const QString& name);

// The whole file; the test stops if it cannot be read.
QByteArray readAll(const QString& path);

// Replaces the file with bytes; the test stops if it cannot be written.
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace testfiles
