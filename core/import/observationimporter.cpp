// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/observationimporter.h"

#include "core/import/csvtablereader.h"
#include "core/import/filehasher.h"
#include "core/import/formatdetector.h"
#include "core/import/importsession.h"
#include "core/import/indicatorsuggestions.h"
#include "core/import/jsondocumentloader.h"
#include "core/import/koladadatareader.h"
#include "core/import/koladagroupreader.h"
#include "core/import/koladakpireader.h"
#include "core/import/numberparser.h"
#include "core/import/sheetreader.h"
#include "core/import/tablereading.h"
#include "core/model/area.h"
#include "core/model/importbatch.h"
#include "core/registry/unitregistry.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/unitgrouprepository.h"
#include "core/util/error.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

// Stops a second reading of a file at the first row with a given key.
class KeyLocator : public ObservationSink
{
public:
    struct Found
    {
        SourceLocation location;
    };

    explicit KeyLocator(const Observation& key)
        : m_key(key)
    {}

    void add(const Observation& observation, const SourceLocation& location) override
    {
        if (observation.year == m_key.year && observation.gender == m_key.gender &&
            observation.unitId == m_key.unitId && observation.indicatorId == m_key.indicatorId)
            throw Found{location};
    }

private:
    Observation m_key;
};

ImportBatch newBatch(const QString& fileName, const QString& source)
{
    ImportBatch batch;
    batch.fileName = fileName;
    batch.source = source;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    return batch;
}

void addSkipped(ImportResult& result, const KoladaDataReader& reader)
{
    result.skippedGroupRows += reader.groupRows();
    result.skippedUnitLevelRows += reader.unitLevelRows();
    result.skippedUnrequested += reader.unrequestedRows();
}

// A download has many pages; one line per kind of skipped row says it for the whole.
void summariseSkipped(const QString& url, ImportResult& result)
{
    const std::pair<qint64, const char*> kinds[] = {
        {result.skippedGroupRows,
         QT_TRANSLATE_N_NOOP("ObservationImporter",
                             "%1: %n rows of municipality groups (G…) were skipped; a group's "
                             "value is the mean of its members, which Jämför computes itself")},
        {result.skippedUnitLevelRows,
         QT_TRANSLATE_N_NOOP("ObservationImporter",
                             "%1: %n rows of organisational units (schools, homes) were skipped; "
                             "Jämför compares municipalities")},
        {result.skippedUnrequested,
         QT_TRANSLATE_N_NOOP("ObservationImporter",
                             "%1: %n rows for an indicator, unit or year that was not asked for "
                             "were not stored")},
    };
    for (const auto& [count, text] : kinds) {
        if (count > 0)
            result.warnings.append(ObservationImporter::tr(text, nullptr, int(count)).arg(url));
    }
}

// An id for an operating area named by Kolada: "Äldreomsorg" → "aldreomsorg".
QString areaIdFor(const QString& name)
{
    QString id;
    bool dash = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            id += c;
            dash = false;
        } else if (!id.isEmpty() && !dash) {
            id += u'-';
            dash = true;
        }
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("area") : id;
}

} // namespace

ImportFormat ObservationImporter::detectFormat(const QString& path)
{
    return FormatDetector::detect(path);
}

QStringList ObservationImporter::sheetNames(const QString& path)
{
    return SheetReader::open(path, FormatDetector::detect(path))->sheetNames();
}

ImportResult ObservationImporter::importCsv(const QString& path, ConflictPolicy policy)
{
    ImportOptions options;
    options.onConflict = policy;
    return importFile(path, options);
}

ImportResult ObservationImporter::importFile(const QString& path, const ImportOptions& options)
{
    ImportFormat format = options.format ? *options.format : FormatDetector::detect(path);
    if (format == ImportFormat::Csv || isSpreadsheet(format))
        return importTable(path, format, options);

    const QJsonDocument document = JsonDocumentLoader::load(path);
    if (!options.format)
        format = JsonDocumentLoader::kindOf(path, document);
    if (format == ImportFormat::KoladaKpiJson)
        return importKpis(path, KoladaKpiReader::read(path, document), options);
    if (format == ImportFormat::KoladaGroupJson)
        return importGroups(path, KoladaGroupReader::read(path, document), options);
    return importKoladaData(path, document, options);
}

ImportResult ObservationImporter::importTable(const QString& path, ImportFormat format,
                                              const ImportOptions& options)
{
    FileHasher hasher(path);
    // First pass: the first rows tell the decimal separator (see NumberParser).
    NumberParser numbers;
    TableReading learning;
    learning.sheet = options.sheet;
    const QString sheet = learning.read(path, format, numbers);
    const NumberParser learned = numbers;

    ImportSession session(m_database, options, path,
                          newBatch(QFileInfo(path).fileName(), importSourceFile));
    if (format == ImportFormat::Csv) {
        session.setDescribe(
            [](const SourceLocation& at) { return CsvTableReader::describeLine(at.row); });
    } else {
        session.setDescribe([sheet](const SourceLocation& at) {
            return SheetReader::describeCell(sheet, at.row, at.column);
        });
    }
    session.setLocate([&](const Observation& key) -> std::optional<SourceLocation> {
        NumberParser again = learned;
        KeyLocator locator(key);
        try {
            TableReading locating;
            locating.sheet = sheet;
            locating.sink = &locator;
            locating.read(path, format, again);
        } catch (const KeyLocator::Found& found) {
            return found.location;
        }
        return std::nullopt;
    });
    TableMargins margins;
    TableReading reading;
    reading.sheet = sheet;
    reading.sink = &session;
    reading.margins = &margins;
    reading.read(path, format, numbers);
    ImportResult result = session.finish(hasher.result());
    result.format = format;
    result.rowsOutsideTable = margins.outsideRows().size();
    result.cellsBesideTable = margins.unreadCells();
    const auto describe = [&](qint64 row, int column) {
        return format == ImportFormat::Csv ? CsvTableReader::describeLine(row)
                                           : SheetReader::describeCell(sheet, row, column);
    };
    const QString fileName = QFileInfo(path).fileName();
    if (!margins.outsideRows().isEmpty())
        result.warnings.append(
            TableMargins::outsideWarning(fileName, margins.outsideRows(), describe));
    if (!margins.unreadColumns().isEmpty())
        result.warnings.append(
            TableMargins::unreadWarning(fileName, margins.unreadColumns(), describe));
    return result;
}

ImportResult ObservationImporter::importKoladaData(const QString& path,
                                                   const QJsonDocument& document,
                                                   const ImportOptions& options)
{
    FileHasher hasher(path);
    KoladaDataReader reader(path, document);
    ImportSession session(m_database, options, path,
                          newBatch(QFileInfo(path).fileName(), importSourceFile));
    session.setDescribe(&KoladaDataReader::describe);
    session.setLocate([&](const Observation& key) -> std::optional<SourceLocation> {
        KoladaDataReader again(path, document);
        KeyLocator locator(key);
        try {
            again.read(locator);
        } catch (const KeyLocator::Found& found) {
            return found.location;
        }
        return std::nullopt;
    });
    reader.read(session);
    addSkipped(session.result(), reader);
    session.result().warnings = reader.warnings();
    ImportResult result = session.finish(hasher.result());
    result.format = ImportFormat::KoladaJson;
    return result;
}

ImportResult ObservationImporter::importKpis(const QString& path, const QList<KoladaKpi>& kpis,
                                             const ImportOptions& options)
{
    FileHasher hasher(path);
    QSqlDatabase& db = m_database.connection();
    Transaction transaction(db);
    ImportBatchRepository batches(db);
    ImportResult result;
    result.format = ImportFormat::KoladaKpiJson;
    result.dryRun = options.dryRun;
    result.batchId = batches.create(newBatch(QFileInfo(path).fileName(), importSourceFile));
    storeKpis(path, kpis, options, result);
    result.sha256 = hasher.result();
    batches.setRowCount(result.batchId, result.rows);
    batches.setSha256(result.batchId, result.sha256);
    if (options.dryRun)
        result.batchId = 0;
    else
        transaction.commit();
    return result;
}

ImportResult ObservationImporter::importGroups(const QString& label,
                                               const QList<KoladaGroup>& groups,
                                               const ImportOptions& options)
{
    const bool isFile = QFileInfo::exists(label);
    std::optional<FileHasher> hasher;
    if (isFile)
        hasher.emplace(label);
    QSqlDatabase& db = m_database.connection();
    Transaction transaction(db);
    ImportBatchRepository batches(db);
    ImportResult result;
    result.format = ImportFormat::KoladaGroupJson;
    result.dryRun = options.dryRun;
    result.batchId = batches.create(newBatch(isFile ? QFileInfo(label).fileName() : label,
                                             isFile ? importSourceFile : importSourceKoladaApi));
    UnitGroupRepository repository(db);
    for (const KoladaGroup& kolada : groups) {
        UnitGroup group;
        group.koladaId = kolada.id;
        group.name = kolada.name();
        group.unitIds = kolada.memberIds;
        std::sort(group.unitIds.begin(), group.unitIds.end());
        const std::optional<UnitGroup> earlier = repository.findByKoladaId(kolada.id);
        if (earlier)
            group.id = earlier->id;
        // A group of the user's own (or another of Kolada's) may have the name already; it is
        // never overwritten: this group then carries Kolada's id in its name.
        const std::optional<UnitGroup> sameName = repository.findByName(group.name);
        if (sameName && sameName->id != group.id)
            group.name = QStringLiteral("%1 (%2)").arg(group.name, kolada.id);
        if (earlier && *earlier == group)
            continue;
        repository.save(group);
        ++(earlier ? result.groupsUpdated : result.groupsCreated);
    }
    result.rows = groups.size();
    if (hasher)
        result.sha256 = hasher->result();
    batches.setRowCount(result.batchId, result.rows);
    batches.setSha256(result.batchId, result.sha256);
    if (options.dryRun)
        result.batchId = 0;
    else
        transaction.commit();
    return result;
}

void ObservationImporter::storeKpis(const QString& label, const QList<KoladaKpi>& kpis,
                                    const ImportOptions& options, ImportResult& result)
{
    QSqlDatabase& db = m_database.connection();
    AreaRepository areaRepository(db);
    QHash<QString, QString> areaByName; // lower-case name → id
    QHash<QString, QString> areaNameById;
    for (const Area& area : areaRepository.all()) {
        areaByName.insert(area.name.toLower(), area.id);
        areaNameById.insert(area.id, area.name);
    }
    const auto areaFor = [&](const QString& name) {
        if (const auto found = areaByName.constFind(name.toLower()); found != areaByName.cend())
            return *found;
        QString id = areaIdFor(name);
        for (int n = 2; areaNameById.contains(id); ++n)
            id = areaIdFor(name) + QStringLiteral("-%1").arg(n);
        areaRepository.save({id, name});
        areaByName.insert(name.toLower(), id);
        areaNameById.insert(id, name);
        return id;
    };

    IndicatorRepository indicators(db);
    qint64 done = 0;
    for (const KoladaKpi& kpi : kpis) {
        const std::optional<Indicator> existing = indicators.find(kpi.id);
        Indicator indicator;
        if (existing) {
            indicator = *existing; // a confirmed kind, direction and unit stay as they are
        } else {
            indicator.id = kpi.id;
        }
        indicator.title = kpi.title;
        if (kpi.description)
            indicator.description = *kpi.description;
        if (kpi.unit && indicator.confirmed && indicator.unitOfMeasure.isEmpty())
            indicator.unitOfMeasure = *kpi.unit; // a confirmed unit is the user's
        if (!kpi.operatingArea.isEmpty())
            indicator.areaId = areaFor(kpi.operatingArea);
        if (kpi.dividedByGender)
            indicator.dividedByGender = *kpi.dividedByGender;
        if (!kpi.perspective.isEmpty())
            indicator.perspective = kpi.perspective;
        if (indicator.source.isEmpty())
            indicator.source = QStringLiteral("Kolada");
        // Kind, direction and unit: suggested again until the user confirms them.
        if (!indicator.confirmed) {
            applySuggestion(indicator, kpi.operatingArea, kpi.unit.value_or(QString()));
            ++result.indicatorsSuggested;
        }
        if (!existing) {
            indicators.save(indicator);
            ++result.indicatorsCreated;
        } else if (!(indicator == *existing)) {
            indicators.save(indicator);
            ++result.indicatorsUpdated;
        }
        ++result.rows;
        if (options.progress && ++done % 256 == 0 &&
            !options.progress({done, qint64(kpis.size()), result.rows}))
            throw ImportCancelled(
                tr("%1: the import was cancelled; nothing was imported").arg(label));
    }
}

ImportResult ObservationImporter::importKoladaDownload(const KoladaDownload& download,
                                                       const ImportOptions& options)
{
    // The pages read as one list: a global item number maps back to (page, item).
    QList<qint64> firstItem; // of each page
    qint64 itemCount = 0;
    for (const KoladaPage& page : download.pages) {
        firstItem.append(itemCount);
        itemCount += JsonDocumentLoader::items(page.url, page.document).size();
    }
    const auto pageOf = [&firstItem](qint64 row) {
        const auto after = std::upper_bound(firstItem.cbegin(), firstItem.cend(), row);
        return qsizetype(after - firstItem.cbegin()) - 1;
    };
    const auto describe = [&](const SourceLocation& at) {
        const qsizetype page = pageOf(at.row);
        const SourceLocation local{at.row - firstItem.at(page), at.column};
        // Messages start with the download's URL; a page is named only when it differs.
        const QString& url = download.pages.at(page).url;
        return url == download.url
                   ? KoladaDataReader::describe(local)
                   : QStringLiteral("%1 %2").arg(url, KoladaDataReader::describe(local));
    };

    ImportBatch batch = newBatch(download.url, importSourceKoladaApi);
    batch.sha256 = download.sha256;
    ImportSession session(m_database, options, download.url, batch);
    session.setDescribe(describe);

    // The descriptions first, so that indicators the data creates get their titles.
    ImportResult metadata;
    storeKpis(download.url, download.kpis, options, metadata);

    // Hands every page's values to the session under global item numbers.
    class PageSink : public ObservationSink
    {
    public:
        PageSink(ObservationSink& target, qint64 offset, qint64 total)
            : m_target(target)
            , m_offset(offset)
            , m_total(total)
        {}
        void add(const Observation& observation, const SourceLocation& location) override
        {
            m_target.add(observation, {location.row + m_offset, location.column});
        }
        void progress(qint64 done, qint64) override { m_target.progress(m_offset + done, m_total); }

    private:
        ObservationSink& m_target;
        qint64 m_offset;
        qint64 m_total;
    };

    const auto readPages = [&](ObservationSink& sink) {
        for (qsizetype i = 0; i < download.pages.size(); ++i) {
            const KoladaPage& page = download.pages.at(i);
            if (JsonDocumentLoader::items(page.url, page.document).isEmpty())
                continue; // a page without values for the chosen years: nothing to read
            PageSink pageSink(sink, firstItem.at(i), itemCount);
            KoladaDataReader reader(page.url, page.document);
            if (download.expected)
                reader.setExpected(download.expected->kpiIds, download.expected->unitIds,
                                   download.expected->years());
            reader.read(pageSink);
            addSkipped(session.result(), reader);
        }
    };
    session.setLocate([&](const Observation& key) -> std::optional<SourceLocation> {
        KeyLocator locator(key);
        try {
            for (qsizetype i = 0; i < download.pages.size(); ++i) {
                const KoladaPage& page = download.pages.at(i);
                if (JsonDocumentLoader::items(page.url, page.document).isEmpty())
                    continue;
                PageSink pageSink(locator, firstItem.at(i), itemCount);
                KoladaDataReader again(page.url, page.document);
                if (download.expected)
                    again.setExpected(download.expected->kpiIds, download.expected->unitIds,
                                      download.expected->years());
                again.read(pageSink);
            }
        } catch (const KeyLocator::Found& found) {
            return found.location;
        }
        return std::nullopt;
    });
    readPages(session);
    summariseSkipped(download.url, session.result());
    if (itemCount == 0)
        session.result().warnings.append(
            tr("%1: Kolada has no values for these indicators, units and years").arg(download.url));
    session.result().warnings.append(download.warnings);
    ImportResult result = session.finish(download.sha256);
    result.format = ImportFormat::KoladaJson;
    result.indicatorsCreated += metadata.indicatorsCreated;
    result.indicatorsUpdated = metadata.indicatorsUpdated;
    result.indicatorsSuggested += metadata.indicatorsSuggested;
    return result;
}

ImportResult ObservationImporter::importOwnFigures(const QList<Observation>& figures,
                                                   const ImportOptions& options)
{
    const QString label = tr("own figures");
    if (figures.isEmpty())
        throw Error(tr("%1: there are no figures to store").arg(label));
    ImportSession session(m_database, options, label, newBatch({}, importSourceOwnFigures));
    session.setDescribe([](const SourceLocation& at) { return tr("row %1").arg(at.row); });
    session.setLocate([&figures](const Observation& key) -> std::optional<SourceLocation> {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const Observation& f = figures[i];
            if (f.indicatorId.trimmed() == key.indicatorId && f.unitId == key.unitId &&
                f.year == key.year && f.gender == key.gender)
                return SourceLocation{i + 1, -1};
        }
        return std::nullopt;
    });
    const UnitRegistry& units = UnitRegistry::instance();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        Observation figure = figures[i];
        const auto fail = [&](const QString& what) {
            throw Error(tr("%1, row %2: %3").arg(label).arg(i + 1).arg(what));
        };
        figure.indicatorId = figure.indicatorId.trimmed();
        if (figure.indicatorId.isEmpty())
            fail(tr("the indicator id is empty"));
        if (!units.find(figure.unitId))
            fail(tr("unknown unit code \"%1\" (expected a 4-digit municipality, region or "
                    "country code)")
                     .arg(figure.unitId.left(40)));
        if (figure.year < 1900 || figure.year > 2200)
            fail(tr("the year %1 is not a year between 1900 and 2200").arg(figure.year));
        if (figure.value && !std::isfinite(*figure.value))
            fail(tr("the value is not a finite number"));
        if (figure.value && figure.status != ValueStatus::Ok)
            fail(tr("a figure with a value cannot also be marked %1")
                     .arg(statusCode(figure.status)));
        if (!figure.value && figure.status == ValueStatus::Ok)
            figure.status = ValueStatus::Missing;
        session.add(figure, {i + 1, -1});
    }
    return session.finish({});
}

} // namespace jamfor
