// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/csvtablereader.h"

#include "util/error.h"

#include <QStringDecoder>

namespace jamfor {

CsvTableReader::CsvTableReader(const QString& path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, m_file.errorString()));
}

void CsvTableReader::fail(const QString& what) const
{
    throw Error(tr("%1, line %2: %3").arg(m_path).arg(m_recordLine).arg(what));
}

bool CsvTableReader::readLine(QByteArray& line)
{
    if (m_file.atEnd())
        return false;
    // One reused buffer: QIODevice::readLine(qint64) would allocate its maximum for every line.
    if (m_buffer.isEmpty())
        m_buffer.resize(maximumFieldLength * 4 + 1);
    const qint64 length = m_file.readLine(m_buffer.data(), m_buffer.size());
    if (length < 0)
        return false;
    line = QByteArray::fromRawData(m_buffer.constData(), length);
    line.detach();
    ++m_line;
    if (!line.endsWith('\n') && !m_file.atEnd())
        fail(tr("the line is longer than %1 characters").arg(maximumFieldLength * 4));
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

QStringList CsvTableReader::readHeader()
{
    QByteArray peek = m_file.peek(4096);
    if (peek.startsWith("\xEF\xBB\xBF"))
        m_file.read(3);
    peek = m_file.peek(4096);
    const qsizetype end = peek.indexOf('\n');
    const QByteArray firstLine = end < 0 ? peek : peek.left(end);
    if (firstLine.contains(';'))
        m_delimiter = ';';
    else if (firstLine.contains('\t'))
        m_delimiter = '\t';
    else
        m_delimiter = ',';

    QStringList header;
    if (!readRecord(header)) {
        m_recordLine = 1;
        fail(tr("the file is empty"));
    }
    for (QString& name : header)
        name = name.trimmed();
    return header;
}

bool CsvTableReader::readRecord(QStringList& fields)
{
    fields.clear();
    QByteArray line;
    // Skip blank lines between records.
    do {
        if (!readLine(line))
            return false;
    } while (line.trimmed().isEmpty());
    m_recordLine = m_line;

    QByteArray field;
    bool quoted = false;
    qsizetype i = 0;
    auto decode = [this](const QByteArray& bytes) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            fail(tr("the text is not valid UTF-8"));
        return text;
    };
    for (;;) {
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A quoted field continues on the next physical line.
            field += '\n';
            if (!readLine(line))
                fail(tr("a quoted field is not closed before the end of the file"));
            i = 0;
            continue;
        }
        const char c = line[i++];
        if (quoted) {
            if (c == '"') {
                if (i < line.size() && line[i] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty()) {
            quoted = true;
        } else if (c == m_delimiter) {
            fields.append(decode(field));
            field.clear();
        } else if (c == '\0') {
            fail(tr("the file contains binary data (a NUL byte); it is not a text table"));
        } else {
            field += c;
        }
        if (field.size() > maximumFieldLength)
            fail(tr("a field is longer than %1 characters").arg(maximumFieldLength));
    }
    fields.append(decode(field));
    return true;
}

} // namespace jamfor
