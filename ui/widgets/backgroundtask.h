// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace jamfor {

// Runs work on a thread of its own so that the window keeps drawing and answering. When the
// work takes longer than half a second a progress dialog appears; with a cancel flag it has a
// Cancel button that sets the flag, which the work checks between steps.
// A SQLite connection belongs to the thread that opened it: the work opens its own.
class BackgroundTask
{
public:
    using Work = std::function<void(const std::atomic_bool& cancelled)>;

    // Returns false when the user cancelled. A jamfor::Error thrown by the work is thrown again
    // here, on the calling thread.
    static bool run(QWidget* parent, const QString& label, const Work& work, bool cancellable);
};

} // namespace jamfor
