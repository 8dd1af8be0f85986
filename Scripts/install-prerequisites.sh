#!/bin/sh
# The system packages Kanbao builds with, on Debian or Ubuntu (Swift 6 itself comes from swift.org):
# ncursesw's, SQLite's and libxml2's headers (and pkg-config, which finds libxml2's). With --tests, what the tests drive as well: tmux (the reader
# end to end), binutils (nm: the release binary's signal state), man-db (the installed man page), opencc (its t2s, which the
# script fold's counts are checked against; its data made Sources/TextFolding/ScriptFoldTable.swift), valgrind (the
# benchmark's instruction counts, checked against their baseline), poppler-glib (page PDFs: Kanbao opens it at the first PDF;
# the -dev package, whose name Debian and Ubuntu share, brings the library).
set -eu
packages="libncurses-dev libsqlite3-dev libxml2-dev pkg-config"
[ "${1:-}" = "--tests" ] && packages="$packages tmux binutils man-db opencc valgrind libpoppler-glib-dev"
missing=""
for package in $packages; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
