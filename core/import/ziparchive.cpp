// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ziparchive.h"

#include "core/import/limiteddevice.h"
#include "core/util/error.h"

#include <QFile>
#include <zip.h>

namespace jamfor {

namespace {

constexpr qint64 megabyte = 1024 * 1024;

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

// One entry of the archive as a sequential device over zip_fread.
class ZipArchive::EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(zip_file_t* file)
        : m_file(file)
    {
        open(QIODevice::ReadOnly);
    }
    ~EntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    QString problem() const { return m_problem; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (!m_file || m_done)
            return m_problem.isEmpty() ? 0 : -1;
        // Qt asks for nothing at times; zip_fread would answer 0, which means the end.
        if (maxSize <= 0)
            return 0;
        const zip_int64_t read = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (read < 0) {
            m_problem = QString::fromUtf8(zip_file_strerror(m_file));
            setErrorString(m_problem);
            m_done = true;
            return -1;
        }
        if (read == 0)
            m_done = true;
        return read;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    bool m_done = false;
    QString m_problem;
};

ZipArchive::ZipArchive(const QString& path, const QString& kind, qint64 partLimit)
    : m_path(path)
    , m_kind(kind)
    , m_partLimit(partLimit)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            fail(tr("cannot be read (%1)").arg(zipErrorText(code)));
        fail(tr("not a readable %1: the zip archive is damaged or truncated (%2)")
                 .arg(m_kind, zipErrorText(code)));
    }
    try {
        checkDirectory();
    } catch (...) {
        zip_discard(m_zip);
        m_zip = nullptr;
        throw;
    }
}

ZipArchive::~ZipArchive()
{
    m_streamedEntry.reset();
    if (m_zip)
        zip_discard(m_zip);
}

void ZipArchive::fail(const QString& what) const
{
    throw Error(tr("%1: %2").arg(m_path, what));
}

QString ZipArchive::megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(megabyte), 'f', bytes < 10 * megabyte ? 1 : 0);
}

QString ZipArchive::tooLarge(const QString& part, qint64 limit)
{
    return tr("refused: the part %1 unpacks to more than %2 MB (a zip bomb?)")
        .arg(part, megabytes(limit));
}

void ZipArchive::checkDirectory()
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0)
        fail(tr("not a readable %1: the zip directory is damaged").arg(m_kind));
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE))
            fail(tr("not a readable %1: the zip directory is damaged (entry %2: %3)")
                     .arg(m_kind)
                     .arg(i + 1)
                     .arg(QString::fromUtf8(zip_strerror(m_zip))));
        const QString name = QString::fromUtf8(stat.name);
        const qint64 size = qint64(std::min<zip_uint64_t>(stat.size, zip_uint64_t(INT64_MAX)));
        const qint64 packed =
            std::max<qint64>(1, (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : size);
        total += size;
        if (size > m_partLimit)
            fail(tr("refused: the part %1 would unpack to %2 MB, more than the %3 MB a part may "
                    "have (a zip bomb?)")
                     .arg(name, megabytes(size), megabytes(m_partLimit)));
        if (size > ratioCheckFrom && size / packed > maximumRatio)
            fail(tr("refused: the part %1 would unpack from %2 MB to %3 MB (%4:1); no real "
                    "spreadsheet packs that well (a zip bomb?)")
                     .arg(name, megabytes(packed), megabytes(size))
                     .arg(size / packed));
        if (total > maximumTotalSize)
            fail(tr("refused: the %1 would unpack to more than %2 MB (a zip bomb?)")
                     .arg(m_kind, megabytes(maximumTotalSize)));
        m_partSizes.insert(name.toLower(), size);
        m_partIndex.insert(name.toLower(), i);
    }
}

bool ZipArchive::hasPart(const QString& name) const
{
    return m_partSizes.contains(name.toLower());
}

qint64 ZipArchive::partSize(const QString& name) const
{
    return m_partSizes.value(name.toLower());
}

zip_file_t* ZipArchive::openEntry(const QString& name)
{
    const auto index = m_partIndex.constFind(name.toLower());
    if (index == m_partIndex.cend())
        fail(tr("the part %1 is missing from the %2").arg(name, m_kind));
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(*index), 0);
    if (!file)
        fail(tr("the part %1 cannot be unpacked (%2); the file is damaged")
                 .arg(name, QString::fromUtf8(zip_strerror(m_zip))));
    return file;
}

QByteArray ZipArchive::readPart(const QString& name, qint64 limit)
{
    EntryDevice entry(openEntry(name));
    LimitedDevice device(&entry, limit);
    QByteArray bytes = device.readAll();
    if (device.exceeded())
        fail(tooLarge(name, limit));
    if (!entry.problem().isEmpty())
        fail(tr("the part %1 is damaged or truncated (%2)").arg(name, entry.problem()));
    return bytes;
}

std::unique_ptr<LimitedDevice> ZipArchive::openPart(const QString& name)
{
    m_streamedEntry.reset();
    m_streamedEntry = std::make_unique<EntryDevice>(openEntry(name));
    return std::make_unique<LimitedDevice>(m_streamedEntry.get(), m_partLimit);
}

QString ZipArchive::streamProblem() const
{
    return m_streamedEntry ? m_streamedEntry->problem() : QString();
}

} // namespace jamfor
