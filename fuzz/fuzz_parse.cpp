// SPDX-License-Identifier: GPL-3.0-or-later
// Parser-level libFuzzer targets: the readers alone, without a database, so that a run reaches
// thousands of inputs per second (fuzz_import.cpp imports every input into an SQLite file).
// Compiled once per format with JAMFOR_FUZZ_FORMAT_CSV, _JSON, _XLSX or _ODS:
//
// - CSV, XLSX, ODS: each input is written to a file in /dev/shm (the table readers open files
//   by path) and read with TablePreview::read, which runs the importer's passes (learn the
//   decimal separator, then read the table with a sink that counts the values) and, after a
//   refusal, reads the remaining rows once more without the table. The summary and the
//   importer's warnings about rows and columns outside the table are built from the result.
// - JSON: read from memory. FormatDetector looks at the bytes as the importer does without a
//   format; JSON is parsed by JsonDocumentLoader and handed to the Kolada reader its first item
//   calls for (data, KPI metadata or municipality groups). The data reader's rows go to a sink
//   that discards them.
//
// Refusals (jamfor::Error) are the expected outcome of most inputs; anything else that escapes,
// and every sanitizer report, is a finding.
#include "core/util/error.h"

#if JAMFOR_FUZZ_FORMAT_JSON
#include "core/import/formatdetector.h"
#include "core/import/jsondocumentloader.h"
#include "core/import/koladadatareader.h"
#include "core/import/koladagroupreader.h"
#include "core/import/koladakpireader.h"
#include "core/import/observationsink.h"
#else
#include "core/import/csvtablereader.h"
#include "core/import/sheetreader.h"
#include "core/import/tablemargins.h"
#include "core/import/tablepreview.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#endif

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace jamfor;

namespace {

struct FuzzState
{
    std::unique_ptr<QCoreApplication> application;
#if !JAMFOR_FUZZ_FORMAT_JSON
    std::unique_ptr<QTemporaryDir> directory;
#endif
    QString input;
};

// Never destroyed, like the state in fuzz_import.cpp.
FuzzState& state()
{
    static FuzzState* instance = new FuzzState;
    return *instance;
}

#if JAMFOR_FUZZ_FORMAT_JSON

// Takes the rows of a Kolada data response and keeps nothing but a count.
class DiscardingSink : public ObservationSink
{
public:
    void add(const Observation&, const SourceLocation&) override { ++rows; }
    void remove(const Observation&, const SourceLocation&) override { ++rows; }
    qint64 rows = 0;
};

void parse(const QString& name, const QByteArray& bytes)
{
    if (FormatDetector::detect(name, bytes.left(FormatDetector::sampleSize), bytes.size()) !=
        ImportFormat::KoladaJson)
        return; // read as CSV by the importer: fuzz_parse_csv covers that
    const QJsonDocument document = JsonDocumentLoader::parse(name, bytes);
    switch (JsonDocumentLoader::kindOf(name, document)) {
    case ImportFormat::KoladaKpiJson:
        KoladaKpiReader::read(name, document);
        return;
    case ImportFormat::KoladaGroupJson:
        for (const KoladaGroup& group : KoladaGroupReader::read(name, document))
            group.name();
        return;
    default:
        break;
    }
    KoladaDataReader reader(name, document);
    DiscardingSink sink;
    reader.read(sink);
    reader.warnings();
}

#else

ImportFormat fuzzFormat()
{
#if JAMFOR_FUZZ_FORMAT_XLSX
    return ImportFormat::Xlsx;
#elif JAMFOR_FUZZ_FORMAT_ODS
    return ImportFormat::Ods;
#else
    return ImportFormat::Csv;
#endif
}

void parse(const QString& path)
{
    const ImportFormat format = fuzzFormat();
    // Never throws: a refusal is in preview.problem.
    const TablePreview preview = TablePreview::read(path, format);
    preview.summary();
    const auto describe = [&](qint64 row, int column) {
        return format == ImportFormat::Csv ? CsvTableReader::describeLine(row)
                                           : SheetReader::describeCell(preview.sheet, row, column);
    };
    const QString fileName = QStringLiteral(JAMFOR_FUZZ_INPUT_NAME);
    if (!preview.margins.outsideRows().isEmpty())
        TableMargins::outsideWarning(fileName, preview.margins.outsideRows(), describe);
    if (!preview.margins.unreadColumns().isEmpty())
        TableMargins::unreadWarning(fileName, preview.margins.unreadColumns(), describe);
}

#endif

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    FuzzState& s = state();
    s.application = std::make_unique<QCoreApplication>(*argc, *argv);
#if JAMFOR_FUZZ_FORMAT_JSON
    s.input = QStringLiteral(JAMFOR_FUZZ_INPUT_NAME);
#else
    // /dev/shm keeps the per-input file writes off the disk where it exists.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    s.directory =
        std::make_unique<QTemporaryDir>(base + QStringLiteral("/jamfor-fuzz-parse-XXXXXX"));
    if (!s.directory->isValid())
        std::abort();
    s.input = s.directory->filePath(QStringLiteral(JAMFOR_FUZZ_INPUT_NAME));
    // The state is never destroyed, so the folder is removed when libFuzzer exits.
    std::atexit([] { state().directory->remove(); });
#endif
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzState& s = state();
#if JAMFOR_FUZZ_FORMAT_JSON
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
#else
    {
        QFile file(s.input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
#endif
    try {
#if JAMFOR_FUZZ_FORMAT_JSON
        parse(s.input, bytes);
#else
        parse(s.input);
#endif
    } catch (const Error&) {
        // A refusal with a message: what a bad file should get.
    }
    return 0;
}
