// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testfiles.h"

namespace testfiles {

QString dataPath(const QString& name)
{
    return QStringLiteral(JAMFOR_TEST_DATA_DIR "/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), "cannot read " << path.toStdString());
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::WriteOnly), "cannot write " << path.toStdString());
    file.write(bytes);
}

} // namespace testfiles
