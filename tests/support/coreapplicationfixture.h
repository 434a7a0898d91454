// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <memory>

// Boost.Test global fixture: Qt's SQL and text classes want a QCoreApplication.
struct CoreApplicationFixture
{
    CoreApplicationFixture()
    {
        static int argc = 1;
        static char name[] = "jamfor-test";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    std::unique_ptr<QCoreApplication> app;
};
