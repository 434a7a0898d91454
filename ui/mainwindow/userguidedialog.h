// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace jamfor {

// Help > User guide: the Swedish user guide (docs/anvandarguide.md, built into the program).
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    // Shows the heading whose anchor (as in the guide's table of contents) is given.
    bool scrollToHeading(const QString& anchor);
    static QString headingAnchor(const QString& heading);

    // Help > About.
    static void showAbout(QWidget* parent);

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace jamfor
