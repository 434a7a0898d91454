// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"
#include "core/import/koladagroupreader.h"
#include "core/import/koladakpireader.h"
#include "core/kolada/koladafetchrequest.h"
#include "core/model/observation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

class Database;
class NumberParser;
class ObservationSink;

// One page of a Kolada API data response as downloaded: the URL it came from and its body.
struct KoladaPage
{
    QString url;
    QJsonDocument document;
};

// What one download from the Kolada API brought home, ready to be stored.
struct KoladaDownload
{
    QString url;             // the request as a whole (before splitting and paging)
    QList<KoladaKpi> kpis;   // descriptions of the requested indicators
    QList<KoladaPage> pages; // data pages, in the order they were fetched
    QString sha256;          // over every response body, in order
    QStringList warnings;    // things worth telling (an id Kolada does not know)
    // What was asked for: rows for anything else are counted and not stored.
    std::optional<KoladaFetchRequest> expected;
};

// Imports files into a .jamfor file: Kolada JSON (data, v2 and v3), Kolada KPI metadata JSON,
// CSV and XLSX tables in long or wide layout, and figures typed in by the user. The format is
// told from the content. Each import is one transaction with its own import batch (file name,
// SHA-256, time, row count): it lands whole or, on the first problem, not at all. Every refusal
// is a jamfor::Error naming the file, the place (line 7, Blad1!C7, values[3]) and the problem.
//
// For a GUI: run the import in a worker thread with its own Database (a connection belongs
// to the thread that opened it); ImportOptions::progress reports and cancels;
// ConflictPolicy::Ask with ImportOptions::askConflict asks keep/replace/cancel per conflict,
// or a dry run lists all conflicts first (ImportResult::conflicts) for one decision.
class ObservationImporter
{
    Q_DECLARE_TR_FUNCTIONS(ObservationImporter)

public:
    explicit ObservationImporter(Database& database)
        : m_database(database)
    {}

    // Detects the format (unless options.format says it) and imports the file.
    ImportResult importFile(const QString& path, const ImportOptions& options = {});

    // Reads a CSV file (kept for callers of the first version; same as importFile).
    ImportResult importCsv(const QString& path, ConflictPolicy policy = ConflictPolicy::Fail);

    // Stores figures the user typed in (indicator, unit, year, gender, value or status) as
    // one import batch with source "own figures" and no file. Unknown indicator ids are
    // created. Refusals name the figure as "row N" (1-based, in the order given).
    ImportResult importOwnFigures(const QList<Observation>& figures,
                                  const ImportOptions& options = {});

    // Stores a download from the Kolada API: the indicator descriptions and every data page
    // in one transaction with one import batch (source "Kolada API", the request URL as file
    // name, the time, SHA-256 over the responses). Messages name the page's URL and item.
    ImportResult importKoladaDownload(const KoladaDownload& download,
                                      const ImportOptions& options = {});

    // Saves Kolada's municipality groups as saved groups named by their title (without
    // " (ovägt medel)"), keeping Kolada's id so that a second import updates them. label is the
    // file, or the request URL for a download. One transaction.
    ImportResult importGroups(const QString& label, const QList<KoladaGroup>& groups,
                              const ImportOptions& options = {});

    // What importFile would read the file as; throws for files it would refuse at once.
    static ImportFormat detectFormat(const QString& path);
    // The sheets of an .xlsx workbook or an .ods spreadsheet, for a sheet chooser.
    static QStringList sheetNames(const QString& path);

private:
    ImportResult importTable(const QString& path, ImportFormat format,
                             const ImportOptions& options);
    ImportResult importKoladaData(const QString& path, const QJsonDocument& document,
                                  const ImportOptions& options);
    ImportResult importKpis(const QString& path, const QList<KoladaKpi>& kpis,
                            const ImportOptions& options);
    // Writes KPI descriptions (creating areas by name); the caller holds the transaction.
    void storeKpis(const QString& label, const QList<KoladaKpi>& kpis, const ImportOptions& options,
                   ImportResult& result);

    Database& m_database;
};

} // namespace jamfor
