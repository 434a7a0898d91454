// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for ObservationImporter: each input is written to a file and imported as a
// dry run into one .jamfor file that lives for the whole run. Compiled once per format with
// JAMFOR_FUZZ_FORMAT set to csv, json, xlsx or ods (json lets the importer tell data from
// metadata). Refusals (jamfor::Error) are the expected outcome of most inputs; anything else that
// escapes, and every sanitizer report, is a finding.
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace jamfor;

namespace {

struct FuzzState
{
    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<Database> database;
    QString input;
};

// Never destroyed: at exit Qt's own statics (the SQL connection list) go first.
FuzzState& state()
{
    static FuzzState* instance = new FuzzState;
    return *instance;
}

ImportOptions fuzzOptions()
{
    ImportOptions options;
    options.dryRun = true;
    options.onConflict = ConflictPolicy::Replace;
#if JAMFOR_FUZZ_FORMAT_CSV
    options.format = ImportFormat::Csv;
#elif JAMFOR_FUZZ_FORMAT_XLSX
    options.format = ImportFormat::Xlsx;
#elif JAMFOR_FUZZ_FORMAT_ODS
    options.format = ImportFormat::Ods;
#endif
    return options;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzState& s = state();
    s.application = std::make_unique<QCoreApplication>(*argc, *argv);
    // /dev/shm keeps the per-input file writes off the disk where it exists.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    s.directory = std::make_unique<QTemporaryDir>(base + QStringLiteral("/jamfor-fuzz-XXXXXX"));
    if (!s.directory->isValid())
        std::abort();
    s.database = Database::open(s.directory->filePath(QStringLiteral("fuzz.jamfor")),
                                Database::OpenMode::CreateIfMissing);
    s.input = s.directory->filePath(QStringLiteral(JAMFOR_FUZZ_INPUT_NAME));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzState& s = state();
    {
        QFile file(s.input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    try {
        ObservationImporter(*s.database).importFile(s.input, fuzzOptions());
    } catch (const Error&) {
        // A refusal with a message: what a bad file should get.
    }
    return 0;
}
