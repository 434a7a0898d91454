// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QLabel;
class QWidget;

namespace jamfor {

// Fonts and colours of the presentation. Text sizes follow the window's height so that a slide
// reads the same from the back of a room on a projector of any resolution: at 768 pixels the
// title is 40 px and the body 26 px.
class PresentationStyle
{
public:
    // What a text is on a slide; stored on the widget so resizing can set its font again.
    enum class Role
    {
        Hero,     // the network's name on the title slide
        Title,    // the slide's title
        Kicker,   // the step above the title
        Question, // a discussion question
        Body,     // running text
        Table,    // cells of a table
        BoxHeading,
        BoxText,
        Small, // notes under a table or chart
        Footer,
        FooterStrong, // the example-data label
        Button
    };

    // The height the base sizes are given for.
    static constexpr int referenceHeight = 768;

    static int pixelSize(Role role, int windowHeight);
    static QFont font(Role role, int windowHeight);

    // Marks the widget with the role; applyFonts() gives it its font.
    static void setRole(QWidget* widget, Role role);
    // Gives every widget with a role below root (and root itself) its font for the height.
    static void applyFonts(QWidget* root, int windowHeight);

    // A word-wrapped label with the role, not taking keyboard focus.
    static QLabel* label(const QString& text, Role role, QWidget* parent);

    static QColor background();
    static QColor text();
    static QColor mutedText();
    static QColor accent();      // titles and numbers: dark blue
    static QColor accentLight(); // bands behind headings
    static QColor exampleData(); // the example-data label
    static QColor footerBackground();
};

} // namespace jamfor
