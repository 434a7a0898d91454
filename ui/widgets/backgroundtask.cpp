// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/backgroundtask.h"

#include "core/util/error.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <memory>
#include <optional>

namespace jamfor {

bool BackgroundTask::run(QWidget* parent, const QString& label, const Work& work, bool cancellable)
{
    std::atomic_bool cancelled = false;
    std::optional<Error> failure;
    std::exception_ptr unexpected;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(cancelled);
        } catch (const Error& error) {
            failure = error;
        } catch (...) {
            unexpected = std::current_exception();
        }
    }));

    QProgressDialog progress(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    if (!cancellable)
        progress.setCancelButton(nullptr);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    progress.setValue(0); // starts the half-second clock
    loop.exec();
    thread->wait();
    // Closing a progress dialog that is showing emits canceled(); the work is done by now, so
    // that must not count as the user's cancel.
    QObject::disconnect(&progress, &QProgressDialog::canceled, nullptr, nullptr);
    progress.close();

    if (unexpected)
        std::rethrow_exception(unexpected);
    if (failure)
        throw *failure;
    return !cancelled;
}

} // namespace jamfor
