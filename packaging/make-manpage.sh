#!/usr/bin/env bash
# Writes strata-cli's man page from its own --help texts (help2man), with a section per
# subcommand, so the page cannot drift from the program. Usage: make-manpage.sh STRATA_CLI OUT.1
set -euo pipefail
cli=$1
out=$2
include=$(mktemp)
trap 'rm -f "$include"' EXIT

{
  echo "[DESCRIPTION]"
  echo "strata-cli runs Strata's engines without a window: schema models, DDL, SQL import, lint,"
  echo "execution plans, synthetic data and workload profiling, for scripts, tests and benchmarks."
  echo
  echo "[COMMANDS]"
  "$cli" --help | sed -n '/^Commands:/,/^$/p' | sed '1d;/^$/d' | while read -r command summary; do
    echo ".SS $command"
    echo "$summary"
    echo ".PP"
    echo ".nf"
    "$cli" "$command" --help | sed 's/\\/\\\\/g; s/^\./\\\&./'
    echo ".fi"
  done
  echo
  echo "[EXIT STATUS]"
  echo "0 on success, 1 when the input or the work fails (the message on standard error names the"
  echo "problem and its place), 2 on wrong usage."
  echo
  echo "[SEE ALSO]"
  echo "strata(1)"
} > "$include"

help2man --no-info --no-discard-stderr --section=1 \
  --name="the Strata database design IDE on the command line" \
  --include="$include" --output="$out" "$cli"
