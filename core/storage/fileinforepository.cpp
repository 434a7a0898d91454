// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/fileinforepository.h"

#include "core/storage/sqlhelpers.h"

namespace jamfor {

namespace {
const QString exampleDataKey = QStringLiteral("example_data");
}

void FileInfoRepository::set(const QString& key, const QString& value)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO file_info (key, value) VALUES (?, ?)"
                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key, value});
}

QString FileInfoRepository::get(const QString& key, const QString& fallback)
{
    const QVariant value =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM file_info WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

bool FileInfoRepository::isExampleData()
{
    return get(exampleDataKey) == u"1";
}

void FileInfoRepository::markAsExampleData()
{
    set(exampleDataKey, QStringLiteral("1"));
}

} // namespace jamfor
