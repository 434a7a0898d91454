// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

// What the wizard shows at the top of a step: the handbook's purpose and guiding questions,
// written for Jämför, and a line on the worksheet below.
struct HandbookStep
{
    AnalysisStep step = AnalysisStep::Preparation;
    QString title;
    QString purpose;
    QStringList questions; // 3–6
    QString worksheet;

    friend bool operator==(const HandbookStep&, const HandbookStep&) = default;
};

// The handbook texts of the wizard. They are prose, not UI labels, so they live as Swedish
// (and English) JSON in resources/handbook/ and are loaded at runtime rather than through
// tr(); editing them needs no translation round.
class Handbook
{
    Q_DECLARE_TR_FUNCTIONS(Handbook)

public:
    // The texts in "sv" or "en"; any other language gets Swedish, the primary language.
    // Throws jamfor::Error when the built-in resource is damaged.
    static Handbook load(const QString& language = QStringLiteral("sv"));
    // Reads texts in the resource's format (see resources/handbook/handbook_sv.json) and checks
    // them: five steps 1..5 with title, purpose and 3–6 questions. Throws jamfor::Error.
    static Handbook fromJson(const QByteArray& json);

    const QString& language() const { return m_language; }
    const QList<HandbookStep>& steps() const { return m_steps; }
    const HandbookStep& step(AnalysisStep step) const;
    // The default points of step 1's readiness checklist (AnalysisState::seedChecklist()).
    const QStringList& readinessChecklist() const { return m_checklist; }
    // What to think about under a fishbone category.
    QString causeCategoryHint(CauseCategory category) const;

private:
    QString m_language;
    QList<HandbookStep> m_steps; // index 0 is step 1
    QStringList m_checklist;
    QHash<QString, QString> m_fishbone; // category code → hint
};

} // namespace jamfor
