// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/enumtable.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

// The five steps of SKL's handbook for working with Öppna jämförelser.
enum class AnalysisStep
{
    Preparation = 1,   // Förberedelser
    QuickAnalysis = 2, // Snabbanalys och prioritering av indikatorer
    DeepAnalysis = 3,  // Fördjupad analys
    Proposals = 4,     // Framtagande av förbättringsförslag
    Implementation = 5 // Genomförande och uppföljning av förbättringar
};

inline constexpr int analysisStepCount = 5;

// The step with the given number 1..5, clamped into that range.
AnalysisStep analysisStepFromNumber(int number);
inline int analysisStepNumber(AnalysisStep step)
{
    return int(step);
}

// What the focus municipality is compared with. A network analysis compares with the network's
// members for the area; a single municipality picks another population: the country, a county
// (Analysis::comparisonKey = county code, "14"), a kommungrupp (comparisonKey = "B3") or a saved
// unit group (Analysis::unitGroupId).
enum class ComparisonKind
{
    Network,
    Country,
    County,
    Kommungrupp,
    UnitGroup
};

template <> struct EnumTable<ComparisonKind>
{
    static constexpr EnumEntry<ComparisonKind> entries[] = {
        {ComparisonKind::Network, QLatin1StringView("network"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "The network")},
        {ComparisonKind::Country, QLatin1StringView("country"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "All municipalities")},
        {ComparisonKind::County, QLatin1StringView("county"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "A county")},
        {ComparisonKind::Kommungrupp, QLatin1StringView("kommungrupp"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "A municipality group (kommungrupp)")},
        {ComparisonKind::UnitGroup, QLatin1StringView("unit_group"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "A saved group")},
    };
    static constexpr std::optional<ComparisonKind> fallback = ComparisonKind::Network;
};

inline QString comparisonKindCode(ComparisonKind kind) // "network", "country", "county", ...
{
    return enumCode(kind);
}
inline ComparisonKind comparisonKindFromCode(const QString& code)
{
    return enumFromCode<ComparisonKind>(code);
}
bool comparisonKindNeedsKey(ComparisonKind kind); // county and kommungrupp need comparisonKey

// Step 1: someone who takes part in the analysis. personId links to a person of the network
// (0 for someone outside it); the name is copied so the list stays readable if the person is
// removed from the network.
struct AnalysisParticipant
{
    qint64 id = 0;
    qint64 personId = 0;
    QString name;
    QString role;   // the role in this analysis, free text ("processledare", "sekreterare")
    QString unitId; // the municipality the participant represents, may be empty

    friend bool operator==(const AnalysisParticipant&, const AnalysisParticipant&) = default;
};

// Step 1: a meeting in the time plan. step is the handbook step it is about, 0 for none.
struct AnalysisMeeting
{
    qint64 id = 0;
    QDate date;
    int step = 0;
    QString title;
    QString notes;

    friend bool operator==(const AnalysisMeeting&, const AnalysisMeeting&) = default;
};

// Step 1: one point of the readiness checklist.
struct ChecklistItem
{
    qint64 id = 0;
    QString text;
    bool done = false;
    QString note;

    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

// Step 2: the group's first judgement of an indicator.
enum class Judgement
{
    None,       // not judged yet
    Problem,    // looks like a problem
    GoodResult, // a good result to keep
    Unclear     // needs more information
};

template <> struct EnumTable<Judgement>
{
    static constexpr EnumEntry<Judgement> entries[] = {
        {Judgement::None, QLatin1StringView(""), QT_TRANSLATE_NOOP("jamfor::Enum", "Not judged")},
        {Judgement::Problem, QLatin1StringView("problem"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Problem")},
        {Judgement::GoodResult, QLatin1StringView("keep"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Good result to keep")},
        {Judgement::Unclear, QLatin1StringView("unclear"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Unclear")},
    };
    static constexpr std::optional<Judgement> fallback = Judgement::None;
};

inline QString judgementCode(Judgement judgement) // "", "problem", "keep", "unclear"
{
    return enumCode(judgement);
}
inline Judgement judgementFromCode(const QString& code)
{
    return enumFromCode<Judgement>(code);
}

// Steps 2 and 3: what the group wrote about one indicator of the area. An indicator the group
// has not touched has no entry (isBlank()).
struct AnalysisIndicator
{
    QString indicatorId;
    Judgement judgement = Judgement::None;
    // The handbook type as the group sees it; Unspecified falls back to the indicator's own.
    HandbookType handbookType = HandbookType::Unspecified;
    QString note;              // step 2: short note on the judgement
    bool takenForward = false; // step 2: chosen for the in-depth analysis
    QString conclusion;        // step 3: what the in-depth analysis concluded
    QString costIndicatorId;   // step 3: cost indicator for the cost–quality view, may be empty

    bool isBlank() const
    {
        return judgement == Judgement::None && handbookType == HandbookType::Unspecified &&
               note.isEmpty() && !takenForward && conclusion.isEmpty() && costIndicatorId.isEmpty();
    }

    friend bool operator==(const AnalysisIndicator&, const AnalysisIndicator&) = default;
};

// Step 3: the six categories of the fishbone (Ishikawa) diagram, adapted from the classic
// 6M (method, man, management, milieu, material, measurement) to municipal services:
//   Method       metod/arbetssätt       routines, ways of working, processes
//   People       människa/kompetens     staff, skills, attitudes, users' needs
//   Organisation organisation/ledning   leadership, responsibility, decisions, steering
//   Environment  miljö/omgivning        premises, demography, the world outside
//   Material     material/resurser      money, tools, IT systems, staffing levels
//   Measurement  mätning/information    how the figures are produced, registration, follow-up
enum class CauseCategory
{
    Method,
    People,
    Organisation,
    Environment,
    Material,
    Measurement
};

inline constexpr int causeCategoryCount = 6;

template <> struct EnumTable<CauseCategory>
{
    static constexpr EnumEntry<CauseCategory> entries[] = {
        {CauseCategory::Method, QLatin1StringView("method"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Method / ways of working")},
        {CauseCategory::People, QLatin1StringView("people"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "People / skills")},
        {CauseCategory::Organisation, QLatin1StringView("organisation"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Organisation / leadership")},
        {CauseCategory::Environment, QLatin1StringView("environment"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Environment / surroundings")},
        {CauseCategory::Material, QLatin1StringView("material"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Material / resources")},
        {CauseCategory::Measurement, QLatin1StringView("measurement"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Measurement / information")},
    };
    static constexpr std::optional<CauseCategory> fallback = CauseCategory::Method;
};

inline QString causeCategoryCode(CauseCategory category) // "method", "people", ...
{
    return enumCode(category);
}
inline CauseCategory causeCategoryFromCode(const QString& code)
{
    return enumFromCode<CauseCategory>(code);
}

// Step 3: one cause on the fishbone, for one indicator (empty indicatorId: the whole analysis).
struct Cause
{
    qint64 id = 0;
    QString indicatorId;
    CauseCategory category = CauseCategory::Method;
    QString text;
    bool rootCause = false; // the group believes this is a root cause

    friend bool operator==(const Cause&, const Cause&) = default;
};

// Step 3: a "five whys" chain: the problem and the answer to each successive "why?".
struct WhyChain
{
    qint64 id = 0;
    QString indicatorId;
    QString problem;
    QStringList answers; // answers[0] answers the first "why?"; the last is the root cause

    friend bool operator==(const WhyChain&, const WhyChain&) = default;
};

// Step 3: what another source (user survey, own register, staff) says.
struct SourceNote
{
    qint64 id = 0;
    QString indicatorId; // empty: about the whole analysis
    QString source;      // e.g. "Brukarundersökning 2024"
    QString note;

    friend bool operator==(const SourceNote&, const SourceNote&) = default;
};

// Step 4: expected effect and needed effort, each low or high: the 2×2 priority matrix.
enum class Rating
{
    Unrated,
    Low,
    High
};

template <> struct EnumTable<Rating>
{
    static constexpr EnumEntry<Rating> entries[] = {
        {Rating::Unrated, QLatin1StringView(""), QT_TRANSLATE_NOOP("jamfor::Enum", "Not rated")},
        {Rating::Low, QLatin1StringView("low"), QT_TRANSLATE_NOOP("jamfor::Enum", "Low")},
        {Rating::High, QLatin1StringView("high"), QT_TRANSLATE_NOOP("jamfor::Enum", "High")},
    };
    static constexpr std::optional<Rating> fallback = Rating::Unrated;
};

inline QString ratingCode(Rating rating) // "", "low", "high"
{
    return enumCode(rating);
}
inline Rating ratingFromCode(const QString& code)
{
    return enumFromCode<Rating>(code);
}

enum class PriorityQuadrant
{
    Unrated,  // effect or effort not rated
    DoFirst,  // high effect, low effort
    Plan,     // high effect, high effort
    QuickFix, // low effect, low effort
    Avoid     // low effect, high effort
};

// Labels only: a quadrant is computed, never stored.
template <> struct EnumTable<PriorityQuadrant>
{
    static constexpr EnumEntry<PriorityQuadrant> entries[] = {
        {PriorityQuadrant::Unrated, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not rated")},
        {PriorityQuadrant::DoFirst, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Do first: high effect, low effort")},
        {PriorityQuadrant::Plan, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Plan: high effect, high effort")},
        {PriorityQuadrant::QuickFix, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "If time allows: low effect, low effort")},
        {PriorityQuadrant::Avoid, QLatin1StringView(),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Reconsider: low effect, high effort")},
    };
    static constexpr std::optional<PriorityQuadrant> fallback = std::nullopt;
};

PriorityQuadrant priorityQuadrant(Rating effect, Rating effort);

// Step 4: an improvement proposal.
struct Proposal
{
    qint64 id = 0;
    QString indicatorId; // the indicator it addresses, may be empty
    QString title;
    QString problem;
    QString goal;
    QString ongoingWork;
    QString suggestedActions;
    QString inspiration;            // what better-performing municipalities do
    QStringList inspirationUnitIds; // those municipalities
    Rating effect = Rating::Unrated;
    Rating effort = Rating::Unrated;
    bool chosen = false; // the group takes it on

    PriorityQuadrant quadrant() const { return priorityQuadrant(effect, effort); }

    friend bool operator==(const Proposal&, const Proposal&) = default;
};

enum class FollowUpFrequency
{
    Unspecified,
    Monthly,
    Quarterly,
    TwiceAYear,
    Yearly,
    AtNextRelease // when the next Öppna jämförelser is published
};

template <> struct EnumTable<FollowUpFrequency>
{
    static constexpr EnumEntry<FollowUpFrequency> entries[] = {
        {FollowUpFrequency::Unspecified, QLatin1StringView(""),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not decided")},
        {FollowUpFrequency::Monthly, QLatin1StringView("monthly"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Every month")},
        {FollowUpFrequency::Quarterly, QLatin1StringView("quarterly"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Every quarter")},
        {FollowUpFrequency::TwiceAYear, QLatin1StringView("twice_a_year"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Twice a year")},
        {FollowUpFrequency::Yearly, QLatin1StringView("yearly"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Once a year")},
        {FollowUpFrequency::AtNextRelease, QLatin1StringView("next_release"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "When the next Öppna jämförelser is published")},
    };
    static constexpr std::optional<FollowUpFrequency> fallback = FollowUpFrequency::Unspecified;
};

inline QString followUpFrequencyCode(FollowUpFrequency frequency) // "", "monthly", ...
{
    return enumCode(frequency);
}
inline FollowUpFrequency followUpFrequencyFromCode(const QString& code)
{
    return enumFromCode<FollowUpFrequency>(code);
}

enum class ActionStatus
{
    NotStarted,
    Ongoing,
    Done,
    Cancelled
};

template <> struct EnumTable<ActionStatus>
{
    static constexpr EnumEntry<ActionStatus> entries[] = {
        {ActionStatus::NotStarted, QLatin1StringView("not_started"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Not started")},
        {ActionStatus::Ongoing, QLatin1StringView("ongoing"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Ongoing")},
        {ActionStatus::Done, QLatin1StringView("done"), QT_TRANSLATE_NOOP("jamfor::Enum", "Done")},
        {ActionStatus::Cancelled, QLatin1StringView("cancelled"),
         QT_TRANSLATE_NOOP("jamfor::Enum", "Cancelled")},
    };
    static constexpr std::optional<ActionStatus> fallback = ActionStatus::NotStarted;
};

inline QString actionStatusCode(ActionStatus status) // "not_started", "ongoing", "done", ...
{
    return enumCode(status);
}
inline ActionStatus actionStatusFromCode(const QString& code)
{
    return enumFromCode<ActionStatus>(code);
}

// Step 5: one line of the action plan, usually for a chosen proposal.
struct PlannedAction
{
    qint64 id = 0;
    qint64 proposalId = 0; // 0: not tied to a proposal
    QString what;
    QString how;
    QString responsible; // who
    QDate due;           // when
    FollowUpFrequency frequency = FollowUpFrequency::Unspecified;
    QString ifNotMet; // what happens if it is not done or has no effect
    ActionStatus status = ActionStatus::NotStarted;

    friend bool operator==(const PlannedAction&, const PlannedAction&) = default;
};

// Step 5: the value the group wants an indicator to reach for a unit in a year.
struct IndicatorTarget
{
    qint64 id = 0;
    QString indicatorId;
    QString unitId; // usually the focus municipality
    int year = 0;
    Gender gender = Gender::Total;
    double value = 0;
    QString note;

    friend bool operator==(const IndicatorTarget&, const IndicatorTarget&) = default;
};

// Step 5: a dated note from a follow-up meeting, about one action (actionId) or the whole plan.
struct FollowUpNote
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDate date;
    QString note;

    friend bool operator==(const FollowUpNote&, const FollowUpNote&) = default;
};

// One pass through the handbook's five steps for a network (or a single municipality with a
// comparison population), an area, a focus unit and a year, with everything the group recorded.
// Item ids are unique within one analysis and stable across saving and loading.
struct Analysis
{
    qint64 id = 0;
    // Stays the same when the analysis travels between files (32 hex digits); set when stored.
    QString uid;
    QString title;
    qint64 networkId = 0; // 0: no network (a single municipality)
    ComparisonKind comparisonKind = ComparisonKind::Network;
    QString comparisonKey;  // county code or kommungrupp, see ComparisonKind
    qint64 unitGroupId = 0; // the saved unit group for ComparisonKind::UnitGroup
    QString areaId;
    QString focusUnitId;
    int year = 0; // 0: not chosen yet
    AnalysisStep currentStep = AnalysisStep::Preparation;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt; // null until the group finishes step 5

    // Step 1: Förberedelser
    QString mandate;
    QString purpose;
    QString timePlan;
    QList<AnalysisParticipant> participants;
    QList<AnalysisMeeting> meetings;
    QList<ChecklistItem> checklist;

    // Step 2: Snabbanalys och prioritering (entries ordered by indicator id)
    QList<AnalysisIndicator> indicators;

    // Step 3: Fördjupad analys
    QStringList similarUnitIds; // the municipalities the group compares itself with
    QList<Cause> causes;
    QList<WhyChain> whyChains;
    QList<SourceNote> sourceNotes;

    // Step 4: Förbättringsförslag
    QList<Proposal> proposals;

    // Step 5: Genomförande och uppföljning
    QList<PlannedAction> actions;
    QList<IndicatorTarget> targets;
    QList<FollowUpNote> followUpNotes;

    bool isCompleted() const { return completedAt.isValid(); }
    QStringList takenForwardIndicatorIds() const;
    // The largest item id of any list, 0 when there are none.
    qint64 largestItemId() const;

    friend bool operator==(const Analysis&, const Analysis&) = default;
};

} // namespace jamfor
