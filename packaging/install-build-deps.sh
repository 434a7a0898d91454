#!/bin/sh
# Installs what Jämför needs to build, run and test on Debian 12, skipping what is present.
# Run as root (or with sudo). Used by the README's two commands and by .ci/run.
# --tests: also what only the tests need, the Swedish locale (sv_SE.UTF-8), under which the
# XLSX export is checked to write numbers with a decimal point.
set -eu

tests=no
if [ "${1:-}" = "--tests" ]; then
    tests=yes
fi

packages="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
libboost-test-dev libzip-dev libxlsxwriter-dev libsqlite3-dev sqlite3
xvfb xauth poppler-utils fonts-dejavu-core
help2man clang-format
"
if [ "$tests" = yes ]; then
    packages="$packages locales"
fi

missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -n "$missing" ]; then
    echo "Installing:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    # shellcheck disable=SC2086
    apt-get install -y --no-install-recommends $missing
else
    echo "All build dependencies are installed."
fi

if [ "$tests" = yes ] && ! locale -a 2>/dev/null | grep -qi '^sv_SE\.utf-\?8$'; then
    echo "Generating the locale sv_SE.UTF-8 for the tests"
    localedef -i sv_SE -f UTF-8 sv_SE.UTF-8
fi
