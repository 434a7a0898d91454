// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <boost/test/unit_test.hpp>

// Runs the built jamfor-cli and collects what it printed.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JAMFOR_CLI_PATH), arguments);
    BOOST_REQUIRE_MESSAGE(process.waitForFinished(120000), "jamfor-cli did not finish");
    BOOST_REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
