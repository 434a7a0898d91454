// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jamfor {

// Facts about the file itself, e.g. whether it holds the invented example data.
class FileInfoRepository
{
public:
    explicit FileInfoRepository(QSqlDatabase& db)
        : m_db(db)
    {}

    void set(const QString& key, const QString& value);
    QString get(const QString& key, const QString& fallback = {});

    // The demo network's values are invented; every view and report must say so.
    bool isExampleData();
    void markAsExampleData();

private:
    QSqlDatabase& m_db;
};

} // namespace jamfor
