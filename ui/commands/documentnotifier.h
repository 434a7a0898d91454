// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace jamfor {

// The one path by which views learn that the open file changed. Undo commands emit these signals
// after every write (do, undo and redo alike), the main window after every import, the analysis
// workspace after every change of an analysis; models and views listen and reload, never poll.
class DocumentNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // A network was created, changed, deleted or restored. networkId names it (0: unknown), so
    // that a view can show the network an undo just changed.
    void networksChanged(qint64 networkId);
    // An indicator was created, changed or removed; indicatorId names it.
    void indicatorsChanged(const QString& indicatorId);
    // An import stored figures (files, own figures, a Kolada download). It may also have added
    // indicators, areas and saved groups (Kolada's municipality groups).
    void observationsImported();
    // The open analysis changed or another one was opened (0: none is open).
    void analysisChanged(qint64 analysisId);
};

} // namespace jamfor
