// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/jamforfiletransfer.h"

#include "core/exchange/otherfile.h"
#include "core/model/analysis.h"
#include "core/model/importbatch.h"
#include "core/storage/analysisrepository.h"
#include "core/storage/arearepository.h"
#include "core/storage/batchobservations.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationwriter.h"
#include "core/storage/transaction.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <memory>

namespace jamfor {

namespace {

// Which part of the source travels: everything (an import), or one analysis (Skicka analys).
struct Selection
{
    TransferContent content;
    std::optional<QStringList> indicatorIds; // nullopt: every indicator
    QList<qint64> analysisIds;               // with content.analyses: empty means all
};

QString keyText(const Observation& o)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(o.indicatorId, o.unitId)
        .arg(o.year)
        .arg(genderCode(o.gender));
}

QString valueText(const Observation& o)
{
    return o.value ? QLocale::c().toString(*o.value, 'g', QLocale::FloatingPointShortest)
                   : statusCode(o.status);
}

QStringList sortedCopy(QStringList list)
{
    list.sort();
    return list;
}

// A network without its ids, for telling whether two files hold the same one.
bool sameNetwork(Network a, Network b)
{
    for (Network* n : {&a, &b}) {
        n->id = 0;
        for (Person& p : n->people)
            p.id = 0;
    }
    return a == b;
}

// One run from a source file into a target file.
class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(JamforFileTransfer)

public:
    Transfer(Database& from, Database& to, const Selection& selection,
             const TransferOptions& options)
        : m_from(from.connection())
        , m_to(to.connection())
        , m_selection(selection)
        , m_options(options)
        , m_policy(options.onConflict)
    {
        m_result.otherFile = from.path();
        m_result.dryRun = options.dryRun;
    }

    TransferResult run()
    {
        Transaction transaction(m_to);
        loadTargetUnits();
        const QList<Analysis> analyses = sourceAnalyses();
        QSet<qint64> networkIds;
        QSet<qint64> groupIds;
        for (const Analysis& a : analyses) {
            if (a.networkId != 0)
                networkIds.insert(a.networkId);
            if (a.unitGroupId != 0)
                groupIds.insert(a.unitGroupId);
        }
        transferObservations();
        transferGroups(groupIds);
        transferNetworks(networkIds);
        for (const Analysis& a : analyses)
            transferAnalysis(a);
        if (!m_options.dryRun)
            transaction.commit();
        return m_result;
    }

private:
    QList<Analysis> sourceAnalyses()
    {
        QList<Analysis> analyses;
        if (!m_selection.content.analyses)
            return analyses;
        AnalysisRepository repository(m_from);
        QList<qint64> ids = m_selection.analysisIds;
        if (ids.isEmpty()) {
            for (const Analysis& header : repository.list())
                ids.append(header.id);
            std::sort(ids.begin(), ids.end()); // oldest first, as they were made
        }
        for (const qint64 id : ids) {
            if (auto analysis = repository.load(id))
                analyses.append(*analysis);
        }
        return analyses;
    }

    // ---- units, areas and indicators: brought along when something refers to them ----

    void loadTargetUnits()
    {
        for (const Unit& unit : UnitRepository(m_to).all())
            m_targetUnits.insert(unit.id);
    }

    void ensureUnit(const QString& id)
    {
        if (id.isEmpty() || m_targetUnits.contains(id))
            return;
        const std::optional<Unit> unit = UnitRepository(m_from).find(id);
        if (!unit)
            throw Error(tr("%1 refers to the unit %2, which it does not hold.")
                            .arg(m_result.otherFile, id));
        UnitRepository(m_to).save({*unit});
        m_targetUnits.insert(id);
    }

    void ensureArea(const QString& id)
    {
        if (id.isEmpty() || m_areasDone.contains(id))
            return;
        m_areasDone.insert(id);
        const auto findIn = [&id](QSqlDatabase& db) -> std::optional<Area> {
            for (const Area& area : AreaRepository(db).all()) {
                if (area.id == id)
                    return area;
            }
            return std::nullopt;
        };
        if (findIn(m_to))
            return;
        const std::optional<Area> area = findIn(m_from);
        if (!area)
            throw Error(tr("%1 refers to the area %2, which it does not hold.")
                            .arg(m_result.otherFile, id));
        AreaRepository(m_to).save(*area);
        ++m_result.areasCreated;
    }

    void ensureIndicator(const QString& id)
    {
        if (id.isEmpty() || m_indicatorsDone.contains(id))
            return;
        m_indicatorsDone.insert(id);
        const std::optional<Indicator> incoming = IndicatorRepository(m_from).find(id);
        if (!incoming)
            throw Error(tr("%1 refers to the indicator %2, which it does not describe.")
                            .arg(m_result.otherFile, id));
        IndicatorRepository target(m_to);
        if (const std::optional<Indicator> stored = target.find(id)) {
            if (!(*stored == *incoming)) {
                ++m_result.indicatorsKept;
                if (m_result.indicatorsKept <= 5)
                    m_result.warnings << tr("%1 is described differently in %2; the description "
                                            "in this file is kept.")
                                             .arg(id, m_result.otherFile);
            }
            return;
        }
        ensureArea(incoming->areaId);
        target.save(*incoming);
        ++m_result.indicatorsCreated;
    }

    // ---- observations, batch by batch ----

    void transferObservations()
    {
        const QList<ImportBatch> batches = ImportBatchRepository(m_from).all();
        qint64 total = 0;
        for (const ImportBatch& batch : batches)
            total += batch.rowCount;
        m_total = std::max<qint64>(total, 1);
        for (const ImportBatch& batch : batches)
            transferBatch(batch);
        if (m_result.indicatorsKept > 5)
            m_result.warnings << tr("%n more indicators are described differently; this file's "
                                    "descriptions are kept.",
                                    nullptr, int(m_result.indicatorsKept - 5));
    }

    void transferBatch(const ImportBatch& sourceBatch)
    {
        ++m_result.batchesRead;
        ImportBatch batch = sourceBatch;
        batch.id = 0;
        batch.rowCount = 0;
        ImportBatchRepository batches(m_to);
        const qint64 batchId = batches.create(batch);
        qint64 written = 0;
        {
            ObservationWriter writer(m_to, batchId);
            const QString place = tr("batch %1 (%2)").arg(sourceBatch.id).arg(sourceBatch.fileName);
            BatchObservations(m_from).forEach(
                sourceBatch.id, m_selection.indicatorIds, [&](const Observation& incoming) {
                    ++m_result.rows;
                    ensureIndicator(incoming.indicatorId);
                    ensureUnit(incoming.unitId);
                    Observation stored;
                    switch (
                        writer.write(incoming, ObservationWriter::OnConflict::Report, &stored)) {
                    case ObservationWriter::Outcome::Inserted:
                        ++m_result.inserted;
                        ++written;
                        break;
                    case ObservationWriter::Outcome::Unchanged:
                        ++m_result.unchanged;
                        break;
                    case ObservationWriter::Outcome::Conflict:
                    case ObservationWriter::Outcome::Replaced:
                        if (settle(writer, incoming, stored, place))
                            ++written;
                        break;
                    }
                    if (m_options.progress && m_result.rows % 4096 == 0 &&
                        !m_options.progress({m_result.rows, m_total, m_result.rows}))
                        throw ImportCancelled(tr("The import was cancelled; nothing was changed."));
                });
            writer.finish();
        }
        if (written == 0) {
            BatchObservations(m_to).removeUnused(batchId);
            return;
        }
        batches.setRowCount(batchId, written);
        ++m_result.batchesCreated;
    }

    // Returns true when the incoming value was written.
    bool settle(ObservationWriter& writer, const Observation& incoming, const Observation& stored,
                const QString& place)
    {
        ++m_result.conflictCount;
        if (m_result.conflicts.size() < m_options.maxListedConflicts)
            m_result.conflicts.append({stored, incoming, place});
        if (m_options.dryRun)
            return false;
        ConflictPolicy policy = m_policy;
        if (policy == ConflictPolicy::Ask) {
            const ConflictChoice choice = m_options.askConflict
                                              ? m_options.askConflict({stored, incoming, place})
                                              : ConflictChoice::Cancel;
            const std::optional<ConflictPolicy> chosen = chosenPolicy(choice, m_policy);
            if (!chosen)
                throw ImportCancelled(tr("The import was cancelled; nothing was changed."));
            policy = *chosen;
        }
        switch (policy) {
        case ConflictPolicy::Keep:
            ++m_result.kept;
            return false;
        case ConflictPolicy::Replace:
            writer.replace(incoming);
            ++m_result.replaced;
            return true;
        default:
            throw Error(tr("%1, %2: %3 is %4 here and %5 in the other file. Nothing was "
                           "imported; choose whether to keep or replace differing values.")
                            .arg(m_result.otherFile, place, keyText(incoming), valueText(stored),
                                 valueText(incoming)));
        }
    }

    // ---- networks, groups and analyses ----

    // What to do with an item that differs: true to replace. Dry runs keep (and list).
    bool replaceItem(TransferItemConflict conflict, TransferItemCounts& counts)
    {
        m_result.itemConflicts.append(conflict);
        const ConflictPolicy policy = m_options.onConflict;
        if (m_options.dryRun)
            return false;
        if (policy == ConflictPolicy::Keep) {
            ++counts.kept;
            return false;
        }
        if (policy == ConflictPolicy::Replace) {
            ++counts.replaced;
            return true;
        }
        throw Error(tr("%1: \"%2\" exists in both files and differs. Nothing was imported; "
                       "choose whether to keep this file's version or take the other file's.")
                        .arg(m_result.otherFile, conflict.name));
    }

    void transferGroups(const QSet<qint64>& needed)
    {
        UnitGroupRepository from(m_from);
        UnitGroupRepository to(m_to);
        for (UnitGroup group : from.all()) {
            if (!m_selection.content.groups && !needed.contains(group.id))
                continue;
            const qint64 sourceId = group.id;
            std::optional<UnitGroup> stored;
            if (!group.koladaId.isEmpty())
                stored = to.findByKoladaId(group.koladaId);
            if (!stored)
                stored = to.findByName(group.name);
            for (const QString& unitId : group.unitIds)
                ensureUnit(unitId);
            if (!stored) {
                group.id = 0;
                m_groupIds.insert(sourceId, to.save(group));
                ++m_result.groups.created;
                continue;
            }
            m_groupIds.insert(sourceId, stored->id);
            group.id = stored->id;
            group.unitIds = sortedCopy(group.unitIds);
            UnitGroup mine = *stored;
            mine.unitIds = sortedCopy(mine.unitIds);
            if (mine == group) {
                ++m_result.groups.unchanged;
                continue;
            }
            if (replaceItem({TransferItemConflict::Kind::Group, group.name, {}, {}, false},
                            m_result.groups))
                to.save(group);
        }
    }

    void transferNetworks(const QSet<qint64>& needed)
    {
        NetworkRepository from(m_from);
        NetworkRepository to(m_to);
        for (Network network : from.all()) {
            if (!m_selection.content.networks && !needed.contains(network.id))
                continue;
            const Network sourceNetwork = network;
            for (NetworkMember& member : network.members) {
                ensureUnit(member.unitId);
                for (const QString& areaId : member.areaIds)
                    ensureArea(areaId);
            }
            for (Person& person : network.people) {
                ensureUnit(person.unitId);
                person.id = 0;
            }
            const std::optional<Network> stored = to.findByName(network.name);
            network.id = stored ? stored->id : 0;
            if (!stored) {
                network.id = to.save(network);
                ++m_result.networks.created;
            } else if (sameNetwork(*stored, network)) {
                ++m_result.networks.unchanged;
            } else if (replaceItem(
                           {TransferItemConflict::Kind::Network, network.name, {}, {}, false},
                           m_result.networks)) {
                to.save(network);
            }
            mapPeople(sourceNetwork, network.id);
        }
    }

    // Participants keep their link to a person of the network when the receiving file's network
    // has someone of the same name and municipality.
    void mapPeople(const Network& source, qint64 targetNetworkId)
    {
        m_networkIds.insert(source.id, targetNetworkId);
        const std::optional<Network> target = NetworkRepository(m_to).find(targetNetworkId);
        if (!target)
            return;
        for (const Person& person : source.people) {
            for (const Person& candidate : target->people) {
                if (candidate.name == person.name && candidate.unitId == person.unitId) {
                    m_personIds.insert(person.id, candidate.id);
                    break;
                }
            }
        }
    }

    void transferAnalysis(Analysis analysis)
    {
        analysis.networkId = m_networkIds.value(analysis.networkId, 0);
        analysis.unitGroupId = m_groupIds.value(analysis.unitGroupId, 0);
        for (AnalysisParticipant& participant : analysis.participants) {
            participant.personId = m_personIds.value(participant.personId, 0);
            ensureUnit(participant.unitId);
        }
        ensureArea(analysis.areaId);
        ensureUnit(analysis.focusUnitId);
        for (const QString& unitId : analysis.similarUnitIds)
            ensureUnit(unitId);
        for (const QString& id : referencedIndicators(analysis))
            ensureIndicator(id);
        for (const Proposal& proposal : analysis.proposals) {
            for (const QString& unitId : proposal.inspirationUnitIds)
                ensureUnit(unitId);
        }
        for (const IndicatorTarget& target : analysis.targets)
            ensureUnit(target.unitId);

        AnalysisRepository to(m_to);
        const qint64 storedId = to.idOf(analysis.uid);
        if (storedId == 0) {
            analysis.id = 0;
            to.save(analysis, AnalysisRepository::Times::Kept);
            ++m_result.analyses.created;
            return;
        }
        const std::optional<Analysis> stored = to.load(storedId);
        analysis.id = storedId;
        if (stored && stored->updatedAt == analysis.updatedAt) {
            ++m_result.analyses.unchanged;
            return;
        }
        const QDateTime storedEdit = stored ? stored->updatedAt : QDateTime();
        if (replaceItem({TransferItemConflict::Kind::Analysis, analysis.title, storedEdit,
                         analysis.updatedAt, analysis.updatedAt > storedEdit},
                        m_result.analyses))
            to.save(analysis, AnalysisRepository::Times::Kept);
    }

public:
    static QStringList referencedIndicators(const Analysis& a)
    {
        QStringList ids;
        for (const AnalysisIndicator& entry : a.indicators)
            ids << entry.indicatorId << entry.costIndicatorId;
        for (const Cause& cause : a.causes)
            ids << cause.indicatorId;
        for (const WhyChain& chain : a.whyChains)
            ids << chain.indicatorId;
        for (const SourceNote& note : a.sourceNotes)
            ids << note.indicatorId;
        for (const Proposal& proposal : a.proposals)
            ids << proposal.indicatorId;
        for (const IndicatorTarget& target : a.targets)
            ids << target.indicatorId;
        ids.removeAll(QString());
        ids.removeDuplicates();
        return ids;
    }

private:
    QSqlDatabase& m_from;
    QSqlDatabase& m_to;
    Selection m_selection;
    TransferOptions m_options;
    TransferResult m_result;
    ConflictPolicy m_policy; // the options' policy, until "keep all" / "replace all"
    qint64 m_total = 1;
    QSet<QString> m_targetUnits;
    QSet<QString> m_areasDone;
    QSet<QString> m_indicatorsDone;
    QHash<qint64, qint64> m_groupIds;   // source id → target id
    QHash<qint64, qint64> m_networkIds; // source id → target id
    QHash<qint64, qint64> m_personIds;  // source id → target id
};

} // namespace

bool JamforFileTransfer::isSqliteFile(const QString& path)
{
    return OtherFile::hasSqliteHeader(path);
}

TransferResult JamforFileTransfer::importFile(Database& target, const QString& otherPath,
                                              const TransferOptions& options)
{
    OtherFile other(otherPath, target.path());
    Selection selection;
    selection.content = options.content;
    TransferResult result = Transfer(other.database(), target, selection, options).run();
    result.otherFile = otherPath;
    return result;
}

TransferResult JamforFileTransfer::sendAnalysis(Database& source, qint64 analysisId,
                                                const QString& targetPath)
{
    const std::optional<Analysis> analysis =
        AnalysisRepository(source.connection()).load(analysisId);
    if (!analysis)
        throw Error(tr("There is no analysis %1 in %2.").arg(analysisId).arg(source.path()));
    QStringList indicatorIds = Transfer::referencedIndicators(*analysis);
    if (!analysis->areaId.isEmpty()) {
        for (const Indicator& indicator :
             IndicatorRepository(source.connection()).forArea(analysis->areaId))
            indicatorIds << indicator.id;
    }
    indicatorIds.removeDuplicates();
    indicatorIds.sort();

    Selection selection;
    selection.content.analyses = true;
    selection.indicatorIds = indicatorIds;
    selection.analysisIds = {analysisId};
    TransferOptions options;
    options.onConflict = ConflictPolicy::Replace;

    NewFile file(targetPath);
    TransferResult result = Transfer(source, file.database(), selection, options).run();
    file.commit();
    result.otherFile = targetPath;
    return result;
}

} // namespace jamfor
