// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor: the desktop application.
#include "core/util/translations.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jamfor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Jämför"));
    QApplication::setOrganizationName(QStringLiteral("Jamfor"));
    QApplication::setApplicationVersion(QStringLiteral(JAMFOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("se.jamfor.Jamfor"));

    jamfor::installTranslations(jamfor::AppSettings().interfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Compare municipalities' results and work through the handbook's five steps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the example network."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("FILE.jamfor"),
                                 QApplication::translate("main", "The file to open."));
    parser.process(app);

    jamfor::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(demoOption)) {
        window.openDemo();
    } else if (!files.isEmpty()) {
        window.openFile(files.constFirst());
    } else if (jamfor::AppSettings().recentFiles().isEmpty()) {
        // First start: offer the example network once the window is on screen.
        QTimer::singleShot(0, &window, &jamfor::MainWindow::offerDemo);
    }
    return app.exec();
}
