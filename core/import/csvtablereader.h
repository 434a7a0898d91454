// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace jamfor {

// Reads a delimited UTF-8 text file one record at a time (RFC 4180 quoting, CRLF or LF),
// counting physical lines so that errors can name the line a record starts on.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableReader)

public:
    // Longest field accepted; a longer one is refused rather than held in memory.
    static constexpr qsizetype maximumFieldLength = 64 * 1024;

    explicit CsvTableReader(const QString& path);

    // The delimiter is chosen from the header line: the first of ';', tab and ',' found in it.
    QStringList readHeader();
    // Fills fields with the next record; false at the end of the file. Throws jamfor::Error.
    bool readRecord(QStringList& fields);
    // Line on which the last record (or the header) began, counting from 1.
    qint64 recordLine() const { return m_recordLine; }
    const QString& path() const { return m_path; }
    // Bytes read so far, for progress.
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    bool readLine(QByteArray& line);
    [[noreturn]] void fail(const QString& what) const;

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    char m_delimiter = ',';
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
};

} // namespace jamfor
