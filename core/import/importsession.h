// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importoptions.h"
#include "core/import/observationsink.h"
#include "core/model/importbatch.h"
#include "core/storage/importtransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace jamfor {

class Database;
class ObservationWriter;

// One import: a transaction, its import batch and the writer. Receives observations from a
// reader, creates indicators it has not seen, counts, settles conflicts with stored values by
// the caller's policy or answer, refuses a key that appears twice in the file with different
// values (naming both places), reports progress and honours cancel. finish() commits; anything
// else (an exception, a dry run) rolls back and leaves the file as it was.
class ImportSession : public ObservationSink
{
    Q_DECLARE_TR_FUNCTIONS(ImportSession)

public:
    // Names a place in the source for messages ("line 7", "Blad1!C7", "values[3]").
    using Describe = std::function<QString(const SourceLocation&)>;
    // Finds where the file first had the key of the given observation (by reading it again).
    using Locate = std::function<std::optional<SourceLocation>(const Observation&)>;

    // label: the file (or "own figures") as messages name it.
    ImportSession(Database& database, const ImportOptions& options, const QString& label,
                  const ImportBatch& batch);
    ~ImportSession() override;

    void setDescribe(Describe describe) { m_describe = std::move(describe); }
    void setLocate(Locate locate) { m_locate = std::move(locate); }

    void add(const Observation& observation, const SourceLocation& location) override;
    // Removes a stored value the source withdrew (counted as removed; as skipped when nothing
    // was stored).
    void remove(const Observation& key, const SourceLocation& location) override;
    void describeIndicator(const QString& id, const QString& title) override;
    void progress(qint64 done, qint64 total) override;

    ImportResult& result() { return m_result; }
    // Records the row count and checksum and commits (or, for a dry run, rolls back).
    ImportResult finish(const QString& sha256);

private:
    void ensureIndicator(const QString& id);
    void settleConflict(const Observation& incoming, const Observation& stored,
                        const SourceLocation& location);
    [[noreturn]] void refuseRepeat(const Observation& incoming, const Observation& earlier,
                                   const SourceLocation& location);
    QString describe(const SourceLocation& location) const;
    static QString keyText(const Observation& observation);
    static QString valueText(const Observation& observation);

    Database& m_database;
    ImportOptions m_options;
    QString m_label;
    ImportTransaction m_transaction;
    ImportResult m_result;
    std::unique_ptr<ObservationWriter> m_writer;
    ConflictPolicy m_policy;
    Describe m_describe;
    Locate m_locate;
    QString m_lastIndicator;
    QSet<QString> m_knownIndicators;
    QHash<QString, bool> m_indicatorInFile; // asked once per id by remove()
    QString m_lastUnit;
    QSet<QString> m_units;
    QHash<QString, QString> m_titles;
};

} // namespace jamfor
