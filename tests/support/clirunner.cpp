// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/clirunner.h"

CliResult runCli(const QStringList& arguments, const QString& locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JAMFOR_CLI_PATH), arguments);
    BOOST_REQUIRE_MESSAGE(process.waitForFinished(120000), "jamfor-cli did not finish");
    BOOST_REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
