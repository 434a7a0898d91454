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

inline QString dataPath(const QString& name)
{
    return QStringLiteral(JAMFOR_TEST_DATA_DIR "/") + name;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), "cannot read " << path.toStdString());
    return file.readAll();
}

inline void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::WriteOnly), "cannot write " << path.toStdString());
    file.write(bytes);
}

} // namespace testfiles
