// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QString>
#include <memory>
#include <ostream>

// Shared by the render suites (test_render_charts, test_axisticks).

// Lets Boost.Test print Qt values in failure messages.
inline std::ostream& boost_test_print_type(std::ostream& out, const QString& text)
{
    return out << '"' << text.toStdString() << '"';
}

inline std::ostream& boost_test_print_type(std::ostream& out, const QColor& colour)
{
    return out << colour.name().toStdString();
}

// Boost.Test global fixture (BOOST_TEST_GLOBAL_FIXTURE in each suite). The charts need a
// QGuiApplication for their fonts, nothing more (run with QT_QPA_PLATFORM=offscreen). Numbers
// are Swedish, as in the app.
struct GuiApplicationFixture
{
    GuiApplicationFixture()
    {
        static int argc = 1;
        static char name[] = "jamfor-render-test";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    }
    std::unique_ptr<QGuiApplication> app;
};
