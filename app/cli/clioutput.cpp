// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clioutput.h"

#include <cstdio>

namespace jamfor::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printError(const QString& text)
{
    const QByteArray bytes = QStringLiteral("jamfor-cli: %1\n").arg(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(parser.helpText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return false;
    }
    return true;
}

} // namespace jamfor::cli
