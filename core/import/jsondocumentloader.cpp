// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/jsondocumentloader.h"

#include "core/util/error.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringDecoder>

namespace jamfor {

QJsonDocument JsonDocumentLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > maximumSize)
        throw Error(tr("%1: the JSON file is larger than %2 MB; fetch it in smaller pages")
                        .arg(path)
                        .arg(maximumSize / (1024 * 1024)));
    return parse(path, file.readAll());
}

QJsonDocument JsonDocumentLoader::parse(const QString& path, QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE);
        bytes = QString(decoder(QByteArrayView(bytes).sliced(2))).toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return document;

    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    const qsizetype lineStart = offset == 0 ? 0 : bytes.lastIndexOf('\n', offset - 1) + 1;
    const qint64 line = bytes.left(offset).count('\n') + 1;
    const qint64 column = QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size() + 1;

    QString hint;
    const QByteArray around = bytes.mid(std::max<qsizetype>(0, offset - 12), 24);
    qsizetype end = bytes.size();
    while (end > 0 && QByteArrayView(" \t\r\n").contains(bytes[end - 1]))
        --end;
    if (around.contains("NaN") || around.contains("Infinity") || around.contains("nan")) {
        hint = tr(" (NaN and Infinity are not JSON numbers; a missing value is written null)");
    } else if (offset >= end || error.error == QJsonParseError::UnterminatedObject ||
               error.error == QJsonParseError::UnterminatedArray ||
               error.error == QJsonParseError::UnterminatedString) {
        hint = tr(" (the file ends in the middle of the JSON: is the download truncated?)");
    }
    throw Error(tr("%1, line %2, column %3: the JSON is not valid: %4%5")
                    .arg(path)
                    .arg(line)
                    .arg(column)
                    .arg(error.errorString(), hint));
}

QString JsonDocumentLoader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QJsonArray JsonDocumentLoader::items(const QString& path, const QJsonDocument& document)
{
    if (document.isArray())
        return document.array();
    const QJsonValue values = document.object().value(QStringLiteral("values"));
    if (!document.isObject() || !values.isArray())
        throw Error(tr("%1: this JSON is not a Kolada response: expected an object with a "
                       "\"values\" list")
                        .arg(path));
    return values.toArray();
}

ImportFormat JsonDocumentLoader::kindOf(const QString& path, const QJsonDocument& document)
{
    const QJsonArray list = items(path, document);
    if (list.isEmpty() || !list.first().isObject())
        return ImportFormat::KoladaJson; // the data reader says what is wrong
    const QJsonObject first = list.first().toObject();
    if (first.contains(QStringLiteral("kpi")) || first.contains(QStringLiteral("municipality")))
        return ImportFormat::KoladaJson;
    // Kolada's groups have ids G…; a KPI never does. A group without members is still a group
    // (and refused by the group reader, naming what is missing).
    static const QRegularExpression groupId(QStringLiteral("^G2?(KPI)?[0-9]+$"));
    const QString firstId = first.value(QStringLiteral("id")).toString();
    if (first.contains(QStringLiteral("members")) || groupId.match(firstId).hasMatch()) {
        const QString id = firstId;
        if (id.startsWith(QStringLiteral("GKPI")) || id.startsWith(QStringLiteral("G2KPI")))
            throw Error(tr("%1: this is a list of Kolada's KPI groups (such as %2), which hold no "
                           "values; fetch a group's indicators from Kolada instead")
                            .arg(path, id.left(40)));
        return ImportFormat::KoladaGroupJson;
    }
    if (first.contains(QStringLiteral("id")) && first.contains(QStringLiteral("title"))) {
        if (first.contains(QStringLiteral("type")) &&
            !first.contains(QStringLiteral("operating_area")))
            throw Error(tr("%1: this is Kolada's list of municipalities, not KPI data or KPI "
                           "descriptions")
                            .arg(path));
        return ImportFormat::KoladaKpiJson;
    }
    return ImportFormat::KoladaJson;
}

} // namespace jamfor
