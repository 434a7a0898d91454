// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QVBoxLayout;
class QWidget;

namespace jamfor {

// The building blocks every slide shares: a page with the step above its title, numbered and
// bulleted lists and framed boxes. All texts get a PresentationStyle role; none takes focus,
// so the keys always reach the presentation.
class SlideLayouts
{
public:
    // An empty slide with the kicker (may be empty) and title; content receives the layout
    // below the title.
    static QWidget* page(const QString& kicker, const QString& title, QVBoxLayout** content);
    // Large numbered items (the discussion questions).
    static QWidget* numberedList(const QStringList& items);
    // Items with a mark in front ("•", "☐", ...), in body text.
    static QWidget* markedList(const QStringList& items, const QString& mark);
    // The same with a mark of its own for each item (marks[i] before items[i]).
    static QWidget* markedList(const QStringList& items, const QStringList& marks);
    // A framed box with a heading and lines; the hint (muted) shows when there are no lines.
    // It grows with the room it gets (a grid of boxes fills the slide).
    static QWidget* box(const QString& heading, const QStringList& lines, const QString& hint);
};

} // namespace jamfor
