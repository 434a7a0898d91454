// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importsession.h"

#include "core/import/indicatorsuggestions.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationwriter.h"
#include "core/util/error.h"

#include <QLocale>

namespace jamfor {

ImportSession::ImportSession(Database& database, const ImportOptions& options, const QString& label,
                             const ImportBatch& batch)
    : m_database(database)
    , m_options(options)
    , m_label(label)
    , m_transaction(database.connection())
    , m_policy(options.onConflict)
{
    m_result.dryRun = options.dryRun;
    m_result.batchId = ImportBatchRepository(database.connection()).create(batch);
    m_writer = std::make_unique<ObservationWriter>(database.connection(), m_result.batchId);
}

ImportSession::~ImportSession() = default;

QString ImportSession::describe(const SourceLocation& location) const
{
    return m_describe ? m_describe(location) : tr("row %1").arg(location.row);
}

QString ImportSession::keyText(const Observation& observation)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(observation.indicatorId, observation.unitId)
        .arg(observation.year)
        .arg(genderCode(observation.gender));
}

QString ImportSession::valueText(const Observation& observation)
{
    if (observation.value)
        return QLocale::c().toString(*observation.value, 'g', QLocale::FloatingPointShortest);
    return statusCode(observation.status);
}

void ImportSession::describeIndicator(const QString& id, const QString& title)
{
    if (!m_knownIndicators.contains(id))
        m_titles.insert(id, title);
}

void ImportSession::ensureIndicator(const QString& id)
{
    if (id.isSharedWith(m_lastIndicator) || id == m_lastIndicator)
        return;
    if (!m_knownIndicators.contains(id)) {
        IndicatorRepository indicators(m_database.connection());
        if (indicators.ensureExists(id)) {
            ++m_result.indicatorsCreated;
            // A new indicator gets the file's title, and a suggested kind, direction and unit
            // from its id (the shipped table) and title.
            if (auto indicator = indicators.find(id)) {
                const QString title = m_titles.value(id);
                if (!title.isEmpty())
                    indicator->title = title;
                applySuggestion(*indicator);
                ++m_result.indicatorsSuggested;
                if (!title.isEmpty() || indicator->kind != IndicatorKind::Quality ||
                    indicator->direction != Direction::None || !indicator->unitOfMeasure.isEmpty())
                    indicators.save(*indicator);
            }
        }
        m_knownIndicators.insert(id);
        m_titles.remove(id);
    }
    m_lastIndicator = id;
}

void ImportSession::progress(qint64 done, qint64 total)
{
    if (m_options.progress && !m_options.progress({done, total, m_result.rows}))
        throw ImportCancelled(
            tr("%1: the import was cancelled; nothing was imported").arg(m_label));
}

void ImportSession::add(const Observation& observation, const SourceLocation& location)
{
    ensureIndicator(observation.indicatorId);
    ++m_result.rows;
    if (observation.unitId != m_lastUnit) {
        m_lastUnit = observation.unitId;
        m_units.insert(m_lastUnit);
    }
    Observation stored;
    qint64 storedBatch = 0;
    const ObservationWriter::Outcome outcome =
        m_writer->write(observation, ObservationWriter::OnConflict::Report, &stored, &storedBatch);
    if (outcome == ObservationWriter::Outcome::Inserted) {
        ++m_result.inserted;
        return;
    }
    // The key is stored already: by this very file (written earlier in it), or before.
    if (storedBatch == m_result.batchId) {
        if (outcome == ObservationWriter::Outcome::Unchanged) {
            ++m_result.repeated;
            return;
        }
        refuseRepeat(observation, stored, location);
    }
    if (const std::optional<Observation> earlier = m_writer->remembered(observation)) {
        if (*earlier == observation) {
            ++m_result.repeated;
            return;
        }
        refuseRepeat(observation, *earlier, location);
    }
    if (outcome == ObservationWriter::Outcome::Unchanged) {
        ++m_result.unchanged;
        m_writer->remember(observation);
        return;
    }
    settleConflict(observation, stored, location);
}

void ImportSession::remove(const Observation& key, const SourceLocation& location)
{
    Q_UNUSED(location);
    // An indicator the file does not know has no stored values; binding it would make the
    // writer expect it in the file.
    bool known = m_knownIndicators.contains(key.indicatorId);
    if (!known) {
        auto cached = m_indicatorInFile.constFind(key.indicatorId);
        if (cached == m_indicatorInFile.cend())
            cached = m_indicatorInFile.insert(
                key.indicatorId,
                IndicatorRepository(m_database.connection()).find(key.indicatorId).has_value());
        known = *cached;
    }
    if (known && m_writer->erase(key))
        ++m_result.removed;
    else
        ++m_result.skipped;
}

void ImportSession::settleConflict(const Observation& incoming, const Observation& stored,
                                   const SourceLocation& location)
{
    const ImportConflict conflict{stored, incoming, describe(location)};
    ++m_result.conflictCount;
    if (m_result.conflicts.size() < m_options.maxListedConflicts)
        m_result.conflicts.append(conflict);

    ConflictPolicy policy = m_options.dryRun ? ConflictPolicy::Keep : m_policy;
    if (policy == ConflictPolicy::Ask) {
        const ConflictChoice choice =
            m_options.askConflict ? m_options.askConflict(conflict) : ConflictChoice::Cancel;
        const std::optional<ConflictPolicy> chosen = chosenPolicy(choice, m_policy);
        if (!chosen)
            throw ImportCancelled(
                tr("%1: the import was cancelled; nothing was imported").arg(m_label));
        policy = *chosen;
    }
    switch (policy) {
    case ConflictPolicy::Keep:
        ++m_result.kept;
        m_writer->remember(incoming);
        return;
    case ConflictPolicy::Replace:
        m_writer->replace(incoming);
        ++m_result.replaced;
        return;
    case ConflictPolicy::Fail:
    case ConflictPolicy::Ask:
        break;
    }
    throw Error(tr("%1, %2: %3: the value %4 differs from the stored value %5 (choose keep or "
                   "replace)")
                    .arg(m_label, conflict.location, keyText(incoming), valueText(incoming),
                         valueText(stored)));
}

void ImportSession::refuseRepeat(const Observation& incoming, const Observation& earlier,
                                 const SourceLocation& location)
{
    std::optional<SourceLocation> first;
    if (m_locate)
        first = m_locate(incoming);
    const QString earlierPlace = first ? describe(*first) : tr("an earlier row");
    throw Error(tr("%1, %2: %3 appears twice in the file with different values: %4 here and %5 "
                   "at %6")
                    .arg(m_label, describe(location), keyText(incoming), valueText(incoming),
                         valueText(earlier), earlierPlace));
}

ImportResult ImportSession::finish(const QString& sha256)
{
    m_result.sha256 = sha256;
    m_result.units = m_units.size();
    ImportBatchRepository batches(m_database.connection());
    batches.setRowCount(m_result.batchId, m_result.rows);
    batches.setSha256(m_result.batchId, sha256);
    if (m_options.dryRun)
        m_result.batchId = 0; // the destructor rolls everything back
    else
        m_transaction.commit(*m_writer);
    m_writer.reset();
    return m_result;
}

} // namespace jamfor
