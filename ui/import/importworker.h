// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace jamfor {

class ObservationImporter;

// One file to import and, for a workbook, the sheet to read (empty: the first).
struct ImportRequest
{
    QString path;
    QString sheet;
};

// Imports files one after the other off the GUI thread. run() is meant to be called in a worker
// thread: it opens its own Database on the path (a QSqlDatabase connection belongs to the
// thread that opened it) and closes it before returning. Each file is one transaction and one
// import batch. The signals are emitted from the worker thread; connect them to widgets with
// the default (queued) connection.
//
// Conflicts: a file is first imported with ConflictPolicy::Ask and the first conflict cancels
// that attempt, so a file without conflicts is read once. A file with conflicts is then read as
// a dry run to list all of them (conflictsFound), the worker waits for answerConflicts() and
// imports the file again with the chosen policy.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString& databasePath, const QList<ImportRequest>& files,
                 QObject* parent = nullptr);

    // In the worker thread. Stops at the first refused or cancelled file: later files are not
    // imported, earlier ones stay imported.
    void run();

    // From any thread: stops the current file at its next progress report (it is rolled back)
    // and any wait for a conflict answer.
    void cancel();
    // From any thread, after conflictsFound: Keep or Replace; ConflictPolicy::Fail cancels.
    void answerConflicts(ConflictPolicy decision);

signals:
    void fileStarted(int index);
    // checking: the dry run that lists conflicts, not the import itself.
    void progressed(int index, double fraction, qint64 rows, bool checking);
    void conflictsFound(int index, const jamfor::ImportResult& preview);
    void fileImported(int index, const jamfor::ImportResult& result);
    void fileRefused(int index, const QString& message);
    void fileCancelled(int index);

private:
    enum class Outcome
    {
        Imported,
        Conflicts,
        Stopped
    };

    Outcome importOnce(ObservationImporter& importer, int index, ImportOptions options,
                       ImportResult& result);
    std::optional<ConflictPolicy> waitForAnswer();

    QString m_databasePath;
    QList<ImportRequest> m_files;
    std::atomic_bool m_cancelled = false;
    std::mutex m_mutex;
    std::condition_variable m_answered;
    std::optional<ConflictPolicy> m_answer;
};

} // namespace jamfor
