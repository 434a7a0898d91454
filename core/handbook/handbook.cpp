// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/handbook.h"

#include "core/util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace jamfor {

namespace {

QStringList stringsOf(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace

Handbook Handbook::load(const QString& language)
{
    const QString code = language == u"en" ? QStringLiteral("en") : QStringLiteral("sv");
    QFile file(QStringLiteral(":/jamfor/handbook/handbook_%1.json").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("The handbook texts (%1) are missing from this build.").arg(code));
    return fromJson(file.readAll());
}

Handbook Handbook::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        throw Error(tr("The handbook texts cannot be read: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    Handbook handbook;
    handbook.m_language = root.value(QStringLiteral("language")).toString();
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    if (steps.size() != analysisStepCount)
        throw Error(tr("The handbook texts have %1 steps instead of %2.")
                        .arg(steps.size())
                        .arg(analysisStepCount));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps[i].toObject();
        HandbookStep step;
        const int number = object.value(QStringLiteral("step")).toInt();
        if (number != i + 1)
            throw Error(tr("The handbook texts list step %1 in place %2.").arg(number).arg(i + 1));
        step.step = AnalysisStep(number);
        step.title = object.value(QStringLiteral("title")).toString();
        step.purpose = object.value(QStringLiteral("purpose")).toString();
        step.questions = stringsOf(object.value(QStringLiteral("questions")));
        step.worksheet = object.value(QStringLiteral("worksheet")).toString();
        if (step.title.isEmpty() || step.purpose.isEmpty())
            throw Error(tr("Step %1 of the handbook texts has no title or purpose.").arg(number));
        if (step.questions.size() < 3 || step.questions.size() > 6 ||
            step.questions.contains(QString()))
            throw Error(
                tr("Step %1 of the handbook texts needs 3 to 6 guiding questions.").arg(number));
        handbook.m_steps << step;
    }
    handbook.m_checklist = stringsOf(root.value(QStringLiteral("readinessChecklist")));
    const QJsonObject fishbone = root.value(QStringLiteral("fishbone")).toObject();
    for (auto it = fishbone.constBegin(); it != fishbone.constEnd(); ++it)
        handbook.m_fishbone.insert(it.key(), it.value().toString());
    return handbook;
}

const HandbookStep& Handbook::step(AnalysisStep step) const
{
    return m_steps.at(analysisStepNumber(analysisStepFromNumber(analysisStepNumber(step))) - 1);
}

QString Handbook::causeCategoryHint(CauseCategory category) const
{
    return m_fishbone.value(causeCategoryCode(category));
}

} // namespace jamfor
