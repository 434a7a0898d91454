// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jamfor {

// The language the user interface speaks: "sv" or "en". An empty or unknown choice follows
// the system locale: Swedish for a Swedish locale, English otherwise.
QString resolveLanguage(const QString& choice);

// Loads Jämför's own translation and Qt's (for standard dialogs) for the language into the
// running application. English needs no translation of Jämför's own strings.
void installTranslations(const QString& language);

} // namespace jamfor
