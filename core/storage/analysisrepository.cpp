// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/analysisrepository.h"

#include "core/storage/sqlhelpers.h"
#include "core/storage/transaction.h"
#include "core/util/error.h"

#include <QSqlQuery>
#include <QUuid>

namespace jamfor {

namespace {

// The columns of the analysis table as read by headerFromRow(), in that order.
const QString headerColumns = QStringLiteral(
    "id, title, network_id, comparison_kind, comparison_key, comparison_group_id, area_id,"
    " focus_unit_id, year, current_step, created_at, updated_at, completed_at, mandate, purpose,"
    " time_plan, uid");

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Times are stored as UTC ISO 8601 with milliseconds, so they read back exactly.
QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc(); // millisecond precision, as stored
}

Analysis headerFromRow(const QSqlQuery& query)
{
    Analysis analysis;
    analysis.id = query.value(0).toLongLong();
    analysis.title = query.value(1).toString();
    analysis.networkId = query.value(2).toLongLong();
    analysis.comparisonKind = comparisonKindFromCode(query.value(3).toString());
    analysis.comparisonKey = query.value(4).toString();
    analysis.unitGroupId = query.value(5).toLongLong();
    analysis.areaId = query.value(6).toString();
    analysis.focusUnitId = query.value(7).toString();
    analysis.year = query.value(8).toInt();
    analysis.currentStep = analysisStepFromNumber(query.value(9).toInt());
    analysis.uid = query.value(16).toString();
    analysis.createdAt = timeFrom(query.value(10));
    analysis.updatedAt = timeFrom(query.value(11));
    analysis.completedAt = timeFrom(query.value(12));
    analysis.mandate = query.value(13).toString();
    analysis.purpose = query.value(14).toString();
    analysis.timePlan = query.value(15).toString();
    return analysis;
}

// Tables with items of an analysis, children before their parents so deleting in this order
// never relies on a cascade.
const QStringList itemTables{
    QStringLiteral("follow_up"),
    QStringLiteral("analysis_target"),
    QStringLiteral("analysis_action"),
    QStringLiteral("proposal_inspiration_unit"),
    QStringLiteral("proposal"),
    QStringLiteral("analysis_note"),
    QStringLiteral("why_answer"),
    QStringLiteral("why_chain"),
    QStringLiteral("cause"),
    QStringLiteral("analysis_similar_unit"),
    QStringLiteral("analysis_indicator"),
    QStringLiteral("analysis_checklist_item"),
    QStringLiteral("analysis_meeting"),
    QStringLiteral("analysis_participant"),
};

} // namespace

qint64 AnalysisRepository::create(Analysis& analysis)
{
    if (analysis.id != 0)
        throw Error(tr("The analysis is already stored (id %1).").arg(analysis.id));
    return save(analysis);
}

qint64 AnalysisRepository::save(Analysis& analysis, Times times)
{
    Analysis stamped = analysis;
    if (times == Times::Now || !stamped.updatedAt.isValid())
        stamped.updatedAt = nowUtc();
    stamped.updatedAt = stamped.updatedAt.toUTC();
    stamped.createdAt = stamped.createdAt.isValid() ? stamped.createdAt.toUTC() : stamped.updatedAt;
    if (stamped.id == 0 && stamped.uid.isEmpty())
        stamped.uid = QUuid::createUuid().toString(QUuid::Id128);
    if (stamped.completedAt.isValid())
        stamped.completedAt = stamped.completedAt.toUTC();

    Transaction transaction(m_db);
    if (stamped.id == 0) {
        insertHeader(stamped);
    } else {
        updateHeader(stamped);
        deleteItems(stamped.id);
    }
    insertItems(stamped);
    transaction.commit();

    analysis.id = stamped.id;
    analysis.uid = stamped.uid;
    analysis.createdAt = stamped.createdAt;
    analysis.updatedAt = stamped.updatedAt;
    analysis.completedAt = stamped.completedAt;
    return analysis.id;
}

void AnalysisRepository::insertHeader(Analysis& a)
{
    a.id =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO analysis (title, network_id, comparison_kind,"
                                " comparison_key, comparison_group_id, area_id, focus_unit_id,"
                                " year, current_step, created_at, updated_at, completed_at,"
                                " mandate, purpose, time_plan, uid)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {sql::text(a.title), idOrNull(a.networkId), comparisonKindCode(a.comparisonKind),
                  sql::text(a.comparisonKey), idOrNull(a.unitGroupId), sql::nullIfEmpty(a.areaId),
                  sql::nullIfEmpty(a.focusUnitId), a.year, analysisStepNumber(a.currentStep),
                  timeOrNull(a.createdAt), timeOrNull(a.updatedAt), timeOrNull(a.completedAt),
                  sql::text(a.mandate), sql::text(a.purpose), sql::text(a.timePlan), a.uid})
            .lastInsertId()
            .toLongLong();
}

void AnalysisRepository::updateHeader(const Analysis& a)
{
    QSqlQuery query = sql::run(
        m_db,
        QStringLiteral("UPDATE analysis SET title = ?, network_id = ?, comparison_kind = ?,"
                       " comparison_key = ?, comparison_group_id = ?, area_id = ?,"
                       " focus_unit_id = ?, year = ?, current_step = ?, created_at = ?,"
                       " updated_at = ?, completed_at = ?, mandate = ?, purpose = ?,"
                       " time_plan = ? WHERE id = ?"),
        {sql::text(a.title), idOrNull(a.networkId), comparisonKindCode(a.comparisonKind),
         sql::text(a.comparisonKey), idOrNull(a.unitGroupId), sql::nullIfEmpty(a.areaId),
         sql::nullIfEmpty(a.focusUnitId), a.year, analysisStepNumber(a.currentStep),
         timeOrNull(a.createdAt), timeOrNull(a.updatedAt), timeOrNull(a.completedAt),
         sql::text(a.mandate), sql::text(a.purpose), sql::text(a.timePlan), a.id});
    if (query.numRowsAffected() != 1)
        throw Error(tr("The analysis \"%1\" is no longer in the file; it may have been deleted.")
                        .arg(a.title.isEmpty() ? QString::number(a.id) : a.title));
}

void AnalysisRepository::deleteItems(qint64 analysisId)
{
    for (const QString& table : itemTables)
        sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE analysis_id = ?").arg(table),
                 {analysisId});
}

void AnalysisRepository::insertItems(const Analysis& a)
{
    const qint64 id = a.id;

    QSqlQuery participant = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_participant (analysis_id, id, position,"
                             " person_id, name, role, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.participants.size(); ++i) {
        const AnalysisParticipant& p = a.participants[i];
        sql::exec(participant, {id, p.id, i, idOrNull(p.personId), sql::text(p.name),
                                sql::text(p.role), sql::nullIfEmpty(p.unitId)});
    }

    QSqlQuery meeting = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_meeting (analysis_id, id, position,"
                             " meeting_date, step, title, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.meetings.size(); ++i) {
        const AnalysisMeeting& m = a.meetings[i];
        sql::exec(meeting, {id, m.id, i, dateOrNull(m.date), m.step, sql::text(m.title),
                            sql::text(m.notes)});
    }

    QSqlQuery checklist = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_checklist_item (analysis_id, id, position,"
                             " text, done, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.checklist.size(); ++i) {
        const ChecklistItem& c = a.checklist[i];
        sql::exec(checklist, {id, c.id, i, sql::text(c.text), c.done ? 1 : 0, sql::text(c.note)});
    }

    QSqlQuery indicator = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_indicator (analysis_id, indicator_id,"
                             " judgement, handbook_type, note, taken_forward, conclusion,"
                             " cost_indicator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AnalysisIndicator& e : a.indicators) {
        sql::exec(indicator, {id, e.indicatorId, sql::text(judgementCode(e.judgement)),
                              sql::text(handbookTypeCode(e.handbookType)), sql::text(e.note),
                              e.takenForward ? 1 : 0, sql::text(e.conclusion),
                              sql::nullIfEmpty(e.costIndicatorId)});
    }

    QSqlQuery similar = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_similar_unit (analysis_id, unit_id, position)"
                             " VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < a.similarUnitIds.size(); ++i)
        sql::exec(similar, {id, a.similarUnitIds[i], i});

    QSqlQuery cause = sql::prepare(
        m_db, QStringLiteral("INSERT INTO cause (analysis_id, id, position, indicator_id,"
                             " category, text, root_cause) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.causes.size(); ++i) {
        const Cause& c = a.causes[i];
        sql::exec(cause, {id, c.id, i, sql::nullIfEmpty(c.indicatorId),
                          causeCategoryCode(c.category), sql::text(c.text), c.rootCause ? 1 : 0});
    }

    QSqlQuery chain = sql::prepare(
        m_db, QStringLiteral("INSERT INTO why_chain (analysis_id, id, position, indicator_id,"
                             " problem) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery answer = sql::prepare(
        m_db, QStringLiteral("INSERT INTO why_answer (analysis_id, chain_id, position, answer)"
                             " VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.whyChains.size(); ++i) {
        const WhyChain& w = a.whyChains[i];
        sql::exec(chain, {id, w.id, i, sql::nullIfEmpty(w.indicatorId), sql::text(w.problem)});
        for (qsizetype j = 0; j < w.answers.size(); ++j)
            sql::exec(answer, {id, w.id, j, sql::text(w.answers[j])});
    }

    QSqlQuery note = sql::prepare(
        m_db, QStringLiteral("INSERT INTO analysis_note (analysis_id, id, position, indicator_id,"
                             " source, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.sourceNotes.size(); ++i) {
        const SourceNote& n = a.sourceNotes[i];
        sql::exec(note, {id, n.id, i, sql::nullIfEmpty(n.indicatorId), sql::text(n.source),
                         sql::text(n.note)});
    }

    QSqlQuery proposal = sql::prepare(
        m_db, QStringLiteral("INSERT INTO proposal (analysis_id, id, position, indicator_id,"
                             " title, problem, goal, ongoing_work, suggested_actions, inspiration,"
                             " effect, effort, chosen)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery inspiration = sql::prepare(
        m_db, QStringLiteral("INSERT INTO proposal_inspiration_unit (analysis_id, proposal_id,"
                             " unit_id, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.proposals.size(); ++i) {
        const Proposal& p = a.proposals[i];
        sql::exec(proposal, {id, p.id, i, sql::nullIfEmpty(p.indicatorId), sql::text(p.title),
                             sql::text(p.problem), sql::text(p.goal), sql::text(p.ongoingWork),
                             sql::text(p.suggestedActions), sql::text(p.inspiration),
                             sql::text(ratingCode(p.effect)), sql::text(ratingCode(p.effort)),
                             p.chosen ? 1 : 0});
        for (qsizetype j = 0; j < p.inspirationUnitIds.size(); ++j)
            sql::exec(inspiration, {id, p.id, p.inspirationUnitIds[j], j});
    }

    QSqlQuery action =
        sql::prepare(m_db, QStringLiteral("INSERT INTO analysis_action (analysis_id, id, position,"
                                          " proposal_id, what, how, responsible, due_date,"
                                          " follow_up_frequency, if_not_met, status)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.actions.size(); ++i) {
        const PlannedAction& p = a.actions[i];
        sql::exec(action, {id, p.id, i, idOrNull(p.proposalId), sql::text(p.what), sql::text(p.how),
                           sql::text(p.responsible), dateOrNull(p.due),
                           sql::text(followUpFrequencyCode(p.frequency)), sql::text(p.ifNotMet),
                           actionStatusCode(p.status)});
    }

    QSqlQuery target =
        sql::prepare(m_db, QStringLiteral("INSERT INTO analysis_target (analysis_id, id, position,"
                                          " indicator_id, unit_id, year, gender, value, note)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.targets.size(); ++i) {
        const IndicatorTarget& t = a.targets[i];
        sql::exec(target, {id, t.id, i, t.indicatorId, t.unitId, t.year, genderCode(t.gender),
                           t.value, sql::text(t.note)});
    }

    QSqlQuery followUp = sql::prepare(
        m_db, QStringLiteral("INSERT INTO follow_up (analysis_id, id, position, action_id,"
                             " note_date, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.followUpNotes.size(); ++i) {
        const FollowUpNote& f = a.followUpNotes[i];
        sql::exec(followUp,
                  {id, f.id, i, idOrNull(f.actionId), dateOrNull(f.date), sql::text(f.note)});
    }
}

qint64 AnalysisRepository::idOf(const QString& uid)
{
    return sql::scalar(m_db, QStringLiteral("SELECT id FROM analysis WHERE uid = ?"), {uid})
        .toLongLong();
}

std::optional<Analysis> AnalysisRepository::load(qint64 analysisId)
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM analysis WHERE id = ?").arg(headerColumns),
                 {analysisId});
    if (!query.next())
        return std::nullopt;
    Analysis analysis = headerFromRow(query);
    query.finish();
    loadItems(analysis);
    return analysis;
}

void AnalysisRepository::loadItems(Analysis& a)
{
    const auto rows = [this, &a](const QString& statement) {
        return sql::run(m_db, statement, {a.id});
    };

    QSqlQuery q = rows(QStringLiteral("SELECT id, person_id, name, role, unit_id"
                                      " FROM analysis_participant WHERE analysis_id = ?"
                                      " ORDER BY position"));
    while (q.next()) {
        a.participants.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                               q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString()});
    }

    q = rows(QStringLiteral("SELECT id, meeting_date, step, title, notes FROM analysis_meeting"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.meetings.append({q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toInt(),
                           q.value(3).toString(), q.value(4).toString()});
    }

    q = rows(QStringLiteral("SELECT id, text, done, note FROM analysis_checklist_item"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.checklist.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(),
                            q.value(3).toString()});
    }

    q = rows(QStringLiteral("SELECT indicator_id, judgement, handbook_type, note, taken_forward,"
                            " conclusion, cost_indicator_id FROM analysis_indicator"
                            " WHERE analysis_id = ? ORDER BY indicator_id"));
    while (q.next()) {
        a.indicators.append({q.value(0).toString(), judgementFromCode(q.value(1).toString()),
                             handbookTypeFromCode(q.value(2).toString()), q.value(3).toString(),
                             q.value(4).toBool(), q.value(5).toString(), q.value(6).toString()});
    }

    q = rows(QStringLiteral("SELECT unit_id FROM analysis_similar_unit WHERE analysis_id = ?"
                            " ORDER BY position"));
    while (q.next())
        a.similarUnitIds.append(q.value(0).toString());

    q = rows(QStringLiteral("SELECT id, indicator_id, category, text, root_cause FROM cause"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.causes.append({q.value(0).toLongLong(), q.value(1).toString(),
                         causeCategoryFromCode(q.value(2).toString()), q.value(3).toString(),
                         q.value(4).toBool()});
    }

    q = rows(QStringLiteral("SELECT c.id, c.indicator_id, c.problem, w.answer"
                            " FROM why_chain c LEFT JOIN why_answer w"
                            " ON w.analysis_id = c.analysis_id AND w.chain_id = c.id"
                            " WHERE c.analysis_id = ? ORDER BY c.position, w.position"));
    while (q.next()) {
        const qint64 chainId = q.value(0).toLongLong();
        if (a.whyChains.isEmpty() || a.whyChains.constLast().id != chainId)
            a.whyChains.append({chainId, q.value(1).toString(), q.value(2).toString(), {}});
        if (!q.value(3).isNull())
            a.whyChains.last().answers.append(q.value(3).toString());
    }

    q = rows(QStringLiteral("SELECT id, indicator_id, source, note FROM analysis_note"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.sourceNotes.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString()});
    }

    q = rows(QStringLiteral("SELECT id, indicator_id, title, problem, goal, ongoing_work,"
                            " suggested_actions, inspiration, effect, effort, chosen"
                            " FROM proposal WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        Proposal p;
        p.id = q.value(0).toLongLong();
        p.indicatorId = q.value(1).toString();
        p.title = q.value(2).toString();
        p.problem = q.value(3).toString();
        p.goal = q.value(4).toString();
        p.ongoingWork = q.value(5).toString();
        p.suggestedActions = q.value(6).toString();
        p.inspiration = q.value(7).toString();
        p.effect = ratingFromCode(q.value(8).toString());
        p.effort = ratingFromCode(q.value(9).toString());
        p.chosen = q.value(10).toBool();
        a.proposals.append(p);
    }
    q = rows(QStringLiteral("SELECT proposal_id, unit_id FROM proposal_inspiration_unit"
                            " WHERE analysis_id = ? ORDER BY proposal_id, position"));
    while (q.next()) {
        const qint64 proposalId = q.value(0).toLongLong();
        for (Proposal& p : a.proposals) {
            if (p.id == proposalId)
                p.inspirationUnitIds.append(q.value(1).toString());
        }
    }

    q = rows(QStringLiteral("SELECT id, proposal_id, what, how, responsible, due_date,"
                            " follow_up_frequency, if_not_met, status FROM analysis_action"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        PlannedAction p;
        p.id = q.value(0).toLongLong();
        p.proposalId = q.value(1).toLongLong();
        p.what = q.value(2).toString();
        p.how = q.value(3).toString();
        p.responsible = q.value(4).toString();
        p.due = dateFrom(q.value(5));
        p.frequency = followUpFrequencyFromCode(q.value(6).toString());
        p.ifNotMet = q.value(7).toString();
        p.status = actionStatusFromCode(q.value(8).toString());
        a.actions.append(p);
    }

    q = rows(QStringLiteral("SELECT id, indicator_id, unit_id, year, gender, value, note"
                            " FROM analysis_target WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.targets.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt(),
                          genderFromCode(q.value(4).toString()).value_or(Gender::Total),
                          q.value(5).toDouble(), q.value(6).toString()});
    }

    q = rows(QStringLiteral("SELECT id, action_id, note_date, note FROM follow_up"
                            " WHERE analysis_id = ? ORDER BY position"));
    while (q.next()) {
        a.followUpNotes.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                dateFrom(q.value(2)), q.value(3).toString()});
    }
}

QList<Analysis> AnalysisRepository::list()
{
    QSqlQuery query =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM analysis ORDER BY updated_at DESC, id DESC")
                           .arg(headerColumns));
    QList<Analysis> analyses;
    while (query.next())
        analyses.append(headerFromRow(query));
    return analyses;
}

bool AnalysisRepository::remove(qint64 analysisId)
{
    Transaction transaction(m_db);
    // The foreign keys cascade, but deleting explicitly does not depend on PRAGMA foreign_keys.
    deleteItems(analysisId);
    const int removed =
        sql::run(m_db, QStringLiteral("DELETE FROM analysis WHERE id = ?"), {analysisId})
            .numRowsAffected();
    transaction.commit();
    return removed > 0;
}

} // namespace jamfor
