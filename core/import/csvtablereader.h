// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/tablerow.h"
#include "core/import/textstreamdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <vector>

namespace jamfor {

// Streams a delimited text file one record at a time (RFC 4180 quoting, CRLF or LF), holding
// only a small window of the file in memory. The delimiter (";", tab or ",") is chosen from the
// first 64 KiB: the one that splits the most lines into the same number (two or more) of fields,
// ";" before tab before "," on a tie. The text is turned into UTF-8 by TextStreamDecoder.
// Physical lines are counted so that errors can name the line a record starts on.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    // Longest field accepted; a longer one is refused rather than held in memory.
    static constexpr qsizetype maximumFieldLength = 64 * 1024;
    // Longest record accepted.
    static constexpr qsizetype maximumRecordLength = 1024 * 1024;

    explicit CsvTableReader(const QString& path);

    // Fills row with the next record that is not a blank line; false at the end of the file.
    // The cells stay valid until the next call. Throws jamfor::Error naming the line.
    bool readRow(TableRow& row);

    char delimiter() const { return m_delimiter; }
    QString encodingName() const { return m_decoder.encodingName(); }
    const QString& path() const { return m_path; }
    // Bytes of the file handed out so far (close to it for UTF-16 and Windows-1252) and in all,
    // for progress.
    qint64 position() const;
    qint64 size() const { return m_size; }

    // How a message names a line: "line 7".
    static QString describeLine(qint64 line);

private:
    enum class Parse
    {
        Complete,
        NeedMore
    };
    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool unescaped; // in m_unescaped rather than m_buffer
    };

    bool fill();
    Parse parseRecord(TableRow& row);
    void chooseDelimiter();
    [[noreturn]] void fail(qint64 line, const QString& what) const;

    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    TextStreamDecoder m_decoder;
    QByteArray m_raw;
    QByteArray m_buffer; // UTF-8 text not yet handed out, from m_position on
    qsizetype m_position = 0;
    bool m_atEnd = false;
    char m_delimiter = ',';
    qint64 m_line = 1; // the line m_position is on
    QByteArray m_unescaped;
    std::vector<Span> m_spans;
};

} // namespace jamfor
