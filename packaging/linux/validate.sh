#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop file and the AppStream metainfo with the tools that are installed:
# desktop-file-validate (Debian: desktop-file-utils) and appstreamcli (Debian: appstream).
# Usage: validate.sh [DIR]   (DIR defaults to the folder of this script)
# Exit codes: 0 valid, 1 a tool reported a problem, 77 no tool installed (CTest: skipped).
set -u

dir=${1:-$(dirname "$0")}
app_id=se.jamfor.Jamfor
ran=0
failed=0

if command -v desktop-file-validate >/dev/null 2>&1; then
    ran=1
    echo "desktop-file-validate $dir/$app_id.desktop"
    # desktop-file-validate exits 0 on hints; its errors make it exit non-zero.
    desktop-file-validate "$dir/$app_id.desktop" || failed=1
else
    echo "desktop-file-validate not found (Debian package desktop-file-utils): not checked"
fi

if command -v appstreamcli >/dev/null 2>&1; then
    ran=1
    echo "appstreamcli validate --no-net $dir/$app_id.metainfo.xml"
    # Errors and warnings fail; info and pedantic hints do not.
    appstreamcli validate --no-net "$dir/$app_id.metainfo.xml" || failed=1
else
    echo "appstreamcli not found (Debian package appstream): not checked"
fi

if command -v xmllint >/dev/null 2>&1; then
    ran=1
    echo "xmllint --noout $dir/$app_id.mime.xml"
    xmllint --noout "$dir/$app_id.mime.xml" || failed=1
fi

if [ "$failed" -ne 0 ]; then
    echo "Packaging metadata has problems (see above)."
    exit 1
fi
if [ "$ran" -eq 0 ]; then
    echo "No validation tool installed: skipped."
    exit 77
fi
echo "Packaging metadata is valid."
exit 0
