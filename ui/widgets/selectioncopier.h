// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;

namespace jamfor {

// The selected cells of a view as tab-separated text with the column headers first, the way
// Excel pastes it. Cells use exportRole when they give it (e.g. numbers with a decimal comma
// and no symbols), else their display text.
QString selectionAsTabSeparated(const QAbstractItemView& view, int exportRole);

// Puts selectionAsTabSeparated() on the clipboard.
void copySelectionToClipboard(const QAbstractItemView& view, int exportRole);

} // namespace jamfor
