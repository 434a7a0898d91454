// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <memory>

struct zip;
struct zip_file;

namespace jamfor {

class LimitedDevice;

// A zip archive read with libzip, as the spreadsheet readers (XLSX, ODS) need it: the part
// sizes checked against zip bombs from the directory before anything is unpacked (per part, in
// all, and the packing ratio of large parts), parts read whole up to a limit, and a part
// streamed through a hard byte limit. Every refusal is a jamfor::Error that names the file.
//
// libzip, not QuaZip: QuaZip carries its own copy of minizip whose functions have the same
// names as the system minizip that libxlsxwriter (the XLSX export) calls, so the two cannot
// live in one process; libzip's functions have names of their own.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static constexpr qint64 maximumPartSize = 256LL * 1024 * 1024;
    static constexpr qint64 maximumTotalSize = 1024LL * 1024 * 1024;
    // A part larger than ratioCheckFrom that packs better than maximumRatio:1 is a bomb; real
    // worksheets pack 5–30:1.
    static constexpr qint64 ratioCheckFrom = 16LL * 1024 * 1024;
    static constexpr qint64 maximumRatio = 200;

    // kind: what the file should be, for messages ("Excel workbook", "OpenDocument
    // spreadsheet"). partLimit: the largest unpacked part accepted.
    ZipArchive(const QString& path, const QString& kind, qint64 partLimit = maximumPartSize);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const QString& path() const { return m_path; }
    qint64 partLimit() const { return m_partLimit; }

    // Names are compared without regard to case, as Excel does.
    bool hasPart(const QString& name) const;
    qint64 partSize(const QString& name) const;

    // The whole part, refused when it unpacks to more than limit bytes.
    QByteArray readPart(const QString& name, qint64 limit);

    // The part as a stream that fails once more than partLimit() bytes came through. One part
    // is streamed at a time: the device is valid until the next openPart() and while the
    // archive lives. Its consumed() is the unpacked position.
    std::unique_ptr<LimitedDevice> openPart(const QString& name);
    // Why the streamed part stopped early (a damaged entry, a wrong checksum), or empty.
    QString streamProblem() const;

    // "<path>: <what>".
    [[noreturn]] void fail(const QString& what) const;
    // The message for a part that unpacks to more than limit bytes.
    static QString tooLarge(const QString& part, qint64 limit);
    // "1.5", "300": megabytes for messages.
    static QString megabytes(qint64 bytes);

private:
    class EntryDevice;

    zip_file* openEntry(const QString& name);
    void checkDirectory();

    QString m_path;
    QString m_kind;
    qint64 m_partLimit;
    zip* m_zip = nullptr;
    QHash<QString, qint64> m_partSizes;           // lower-case name → unpacked size
    QHash<QString, qint64> m_partIndex;           // lower-case name → entry index
    std::unique_ptr<EntryDevice> m_streamedEntry; // the entry openPart() streams
};

} // namespace jamfor
