// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace jamfor {

// The observations of one import batch, for copying a file's batches into another file (import
// from another Jämför file, Skicka analys).
class BatchObservations
{
public:
    explicit BatchObservations(QSqlDatabase& db)
        : m_db(db)
    {}

    // Calls visit for every observation of the batch, ordered by the key. With indicatorIds,
    // only those of the listed indicators (read through the key, one seek per indicator).
    void forEach(qint64 batchId, const std::optional<QStringList>& indicatorIds,
                 const std::function<void(const Observation&)>& visit);
    // Deletes a batch that no observation refers to (one that brought nothing new). Throws
    // jamfor::Error when observations still refer to it.
    void removeUnused(qint64 batchId);

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
