// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/observation.h"

namespace jamfor {

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Women:
        return QStringLiteral("K");
    case Gender::Men:
        return QStringLiteral("M");
    case Gender::Total:
        break;
    }
    return QStringLiteral("T");
}

std::optional<Gender> genderFromCode(const QString& code)
{
    if (code == u"T")
        return Gender::Total;
    if (code == u"K")
        return Gender::Women;
    if (code == u"M")
        return Gender::Men;
    return std::nullopt;
}

QString statusCode(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Missing:
        return QStringLiteral("missing");
    case ValueStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    case ValueStatus::Confidential:
        return QStringLiteral("confidential");
    case ValueStatus::Ok:
        break;
    }
    return {};
}

std::optional<ValueStatus> statusFromCode(const QString& code)
{
    if (code.isEmpty())
        return ValueStatus::Ok;
    if (code == u"missing")
        return ValueStatus::Missing;
    if (code == u"not_applicable")
        return ValueStatus::NotApplicable;
    if (code == u"confidential")
        return ValueStatus::Confidential;
    return std::nullopt;
}

} // namespace jamfor
