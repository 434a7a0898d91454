// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One function per jamfor-cli command. Each takes the arguments after the command name,
// prints errors to stderr and returns the process exit code.
namespace jamfor::cli {

int runCompare(const QStringList& arguments);
int runCostQuality(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runInfo(const QStringList& arguments);
int runIndicators(const QStringList& arguments); // indicatorscommand.cpp
int runKolada(const QStringList& arguments);     // koladacommand.cpp: fetch, search, groups
int runReport(const QStringList& arguments);     // reportcommand.cpp
int runCompile(const QStringList& arguments);    // reportcommand.cpp
int runSend(const QStringList& arguments);       // exchangecommand.cpp

} // namespace jamfor::cli
