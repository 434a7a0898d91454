// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace jamfor {

// Loads a JSON file with QJsonDocument and turns a parse error's byte offset into a line and
// column, with a hint for the usual causes (a truncated download, NaN or Infinity tokens).
class JsonDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(JsonDocumentLoader)

public:
    // A JSON document is held in memory whole; larger files are refused.
    static constexpr qint64 maximumSize = 256LL * 1024 * 1024;

    static QJsonDocument load(const QString& path);
    static QJsonDocument parse(const QString& path, QByteArray bytes);

    // The items of a Kolada response: {"values": [...]} or a bare list. Throws otherwise.
    static QJsonArray items(const QString& path, const QJsonDocument& document);
    // Data (kpi, municipality, period, values) or KPI metadata (id, title, ...), told by the
    // first item. Throws for other Kolada lists (municipalities, groups).
    static ImportFormat kindOf(const QString& path, const QJsonDocument& document);
    // "a string", "a number", "null", ... for messages about wrong types.
    static QString typeName(const QJsonValue& value);
};

} // namespace jamfor
