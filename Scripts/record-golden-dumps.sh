#!/bin/sh
# Records the golden dumps of Tests/Fixtures/dumps/cases.tsv with a kanbao binary (default: the
# release build), for a deliberate change of typography: say why in the commit. The test
# GoldenDumpTests compares every case with what it recorded, byte for byte.
set -eu
cd "$(dirname "$0")/.."
kanbao="${1:-.build/release/kanbao}"
mkdir -p Tests/Fixtures/dumps/golden
grep -v '^#' Tests/Fixtures/dumps/cases.tsv | while IFS= read -r line; do
    [ -z "$line" ] && continue
    name="${line%%	*}"
    arguments="${line#*	}"
    # (Tabs split the arguments; no argument holds a space.)
    # shellcheck disable=SC2086
    (IFS='	'; set -f; XDG_CONFIG_HOME=/nonexistent "$kanbao" $arguments) > "Tests/Fixtures/dumps/golden/$name.txt"
done
ls Tests/Fixtures/dumps/golden | wc -l
