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
    // Zip archives: an .xlsx workbook is one (local file header, or an empty archive).
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return ImportFormat::Xlsx;
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
                           "expected CSV, XLSX or Kolada JSON")
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
                           "first %3 bytes); expected CSV, XLSX or Kolada JSON")
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
        throw Error(tr("%1: this is an XML document; expected CSV, XLSX or Kolada JSON").arg(path));
    if (start.startsWith("{") || start.startsWith("["))
        return ImportFormat::KoladaJson;
    return ImportFormat::Csv;
}

} // namespace jamfor
