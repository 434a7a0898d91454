// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/userguidedialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jamfor {

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("User guide – Jämför"));
    resize(900, 680);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    // Links are followed here: the table of contents points at headings, which the Markdown
    // reader gives no anchors, and web addresses open in the web browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.hasFragment() && url.path().isEmpty())
            scrollToHeading(url.fragment());
        else
            QDesktopServices::openUrl(url);
    });
    QFile guide(QStringLiteral(":/jamfor/docs/anvandarguide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this installation."));
    layout->addWidget(m_browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString UserGuideDialog::headingAnchor(const QString& heading)
{
    // The anchors GitHub makes of headings: lower case, punctuation dropped, spaces to hyphens.
    QString anchor = heading.toLower();
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    anchor.remove(punctuation);
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

bool UserGuideDialog::scrollToHeading(const QString& anchor)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && headingAnchor(block.text()) == anchor) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            // Put the heading at the top rather than just inside the view.
            m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
            m_browser->ensureCursorVisible();
            return true;
        }
    }
    return false;
}

void UserGuideDialog::showAbout(QWidget* parent)
{
    // The main window's texts, kept in its translation context.
    QMessageBox::about(
        parent, QCoreApplication::translate("jamfor::MainWindow", "About Jämför"),
        QCoreApplication::translate(
            "jamfor::MainWindow",
            "<b>Jämför</b> %1<p>Compare your municipality's results with your network and the "
            "country, and work through the five steps of the handbook for Öppna jämförelser.</p>"
            "<p>Figures from Kolada are credited \"Källa: Kolada\".</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace jamfor
