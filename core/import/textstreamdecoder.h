// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

namespace jamfor {

// Turns the bytes of a text file, chunk by chunk, into UTF-8. The encoding is decided by this
// rule: a UTF-8 byte order mark means UTF-8, a UTF-16 one UTF-16 (little or big endian).
// Without a mark the text is read as UTF-8 while it is plain ASCII; the first non-ASCII
// character decides: valid UTF-8 means UTF-8, anything else means Windows-1252 (the bytes
// before it were ASCII, which both read alike). After that, invalid UTF-8 in a UTF-8 file is
// an error reported by whoever decodes the text.
class TextStreamDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextStreamDecoder)

public:
    enum class Encoding
    {
        Undecided, // only ASCII so far
        Utf8,
        Utf16LE,
        Utf16BE,
        Windows1252
    };

    // Appends the UTF-8 text of the next chunk to out. last: no more chunks follow.
    void decode(QByteArrayView chunk, QByteArray& out, bool last);

    Encoding encoding() const { return m_encoding; }
    QString encodingName() const;

private:
    void decodeUndecided(QByteArrayView chunk, QByteArray& out, bool last);
    void decodeWith(QStringDecoder& decoder, QByteArrayView chunk, QByteArray& out);

    Encoding m_encoding = Encoding::Undecided;
    bool m_started = false;
    QByteArray m_pending; // an incomplete sequence carried to the next chunk
    QStringDecoder m_decoder;
};

} // namespace jamfor
