// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <utility>

// The test oracle for SKR's kommungrupper: Kolada's groups G92786–G92794 as the API served them
// (tests/data/kolada/kommungrupper_2023.json), with SKR's code of each written by hand and the
// group sizes of SKR's table (revision 2023).
namespace kommungruppreference {

// Each code with the number of municipalities SKR's table gives it.
const QList<std::pair<QString, int>>& sizes();

// Code → the member municipalities as Kolada lists them.
QHash<QString, QStringList> membersByCode();

} // namespace kommungruppreference
