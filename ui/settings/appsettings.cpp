// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace jamfor {

namespace {
const QString recentFilesKey = QStringLiteral("files/recent");
const QString languageKey = QStringLiteral("ui/language");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
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
    // Swedish is the primary language: a new installation starts in Swedish.
    return QSettings().value(languageKey, QStringLiteral("sv")).toString();
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
