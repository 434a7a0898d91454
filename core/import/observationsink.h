// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QString>

namespace jamfor {

// Where a value was read: for tables the line (CSV) or row (XLSX) and the 0-based column; for
// Kolada JSON the index of the item and of the value inside it. Turned into text ("line 7",
// "Blad1!C7", "values[3].values[1]") only when a message needs it.
struct SourceLocation
{
    qint64 row = 0;
    int column = -1;
};

// Receives what a reader finds in a file. The import session writes it to the database; a
// locator reads the file a second time to find where a key first appeared.
class ObservationSink
{
public:
    virtual ~ObservationSink() = default;

    virtual void add(const Observation& observation, const SourceLocation& location) = 0;
    // The source withdraws a value (Kolada's isdeleted): the stored value with this key, if
    // any, is to be removed.
    virtual void remove(const Observation& key, const SourceLocation& location)
    {
        Q_UNUSED(key);
        Q_UNUSED(location);
    }
    // The file names an indicator's title (e.g. a "Nyckeltal" column); used when it is new.
    virtual void describeIndicator(const QString& id, const QString& title)
    {
        Q_UNUSED(id);
        Q_UNUSED(title);
    }
    // How far the reader has come, in its own units; see ImportProgress.
    virtual void progress(qint64 done, qint64 total)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
    }
};

} // namespace jamfor
