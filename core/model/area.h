// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jamfor {

// An operating area (verksamhetsområde) such as äldreomsorg or grundskola.
struct Area
{
    QString id;   // stable code, e.g. "aldreomsorg"
    QString name; // shown to the user, e.g. "Äldreomsorg"

    friend bool operator==(const Area&, const Area&) = default;
};

} // namespace jamfor
