// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/appsettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace jamfor {

namespace {
const QString recentFilesKey = QStringLiteral("files/recent");
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString populationKey = QStringLiteral("analysis/defaultPopulation");
} // namespace

QStringList AppSettings::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(recentFilesKey, files);
}

QString AppSettings::language() const
{
    return QSettings().value(languageKey).toString();
}

QString AppSettings::interfaceLanguage() const
{
    const QString chosen = language();
    if (chosen == u"sv" || chosen == u"en")
        return chosen;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("sv");
}

QString AppSettings::defaultPopulation() const
{
    const QString population = QSettings().value(populationKey).toString();
    if (population == u"country" || population == u"county")
        return population;
    return QStringLiteral("network");
}

void AppSettings::setDefaultPopulation(const QString& population)
{
    QSettings().setValue(populationKey, population);
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(languageKey, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

} // namespace jamfor
