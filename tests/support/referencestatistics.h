// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <cmath>

// Reference statistics for the tests, written independently of core/analysis so that they can
// tell it wrong.

// Pearson r by the "computational" formula, not the library's centred sums:
// (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)).
double referencePearson(const QList<double>& xs, const QList<double>& ys);

// Average ranks by counting, O(n²): #smaller + (#equal + 1) / 2.
QList<double> referenceRanks(const QList<double>& values);
