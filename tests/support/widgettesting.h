// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>
#include <QWidget>
#include <boost/test/unit_test.hpp>

// Helpers for the GUI tests (tests/ui only: they need Qt Widgets).
namespace widgettesting {

// The child widget (or action) with the object name; the test stops when there is none.
template <typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    BOOST_REQUIRE_MESSAGE(found, "no child " << name);
    return found;
}

// Saves a picture of the widget as NAME.png in $JAMFOR_SCREENSHOT_DIR, when it is set.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("JAMFOR_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    BOOST_TEST(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace widgettesting
