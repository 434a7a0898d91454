#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built Debian package with lintian; builds nothing.
# Usage: packaging/check-deb.sh PACKAGE.deb...
#   e.g. packaging/check-deb.sh build/release/jamfor_*.deb
#   (make the package first: cd build/release && cpack -G DEB)
# Runs `lintian --fail-on error` and prints its full report. Exit codes: 0 no error (warnings
# and informational tags are shown but do not fail), 1 lintian reported an error (E:) or could
# not check, 2 wrong usage, 77 lintian is not installed (Debian: apt-get install lintian).
set -eu

if [ "$#" -eq 0 ]; then
    echo "Usage: $0 PACKAGE.deb..." >&2
    exit 2
fi
for deb in "$@"; do
    if [ ! -f "$deb" ]; then
        echo "$0: $deb: no such file" >&2
        exit 2
    fi
done
if ! command -v lintian >/dev/null 2>&1; then
    echo "lintian not found (Debian package lintian): not checked" >&2
    exit 77
fi

echo "lintian --fail-on error $*"
if lintian --fail-on error "$@"; then
    echo "No lintian errors."
else
    echo "lintian reported errors (see above)." >&2
    exit 1
fi
