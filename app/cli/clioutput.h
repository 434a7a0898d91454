// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

namespace jamfor::cli {

// Exit codes: 0 success, 1 the work failed (bad file, bad data), 2 the command line is wrong.
inline constexpr int exitFailure = 1;
inline constexpr int exitUsage = 2;

void printOut(const QString& text);   // stdout, UTF-8, newline added
void printError(const QString& text); // stderr, prefixed "jamfor-cli: ", newline added

// Parses the command's arguments; on a usage error prints it with the help text and returns
// false. The first element of arguments is the command name.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments);

} // namespace jamfor::cli
