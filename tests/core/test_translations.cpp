// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete, and the Swedish one is embedded and works.
#define BOOST_TEST_MODULE translations
#include "core/util/translations.h"
#include "tests/support/coreapplicationfixture.h"

#include <QBuffer>
#include <QFile>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>
#include <boost/test/unit_test.hpp>

BOOST_TEST_GLOBAL_FIXTURE(CoreApplicationFixture);

namespace {

struct TsCheck
{
    int messages = 0;
    QString error;          // the file could not be read or parsed
    QStringList unfinished; // one line per message that still needs a translation
};

QString tsPath(const char* fileName)
{
    return QStringLiteral(JAMFOR_TRANSLATIONS_DIR "/") + QString::fromUtf8(fileName);
}

// Reads a Qt Linguist .ts file and lists every message whose translation is marked unfinished
// or is empty; for a plural message (numerus="yes") every <numerusform> must be filled in.
// Messages lupdate keeps for reference only (type "vanished" or "obsolete") are ignored.
TsCheck checkTs(QIODevice& device, const QString& name)
{
    TsCheck check;
    QXmlStreamReader xml(&device);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue; // TS and context are entered, their ends passed over
        if (xml.name() == u"name") {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != u"message")
            continue;

        const qint64 line = xml.lineNumber();
        const bool numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        QString source;
        QString comment;
        QString type;
        bool hasTranslation = false;
        bool empty = true;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                hasTranslation = true;
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (numerus) {
                    int forms = 0;
                    bool anyEmpty = false;
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform") {
                            ++forms;
                            if (xml.readElementText().trimmed().isEmpty())
                                anyEmpty = true;
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    empty = forms == 0 || anyEmpty;
                } else {
                    empty = xml.readElementText(QXmlStreamReader::IncludeChildElements)
                                .trimmed()
                                .isEmpty();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        if (type == u"vanished" || type == u"obsolete")
            continue;
        ++check.messages;

        QStringList reasons;
        if (!hasTranslation)
            reasons << QStringLiteral("no <translation>");
        if (type == u"unfinished")
            reasons << QStringLiteral("unfinished");
        if (hasTranslation && empty)
            reasons << (numerus ? QStringLiteral("empty plural form") : QStringLiteral("empty"));
        if (reasons.isEmpty())
            continue;
        // One line per entry: line breaks shown as \n, long sources shortened.
        QString shown = source;
        shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        if (shown.size() > 100)
            shown = shown.left(100) + QStringLiteral("…");
        QString entry = QStringLiteral("  line %1, context %2: \"%3\"")
                            .arg(QString::number(line), context, shown);
        if (!comment.isEmpty())
            entry += QStringLiteral(" (comment \"%1\")").arg(comment);
        entry += QStringLiteral(" [%1]").arg(reasons.join(QStringLiteral(", ")));
        check.unfinished << entry;
    }
    if (xml.hasError()) {
        check.error = QStringLiteral("%1:%2: %3")
                          .arg(name, QString::number(xml.lineNumber()), xml.errorString());
    }
    return check;
}

TsCheck checkTsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TsCheck check;
        check.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return check;
    }
    return checkTs(file, path);
}

void requireComplete(const char* fileName)
{
    const QString path = tsPath(fileName);
    const TsCheck check = checkTsFile(path);
    BOOST_REQUIRE_MESSAGE(check.error.isEmpty(), check.error.toStdString());
    BOOST_TEST_MESSAGE(fileName << ": " << check.messages << " messages");
    BOOST_TEST(check.messages > 0, fileName << " holds no messages");
    BOOST_TEST(check.unfinished.isEmpty(),
               path.toStdString() << ": " << check.unfinished.size() << " of " << check.messages
                                  << " messages are not translated:\n"
                                  << check.unfinished.join(QLatin1Char('\n')).toStdString());
}

} // namespace

BOOST_AUTO_TEST_CASE(swedish_translation_is_complete)
{
    requireComplete("jamfor_sv.ts");
}

BOOST_AUTO_TEST_CASE(english_translation_is_complete)
{
    requireComplete("jamfor_en.ts");
}

BOOST_AUTO_TEST_CASE(unfinished_entries_are_found)
{
    // The checker itself: a small .ts with one entry of each kind.
    QByteArray data = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Sample</name>
    <message><source>Done</source><translation>Klar</translation></message>
    <message><source>Marked</source><translation type="unfinished">Märkt</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Gone</source><translation type="vanished">Borta</translation></message>
    <message numerus="yes"><source>%n rows</source><translation>
        <numerusform>%n rad</numerusform><numerusform>%n rader</numerusform></translation></message>
    <message numerus="yes"><source>%n files</source><translation>
        <numerusform>%n fil</numerusform><numerusform></numerusform></translation></message>
</context>
</TS>
)";
    QBuffer buffer(&data);
    BOOST_REQUIRE(buffer.open(QIODevice::ReadOnly));
    const TsCheck check = checkTs(buffer, QStringLiteral("sample.ts"));
    BOOST_REQUIRE_MESSAGE(check.error.isEmpty(), check.error.toStdString());
    BOOST_TEST(check.messages == 5); // the vanished entry is not counted
    const QStringList expected{
        QStringLiteral("  line 7, context Sample: \"Marked\" [unfinished]"),
        QStringLiteral("  line 8, context Sample: \"Empty\" [empty]"),
        QStringLiteral("  line 12, context Sample: \"%n files\" [empty plural form]"),
    };
    BOOST_TEST(check.unfinished.join(QLatin1Char('\n')).toStdString() ==
               expected.join(QLatin1Char('\n')).toStdString());
}

BOOST_AUTO_TEST_CASE(swedish_translation_is_embedded_and_loads)
{
    const QString qm = QStringLiteral(":/i18n/jamfor_sv.qm");
    BOOST_REQUIRE_MESSAGE(QFile(qm).exists(), qm.toStdString() << " is not embedded in core");
    QTranslator translator;
    BOOST_REQUIRE_MESSAGE(translator.load(qm), "QTranslator cannot load " << qm.toStdString());
    const QString translated =
        translator.translate("DemoDataset", "Example data – invented values");
    BOOST_TEST(translated.toStdString() ==
               QStringLiteral("Exempeldata – fiktiva värden").toStdString());
}

BOOST_AUTO_TEST_CASE(qt_standard_buttons_speak_swedish)
{
    jamfor::installTranslations(QStringLiteral("sv"));
    BOOST_TEST(QCoreApplication::translate("QPlatformTheme", "Close").toStdString() == "Stäng");
    BOOST_TEST(QCoreApplication::translate("QPlatformTheme", "Cancel").toStdString() == "Avbryt");
    BOOST_TEST(QCoreApplication::translate("QPlatformTheme", "&Yes").toStdString() == "&Ja");
}
