#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of docs/architecture.md, checked on the includes: core includes only core, render
# only core and render, ui everything but app; SQL statements only in core/storage; Qt Charts
# only in ui/charts; widgets read through core/storage/catalog.h.
# Usage: check-layers.sh SOURCE_ROOT. Prints every offending line and fails if there is one.
set -u
root=$1
cd "$root" || exit 2
status=0
offend() {
    echo "$1:"
    echo "$2" | sed 's/^/    /'
    status=1
}
hits=$(grep -rnE '#include "(ui|render|app|tests)/' core)
[ -n "$hits" ] && offend "core includes a higher layer" "$hits"
hits=$(grep -rnE '#include "(ui|app)/|#include <Q(Widget|Application|Chart|ChartView|Dialog|MainWindow)>' render)
[ -n "$hits" ] && offend "render includes ui, app or Qt Widgets/Charts" "$hits"
hits=$(grep -rnE '#include "app/' ui)
[ -n "$hits" ] && offend "ui includes app" "$hits"
hits=$(grep -rlE '#include <QSql(Query|QueryModel|TableModel)>' core render ui app | grep -v '^core/storage/')
[ -n "$hits" ] && offend "SQL outside core/storage" "$hits"
hits=$(grep -rlE '#include <Q(Chart|ChartView|BarSet|LineSeries|ValueAxis|ScatterSeries|BarCategoryAxis|AreaSeries|StackedBarSeries|LegendMarker)>' core render ui app | grep -vE '^ui/charts/')
[ -n "$hits" ] && offend "Qt Charts outside ui/charts" "$hits"
# Widgets read the file through core/storage/catalog.h and the core services; only the
# document's edits (ui/commands) and the analysis document (ui/wizard/analysiseditor) use the
# repositories.
hits=$(grep -rlE '#include "core/storage/[a-z]+repository\.h"' ui | grep -vE '^ui/commands/|^ui/wizard/analysiseditor\.cpp$')
[ -n "$hits" ] && offend "ui reads the file past core/storage/catalog.h" "$hits"
[ $status -eq 0 ] && echo "The layers are kept."
exit $status
