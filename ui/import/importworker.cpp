// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importworker.h"

#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <exception>

namespace jamfor {

ImportWorker::ImportWorker(const QString& databasePath, const QList<ImportRequest>& files,
                           QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_files(files)
{}

void ImportWorker::cancel()
{
    m_cancelled = true;
    const std::lock_guard lock(m_mutex);
    m_answered.notify_all();
}

void ImportWorker::answerConflicts(ConflictPolicy decision)
{
    const std::lock_guard lock(m_mutex);
    m_answer = decision;
    m_answered.notify_all();
}

std::optional<ConflictPolicy> ImportWorker::waitForAnswer()
{
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [this] { return m_answer.has_value() || m_cancelled; });
    if (m_cancelled)
        return std::nullopt;
    return std::exchange(m_answer, std::nullopt);
}

ImportWorker::Outcome ImportWorker::importOnce(ObservationImporter& importer, int index,
                                               ImportOptions options, ImportResult& result)
{
    bool conflictMet = false;
    if (options.onConflict == ConflictPolicy::Ask) {
        // Stop at the first conflict: the dry run that follows lists them all for one decision.
        options.askConflict = [&conflictMet](const ImportConflict&) {
            conflictMet = true;
            return ConflictChoice::Cancel;
        };
    }
    const bool checking = options.dryRun;
    options.progress = [this, index, checking](const ImportProgress& progress) {
        const double fraction =
            progress.total > 0 ? double(progress.done) / double(progress.total) : 0.0;
        emit progressed(index, fraction, progress.rows, checking);
        return !m_cancelled;
    };
    try {
        result = importer.importFile(m_files[index].path, options);
        return Outcome::Imported;
    } catch (const ImportCancelled&) {
        if (conflictMet && !m_cancelled)
            return Outcome::Conflicts;
        emit fileCancelled(index);
    } catch (const Error& error) {
        emit fileRefused(index, error.message());
    } catch (const std::exception& error) {
        // Out of memory or a broken file system: still a refusal, and still rolled back.
        emit fileRefused(index, QStringLiteral("%1: %2").arg(m_files[index].path,
                                                             QString::fromLocal8Bit(error.what())));
    }
    return Outcome::Stopped;
}

void ImportWorker::run()
{
    if (m_files.isEmpty())
        return;
    std::unique_ptr<Database> database;
    try {
        database = Database::open(m_databasePath, Database::OpenMode::OpenExisting);
    } catch (const Error& error) {
        emit fileRefused(0, error.message());
        return;
    }
    if (database->isReadOnly()) {
        emit fileRefused(
            0, tr("%1 is open read-only; nothing can be imported into it.").arg(m_databasePath));
        return;
    }
    ObservationImporter importer(*database);

    for (int index = 0; index < m_files.size(); ++index) {
        if (m_cancelled) {
            emit fileCancelled(index);
            return;
        }
        emit fileStarted(index);
        ImportOptions options;
        options.sheet = m_files[index].sheet;
        options.onConflict = ConflictPolicy::Ask;
        ImportResult result;
        Outcome outcome = importOnce(importer, index, options, result);
        if (outcome == Outcome::Conflicts) {
            ImportOptions preview = options;
            preview.dryRun = true;
            preview.onConflict = ConflictPolicy::Keep;
            if (importOnce(importer, index, preview, result) != Outcome::Imported)
                return;
            emit conflictsFound(index, result);
            const std::optional<ConflictPolicy> decision = waitForAnswer();
            if (!decision || *decision == ConflictPolicy::Fail ||
                *decision == ConflictPolicy::Ask) {
                emit fileCancelled(index);
                return;
            }
            options.onConflict = *decision;
            outcome = importOnce(importer, index, options, result);
        }
        if (outcome != Outcome::Imported)
            return;
        emit fileImported(index, result);
    }
}

} // namespace jamfor
