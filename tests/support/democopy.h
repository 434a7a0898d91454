// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demodataset.h"
#include "core/storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

// A fresh copy of the demo file in dir, named demo.jamfor. The demo is written once per test
// program and copied for each test: writing it takes a few seconds.
QString copyOfDemo(const QTemporaryDir& dir);
