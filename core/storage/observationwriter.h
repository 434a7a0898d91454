// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/observation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace jamfor {

// Writes observations one at a time inside the caller's transaction, reusing prepared statements.
class ObservationWriter
{
public:
    enum class Outcome
    {
        Inserted,
        Unchanged,
        Conflict,
        Replaced
    };
    enum class OnConflict
    {
        Report,
        Replace
    };

    ObservationWriter(QSqlDatabase& db, qint64 batchId);

    // Inserts the observation. When one with the same key is stored: Unchanged if it is equal,
    // else Conflict (nothing written, stored copy in *stored) or, with Replace, Replaced.
    Outcome write(const Observation& observation, OnConflict onConflict = OnConflict::Report,
                  Observation* stored = nullptr);

private:
    qint64 m_batchId;
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QSqlQuery m_replace;
};

} // namespace jamfor
