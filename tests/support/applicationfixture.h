// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QStandardPaths>
#include <memory>

// Boost.Test global fixture for widget tests (run with QT_QPA_PLATFORM=offscreen). Settings and
// data folders go to Qt's test locations so that tests never touch the user's own.
struct ApplicationFixture
{
    ApplicationFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        static int argc = 1;
        static char name[] = "jamfor-ui-test";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("JamforTest"));
        QApplication::setApplicationName(QStringLiteral("jamfor-ui-test"));
    }
    std::unique_ptr<QApplication> app;
};
