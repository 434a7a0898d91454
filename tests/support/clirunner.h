// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
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

// The locale defaults to C so that messages are in English; pass a locale such as
// "sv_SE.UTF-8" to see the Swedish messages.
CliResult runCli(const QStringList& arguments, const QString& locale = QStringLiteral("C.UTF-8"));
