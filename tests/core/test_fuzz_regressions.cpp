// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzz targets (fuzz/, docs/fuzzing.md) found troublesome, kept so that they stay
// fixed: each is imported as the fuzz target did and must be refused with a message naming the
// file, never crash (run under the asan preset for the sanitizers' view).
#define BOOST_TEST_MODULE fuzz_regressions
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "tests/support/coreapplicationfixture.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace jamfor;

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

// File name → the part of the refusal that shows the right check caught it.
const std::pair<const char*, const char*> expectedRefusals[] = {
    // A zip entry whose directory claims 1.8 GB unpacked behind 438 packed bytes and a name
    // of HTML text: refused from the directory, before anything is unpacked (slow under
    // AddressSanitizer only because of the size it claims).
    {"zip_entry_claims_1_8_gb.xlsx", "not a readable Excel workbook"},
    // A central directory entry claiming 1 GB packed and 1.8 GB unpacked inside a 4 KB file.
    {"zip_directory_claims_1_gb_packed.xlsx", "not a readable Excel workbook"},
};

} // namespace

BOOST_AUTO_TEST_CASE(every_kept_input_is_refused_with_a_message)
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("fuzz.jamfor")),
                                   Database::OpenMode::CreateIfMissing);
    const QDir inputs(testfiles::dataPath(QStringLiteral("import/fuzz")));
    const QStringList files = inputs.entryList(QDir::Files, QDir::Name);
    BOOST_TEST(files.size() == int(std::size(expectedRefusals)));
    for (const auto& [name, expected] : expectedRefusals) {
        const QString path = inputs.filePath(QString::fromUtf8(name));
        BOOST_TEST_CONTEXT(name)
        {
            BOOST_TEST(files.contains(QString::fromUtf8(name)));
            ImportOptions options;
            options.dryRun = true;
            if (path.endsWith(QStringLiteral(".xlsx")))
                options.format = ImportFormat::Xlsx;
            else if (path.endsWith(QStringLiteral(".ods")))
                options.format = ImportFormat::Ods;
            else if (path.endsWith(QStringLiteral(".csv")))
                options.format = ImportFormat::Csv;
            QString message;
            try {
                ObservationImporter(*database).importFile(path, options);
            } catch (const Error& error) {
                message = error.message();
            }
            BOOST_TEST(message.contains(path), message.toStdString());
            BOOST_TEST(message.contains(QString::fromUtf8(expected)), message.toStdString());
        }
    }
}
