// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QString>

namespace jamfor {

// What a table shows in place of a value that is not there, as Kolada marks it: "–" missing,
// "." not applicable, ".." confidential. Tables in the window and in reports use it alike.
QString valueStatusMarker(ValueStatus status);

} // namespace jamfor
