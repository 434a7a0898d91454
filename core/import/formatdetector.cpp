// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/formatdetector.h"

#include "core/util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace jamfor {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// The first non-blank characters of the text, lower-cased, decoded from UTF-16 when the file
// starts with a UTF-16 byte order mark.
QByteArray textStart(const QByteArray& head)
{
    QByteArray text = head;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        text = QString(decoder(QByteArrayView(head).sliced(2))).toUtf8();
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        text = head.sliced(3);
    }
    qsizetype start = 0;
    while (start < text.size() && isBlank(text[start]))
        ++start;
    return text.sliced(start).left(256).toLower();
}

quint32 littleEndian(const QByteArray& bytes, qsizetype at, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// What kind of zip the first local file headers tell: ODS when its first part is the
// "mimetype" of an OpenDocument spreadsheet (or when it has content.xml), XLSX when a part
// lies under xl/ or is [Content_Types].xml; otherwise the file name decides.
ImportFormat zipKind(const QString& path, const QByteArray& head)
{
    qsizetype at = 0;
    for (int entry = 0; entry < 64 && at + 30 <= head.size(); ++entry) {
        if (littleEndian(head, at, 4) != 0x04034b50)
            break;
        const quint32 method = littleEndian(head, at + 8, 2);
        const quint32 packed = littleEndian(head, at + 18, 4);
        const qsizetype nameLength = littleEndian(head, at + 26, 2);
        const qsizetype extraLength = littleEndian(head, at + 28, 2);
        if (at + 30 + nameLength > head.size())
            break;
        const QByteArray name = head.mid(at + 30, nameLength);
        const qsizetype data = at + 30 + nameLength + extraLength;
        if (name == "mimetype" && method == 0) {
            const QByteArray type = head.mid(data, qMin<qsizetype>(packed, 100)).trimmed();
            if (type == "application/vnd.oasis.opendocument.spreadsheet" ||
                type == "application/vnd.oasis.opendocument.spreadsheet-template")
                return ImportFormat::Ods;
            if (type.startsWith("application/vnd.oasis.opendocument."))
                throw Error(FormatDetector::tr("%1: this is an OpenDocument file but not a "
                                               "spreadsheet (%2); save the table from "
                                               "LibreOffice Calc as .ods, .xlsx or CSV")
                                .arg(path, QString::fromLatin1(type.mid(35))));
        }
        if (name == "content.xml")
            return ImportFormat::Ods;
        if (name.startsWith("xl/") || name == "[Content_Types].xml")
            return ImportFormat::Xlsx;
        // A part whose size is only in the data descriptor after it ends the walk.
        if (littleEndian(head, at + 6, 2) & 0x08)
            break;
        at = data + qsizetype(packed);
    }
    if (path.endsWith(QStringLiteral(".ods"), Qt::CaseInsensitive) ||
        path.endsWith(QStringLiteral(".ots"), Qt::CaseInsensitive))
        return ImportFormat::Ods;
    return ImportFormat::Xlsx;
}

} // namespace

ImportFormat FormatDetector::detect(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw Error(tr("%1: there is no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, file.errorString()));
    return detect(path, file.read(sampleSize), file.size());
}

ImportFormat FormatDetector::detect(const QString& path, const QByteArray& head, qint64 fileSize)
{
    if (fileSize == 0 || head.isEmpty())
        throw Error(tr("%1: the file is empty").arg(path));

    const bool namedXlsx = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    // Zip archives: an .xlsx workbook or an .ods spreadsheet (local file header, or an empty
    // archive).
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return zipKind(path, head);
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        throw Error(tr("%1: this is an Excel 97–2003 workbook (.xls) or another old Office file; "
                       "open it in a spreadsheet program, save it as .xlsx or CSV and import "
                       "that")
                        .arg(path));
    if (head.startsWith("%PDF"))
        throw Error(tr("%1: this is a PDF document, not a table").arg(path));
    if (head.startsWith("\x1F\x8B") || head.startsWith("BZh") || head.startsWith("7z\xBC\xAF"))
        throw Error(tr("%1: this is a compressed file; unpack it first").arg(path));

    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    const QByteArray start = textStart(head);
    if (start.isEmpty())
        throw Error(tr("%1: the file is empty (it holds only blank lines)").arg(path));

    if (!utf16) {
        // Text has no NUL bytes; most binary formats have many.
        const qsizetype nul = head.indexOf('\0');
        if (nul >= 0)
            throw Error(tr("%1: this is a binary file, not text (byte %2 is a NUL byte); "
                           "expected CSV, XLSX, ODS or Kolada JSON")
                            .arg(path)
                            .arg(nul + 1));
        qsizetype control = 0;
        for (const char c : head) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 && !isBlank(c))
                ++control;
        }
        if (control * 20 > head.size())
            throw Error(tr("%1: this is a binary file, not text (%2 control characters in the "
                           "first %3 bytes); expected CSV, XLSX, ODS or Kolada JSON")
                            .arg(path)
                            .arg(control)
                            .arg(head.size()));
    }

    if (start.startsWith("<!doctype html") || start.startsWith("<html") ||
        start.startsWith("<head") || start.startsWith("<body") || start.startsWith("<table") ||
        (start.startsWith("<") && start.contains("<html"))) {
        if (namedXlsx)
            throw Error(tr("%1: this is an HTML web page, not an Excel workbook, although the "
                           "name ends in .xlsx (a page saved from a web browser or an error "
                           "page from a download?)")
                            .arg(path));
        throw Error(tr("%1: this is an HTML web page, not a table").arg(path));
    }
    if (start.startsWith("<"))
        throw Error(
            tr("%1: this is an XML document; expected CSV, XLSX, ODS or Kolada JSON").arg(path));
    if (start.startsWith("{") || start.startsWith("["))
        return ImportFormat::KoladaJson;
    return ImportFormat::Csv;
}

} // namespace jamfor
