// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvtablereader.h"

#include "core/util/error.h"

#include <QMap>
#include <cstring>

namespace jamfor {

namespace {

constexpr qint64 chunkSize = 256 * 1024;
constexpr qsizetype delimiterSampleSize = 64 * 1024;

// Field counts per line of the sample for one delimiter, quotes respected.
QList<int> fieldCounts(QByteArrayView sample, char delimiter)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool blank = true;
    for (const char c : sample) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            ++fields;
        } else if (!quoted && c == '\n') {
            if (!blank)
                counts.append(fields);
            fields = 1;
            blank = true;
            continue;
        }
        if (c != '\r' && c != ' ')
            blank = false;
    }
    return counts;
}

} // namespace

CsvTableReader::CsvTableReader(const QString& path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot be read: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_raw.resize(chunkSize);
    chooseDelimiter();
}

QString CsvTableReader::describeLine(qint64 line)
{
    return tr("line %1").arg(line);
}

void CsvTableReader::fail(qint64 line, const QString& what) const
{
    throw Error(tr("%1, %2: %3").arg(m_path, describeLine(line), what));
}

qint64 CsvTableReader::position() const
{
    const qint64 unread = m_buffer.size() - m_position;
    return std::clamp<qint64>(m_file.pos() - unread, 0, m_size);
}

bool CsvTableReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const qint64 read = m_file.read(m_raw.data(), chunkSize);
    if (read < 0)
        throw Error(tr("%1: cannot be read: %2").arg(m_path, m_file.errorString()));
    m_atEnd = read == 0;
    m_decoder.decode(QByteArrayView(m_raw.constData(), read), m_buffer, m_atEnd);
    return true;
}

void CsvTableReader::chooseDelimiter()
{
    while (m_buffer.size() < delimiterSampleSize && fill()) {
    }
    QByteArray sample = m_buffer.left(delimiterSampleSize);
    // Leave out the last line unless the sample is the whole file: it may be cut.
    if (sample.size() < m_buffer.size() || !m_atEnd) {
        const qsizetype lastNewline = sample.lastIndexOf('\n');
        if (lastNewline > 0)
            sample.truncate(lastNewline + 1);
    } else if (!sample.endsWith('\n')) {
        sample.append('\n');
    }
    // Each candidate scores the number of lines that share its most common field count.
    int bestScore = 0;
    int semicolonScore = 0;
    for (const char candidate : {';', '\t', ','}) {
        QMap<int, int> frequency;
        for (const int count : fieldCounts(sample, candidate)) {
            if (count >= 2)
                ++frequency[count];
        }
        int score = 0;
        for (const int lines : std::as_const(frequency))
            score = std::max(score, lines);
        if (candidate == ';')
            semicolonScore = score;
        if (score > bestScore) {
            bestScore = score;
            m_delimiter = candidate;
        }
    }
    // A Swedish file separates with semicolons and writes decimal commas: "Ale;;23456,7" has
    // two comma fields on as many lines as it has three semicolon fields, and a title or a
    // source note with a comma tips the count. The comma wins only by a clear margin.
    if (m_delimiter == ',' && semicolonScore > 0 && semicolonScore * 2 >= bestScore)
        m_delimiter = ';';
}

bool CsvTableReader::readRow(TableRow& row)
{
    for (;;) {
        if (m_position >= m_buffer.size() && !fill())
            return false;
        if (m_position >= m_buffer.size())
            continue;
        if (parseRecord(row) == Parse::NeedMore) {
            if (!fill() && m_position >= m_buffer.size())
                return false;
            continue;
        }
        // A blank line is a record with one empty field: skip it.
        if (row.cells.size() == 1 && row.cells[0].isEmpty())
            continue;
        return true;
    }
}

CsvTableReader::Parse CsvTableReader::parseRecord(TableRow& row)
{
    const char* const base = m_buffer.constData();
    const qsizetype end = m_buffer.size();
    const char delimiter = m_delimiter;
    qsizetype p = m_position;
    qint64 line = m_line;
    qsizetype spans = 0;
    const auto addSpan = [&](qsizetype offset, qsizetype length, bool unescaped) {
        if (spans == qsizetype(m_spans.size()))
            m_spans.resize(std::max<size_t>(16, m_spans.size() * 2));
        m_spans[size_t(spans++)] = {offset, length, unescaped};
    };
    m_unescaped.resize(0);

    const auto needMore = [&]() {
        if (end - m_position > maximumRecordLength)
            fail(m_line, tr("a record is longer than %1 bytes").arg(maximumRecordLength));
        return Parse::NeedMore;
    };
    const auto fieldTooLong = [&]() {
        fail(m_line, tr("a field is longer than %1 characters").arg(maximumFieldLength));
    };

    for (;;) {
        const qsizetype fieldStart = p;
        if (p < end && base[p] == '"') {
            const qint64 quoteLine = line;
            const qsizetype unescapedStart = m_unescaped.size();
            ++p;
            for (;;) {
                const void* found = std::memchr(base + p, '"', end - p);
                const qsizetype quote = found ? static_cast<const char*>(found) - base : end;
                for (qsizetype i = p; i < quote; ++i) {
                    if (base[i] == '\n')
                        ++line;
                    else if (base[i] == '\0')
                        fail(line, tr("the file contains binary data (a NUL byte); it is not a "
                                      "text table"));
                }
                m_unescaped.append(base + p, quote - p);
                if (m_unescaped.size() - unescapedStart > maximumFieldLength)
                    fieldTooLong();
                if (quote == end) {
                    if (m_atEnd)
                        fail(quoteLine, tr("a quoted field is not closed before the end of the "
                                           "file"));
                    return needMore();
                }
                if (quote + 1 >= end && !m_atEnd)
                    return needMore();
                if (quote + 1 < end && base[quote + 1] == '"') {
                    m_unescaped.append('"');
                    p = quote + 2;
                    continue;
                }
                p = quote + 1;
                break;
            }
            addSpan(unescapedStart, m_unescaped.size() - unescapedStart, true);
            if (p < end && base[p] == '\r')
                ++p;
            if (p >= end) {
                if (!m_atEnd)
                    return needMore();
                break;
            }
            if (base[p] == delimiter) {
                ++p;
                continue;
            }
            if (base[p] == '\n') {
                ++p;
                ++line;
                break;
            }
            fail(line, tr("unexpected text after the closing quote of a field"));
        }

        while (p < end) {
            const char c = base[p];
            if (c == delimiter || c == '\n' || c == '\0')
                break;
            ++p;
        }
        if (p - fieldStart > maximumFieldLength)
            fieldTooLong();
        if (p >= end) {
            if (!m_atEnd)
                return needMore();
            qsizetype fieldEnd = p;
            if (fieldEnd > fieldStart && base[fieldEnd - 1] == '\r')
                --fieldEnd;
            addSpan(fieldStart, fieldEnd - fieldStart, false);
            break;
        }
        const char c = base[p];
        if (c == '\0')
            fail(line, tr("the file contains binary data (a NUL byte); it is not a text table"));
        if (c == '\n') {
            qsizetype fieldEnd = p;
            if (fieldEnd > fieldStart && base[fieldEnd - 1] == '\r')
                --fieldEnd;
            addSpan(fieldStart, fieldEnd - fieldStart, false);
            ++p;
            ++line;
            break;
        }
        addSpan(fieldStart, p - fieldStart, false);
        ++p;
    }

    row.number = m_line;
    if (!row.numeric.isEmpty())
        row.numeric.clear();
    row.cells.resize(spans);
    for (qsizetype i = 0; i < spans; ++i) {
        const Span& span = m_spans[size_t(i)];
        row.cells[i] = QByteArrayView(
            (span.unescaped ? m_unescaped.constData() : base) + span.offset, span.length);
    }
    m_position = p;
    m_line = line;
    return Parse::Complete;
}

} // namespace jamfor
