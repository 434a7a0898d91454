// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/analysiseditor.h"

#include "core/storage/analysisrepository.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "ui/wizard/analysissnapshotcommand.h"

#include <QTimer>
#include <QUndoStack>

namespace jamfor {

namespace {

constexpr int typingSaveDelayMs = 500;

} // namespace

AnalysisEditor::AnalysisEditor(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
    , m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(typingSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &AnalysisEditor::flush);
}

AnalysisEditor::~AnalysisEditor()
{
    flush();
}

qint64 AnalysisEditor::create(Analysis analysis, const QStringList& checklist)
{
    flush();
    analysis.id = 0;
    AnalysisState fresh(analysis);
    fresh.seedChecklist(checklist);
    try {
        AnalysisRepository repository(m_database.connection());
        fresh.save(repository);
    } catch (const Error& error) {
        emit errorOccurred(tr("The new analysis could not be stored: %1").arg(error.message()));
        return 0;
    }
    const qint64 id = fresh.analysis().id;
    open(id);
    return id;
}

bool AnalysisEditor::open(qint64 analysisId)
{
    flush();
    AnalysisRepository repository(m_database.connection());
    if (!m_state.load(repository, analysisId))
        return false;
    m_undoStack->clear();
    emit analysisOpened(analysisId);
    return true;
}

void AnalysisEditor::close()
{
    flush();
    m_undoStack->clear();
    m_state.setAnalysis(Analysis());
    emit analysisOpened(0);
}

bool AnalysisEditor::remove(qint64 analysisId)
{
    close();
    try {
        AnalysisRepository(m_database.connection()).remove(analysisId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return false;
    }
    return true;
}

int AnalysisEditor::mergeIdFor(const QString& key)
{
    if (key.isEmpty())
        return -1;
    const auto it = m_mergeIds.constFind(key);
    if (it != m_mergeIds.constEnd())
        return *it;
    const int id = int(m_mergeIds.size()) + 1;
    m_mergeIds.insert(key, id);
    return id;
}

bool AnalysisEditor::edit(const QString& text, const std::function<bool(AnalysisState&)>& change,
                          const QString& mergeKey)
{
    if (!hasAnalysis())
        return false;
    Analysis before = m_state.analysis();
    if (!change(m_state) || m_state.analysis() == before)
        return false;
    m_undoStack->push(new AnalysisSnapshotCommand(*this, text, std::move(before),
                                                  m_state.analysis(), mergeIdFor(mergeKey)));
    if (mergeKey.isEmpty())
        flush();
    else
        scheduleSave();
    return true;
}

bool AnalysisEditor::goTo(AnalysisStep step)
{
    if (!hasAnalysis())
        return false;
    const AnalysisStep before = m_state.currentStep();
    if (!m_state.goTo(step))
        return false;
    if (before != step)
        m_undoStack->clear();
    flush();
    return true;
}

bool AnalysisEditor::complete()
{
    if (!hasAnalysis() || !m_state.complete())
        return false;
    m_undoStack->clear();
    return flush();
}

void AnalysisEditor::reopen()
{
    m_state.reopen();
    flush();
}

void AnalysisEditor::restore(const Analysis& snapshot)
{
    if (m_state.restoreContent(snapshot))
        flush();
}

void AnalysisEditor::scheduleSave()
{
    m_saveTimer->start();
}

bool AnalysisEditor::flush()
{
    m_saveTimer->stop();
    if (!hasAnalysis() || !m_state.isModified())
        return true;
    try {
        AnalysisRepository repository(m_database.connection());
        m_state.save(repository);
    } catch (const Error& error) {
        emit errorOccurred(tr("The analysis “%1” could not be stored: %2")
                               .arg(m_state.analysis().title, error.message()));
        return false;
    }
    return true;
}

} // namespace jamfor
