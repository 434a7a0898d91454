// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/textstreamdecoder.h"

#include "core/util/error.h"

namespace jamfor {

namespace {

// Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot lead one.
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

enum class Sequence
{
    Valid,
    Invalid,
    Incomplete
};

Sequence checkSequence(const char* p, const char* end)
{
    const int length = sequenceLength(static_cast<unsigned char>(*p));
    if (length == 0)
        return Sequence::Invalid;
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return Sequence::Incomplete;
        if ((static_cast<unsigned char>(p[i]) & 0xC0) != 0x80)
            return Sequence::Invalid;
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    const auto second = static_cast<unsigned char>(p[1]);
    const auto lead = static_cast<unsigned char>(*p);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
        (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
        return Sequence::Invalid;
    return Sequence::Valid;
}

} // namespace

QString TextStreamDecoder::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Undecided:
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

void TextStreamDecoder::decodeWith(QStringDecoder& decoder, QByteArrayView chunk, QByteArray& out)
{
    const QString text = decoder(chunk);
    out += text.toUtf8();
}

void TextStreamDecoder::decode(QByteArrayView chunk, QByteArray& out, bool last)
{
    if (!m_started) {
        // The byte order mark may be split over chunks only in a file of one or two bytes.
        QByteArray head = m_pending + chunk.toByteArray();
        if (head.size() < 3 && !last) {
            m_pending = head;
            return;
        }
        m_pending.clear();
        m_started = true;
        QByteArrayView rest(head);
        if (rest.startsWith("\xEF\xBB\xBF")) {
            m_encoding = Encoding::Utf8;
            rest = rest.sliced(3);
        } else if (rest.startsWith("\xFF\xFE") || rest.startsWith("\xFE\xFF")) {
            m_encoding = rest.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
            m_decoder = QStringDecoder(m_encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                                       : QStringDecoder::Utf16BE);
            rest = rest.sliced(2);
        }
        decode(rest, out, last);
        return;
    }

    switch (m_encoding) {
    case Encoding::Utf8:
        out.append(chunk.data(), chunk.size());
        return;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
    case Encoding::Windows1252:
        decodeWith(m_decoder, chunk, out);
        return;
    case Encoding::Undecided:
        decodeUndecided(chunk, out, last);
        return;
    }
}

void TextStreamDecoder::decodeUndecided(QByteArrayView chunk, QByteArray& out, bool last)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + chunk.toByteArray();
        m_pending.clear();
        chunk = joined;
    }
    const char* const begin = chunk.data();
    const char* const end = begin + chunk.size();
    const char* p = begin;
    while (p < end && static_cast<unsigned char>(*p) < 0x80)
        ++p;
    out.append(begin, p - begin);
    if (p == end)
        return;

    switch (checkSequence(p, end)) {
    case Sequence::Incomplete:
        if (!last) {
            m_pending = QByteArray(p, end - p);
            return;
        }
        [[fallthrough]];
    case Sequence::Invalid:
        m_encoding = Encoding::Windows1252;
        m_decoder = QStringDecoder("windows-1252");
        if (!m_decoder.isValid())
            throw Error(tr("This build of Jämför cannot read Windows-1252 text; save the file "
                           "as UTF-8"));
        decodeWith(m_decoder, QByteArrayView(p, end - p), out);
        return;
    case Sequence::Valid:
        m_encoding = Encoding::Utf8;
        out.append(p, end - p);
        return;
    }
}

} // namespace jamfor
