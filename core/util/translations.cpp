// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jamfor {

QString resolveLanguage(const QString& choice)
{
    if (choice == u"sv" || choice == u"en")
        return choice;
    return QLocale::system().language() == QLocale::Swedish ? QStringLiteral("sv")
                                                            : QStringLiteral("en");
}

void installTranslations(const QString& language)
{
    QLocale::setDefault(QLocale(language == u"sv" ? QLocale::Swedish : QLocale::English,
                                language == u"sv" ? QLocale::Sweden : QLocale::UnitedKingdom));
    // Translators live as long as the application; they are parented to it.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/jamfor_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own dialogs and buttons: Debian ships Swedish as qt_sv.qm, others as qtbase_*.qm.
    auto* qt = new QTranslator(QCoreApplication::instance());
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), folder) ||
        qt->load(QStringLiteral("qt_%1").arg(language), folder))
        QCoreApplication::installTranslator(qt);
    // The standard buttons of Qt 6 (OK, Cancel, Close) for when Qt's own catalogue lacks them.
    auto* buttons = new QTranslator(QCoreApplication::instance());
    if (buttons->load(QStringLiteral(":/i18n/qt_extra_%1.qm").arg(language)))
        QCoreApplication::installTranslator(buttons);
}

} // namespace jamfor
