// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/jamforfiletransfer.h"

#include <QString>
#include <optional>

namespace jamfor::cli {

// --include: a comma-separated list of networks, groups, analyses (or all); nullopt when a word
// is none of them. Observations always travel.
std::optional<TransferContent> parseInclude(const QString& text);

// The conflicts a dry run lists, and how many more there were; valueText: "71.5" or a status.
QString valueText(const Observation& observation);
void printConflicts(const QList<ImportConflict>& conflicts, qint64 total);

void printTransferResult(const QString& input, const TransferResult& result);

} // namespace jamfor::cli
