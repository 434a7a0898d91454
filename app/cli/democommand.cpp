// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/demo/demodataset.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace jamfor::cli {

int runDemo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes the example network Bohusnätverket with invented values to a new file."));
    parser.addPositionalArgument(QStringLiteral("OUT.jamfor"),
                                 QCoreApplication::translate("cli", "The file to create."));
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(QCoreApplication::translate("cli", "demo takes exactly one file name"));
        return exitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("cli", "%1 already exists; the demo is only "
                                                      "written to a new file")
                       .arg(path));
        return exitFailure;
    }
    try {
        auto database = Database::open(path, Database::OpenMode::CreateIfMissing);
        DemoDataset::write(*database);
        printOut(QCoreApplication::translate("cli", "Wrote %1 (%2)")
                     .arg(path, DemoDataset::exampleDataLabel()));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
