// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <atomic>
#include <future>

namespace jamfor {

// Computes a file's SHA-256 on a background thread while the import reads the file, so the
// checksum costs no time on the import's own thread.
class FileHasher
{
public:
    explicit FileHasher(const QString& path);
    ~FileHasher(); // stops early and waits
    FileHasher(const FileHasher&) = delete;
    FileHasher& operator=(const FileHasher&) = delete;

    // The lower-case hex digest; waits for the thread. Empty if the file could not be read.
    QString result();

private:
    std::atomic<bool> m_stop{false};
    std::future<QString> m_digest;
};

} // namespace jamfor
