// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jamfor {

// Typed access to the user's settings (QSettings); each key is declared once, here.
class AppSettings
{
public:
    static constexpr int maximumRecentFiles = 8;

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); // moves it first, keeps the list short
    void removeRecentFile(const QString& path);

    QString language() const; // "sv", "en" or "" (follow the system)
    void setLanguage(const QString& language);
    // The language to show: the setting, else the system's when it is Swedish or English, else
    // Swedish, the primary language.
    QString interfaceLanguage() const;

    // The population a comparison starts with: "network", "country" or "county".
    QString defaultPopulation() const;
    void setDefaultPopulation(const QString& population);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
};

} // namespace jamfor
