// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jamfor {

// Stores analyses with everything the group recorded in the five steps.
class AnalysisRepository
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisRepository)

public:
    explicit AnalysisRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    // Inserts a new analysis (its id must be 0) with all its items, in one transaction. Sets
    // the id, createdAt (unless already set) and updatedAt of the argument; returns the id.
    qint64 create(Analysis& analysis);
    // Inserts (id 0) or replaces the stored analysis and every item in it, in one transaction.
    // Sets id, createdAt and updatedAt. Throws jamfor::Error when the analysis no longer exists
    // or the file refuses a value (for instance an indicator that is not in the file).
    // Times::Kept stores the analysis's own updatedAt (an analysis brought from another file
    // keeps the time of its last edit); Times::Now stamps the time of saving. A missing uid
    // is created.
    enum class Times
    {
        Now,
        Kept
    };
    qint64 save(Analysis& analysis, Times times = Times::Now);
    // The id of the analysis with this uid in this file, 0 when there is none.
    qint64 idOf(const QString& uid);
    // The whole analysis, or nullopt when there is none with this id.
    std::optional<Analysis> load(qint64 analysisId);
    // Every analysis without its items (the header fields only), most recently changed first.
    QList<Analysis> list();
    // Deletes the analysis and everything in it. Returns false when there was none.
    bool remove(qint64 analysisId);

private:
    void insertHeader(Analysis& analysis);
    void updateHeader(const Analysis& analysis);
    void deleteItems(qint64 analysisId);
    void insertItems(const Analysis& analysis);
    void loadItems(Analysis& analysis);

    QSqlDatabase& m_db;
};

} // namespace jamfor
