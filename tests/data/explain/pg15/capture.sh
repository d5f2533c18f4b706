#!/usr/bin/env bash
# Captures each query of queries.sql from a PostgreSQL server loaded with ../live/schema.sql, as
# text (NAME.txt) and JSON (NAME.json) of the same EXPLAIN (ANALYZE, BUFFERS, VERBOSE, TIMING OFF,
# SUMMARY OFF): without timings both runs print the same numbers, so the two files describe one plan.
# Usage: PGHOST=... PGPORT=... PGUSER=postgres ./capture.sh
set -euo pipefail
cd "$(dirname "$0")"
awk '/^-- name: /{name=$3; next} {print > ("/tmp/q-" name ".sql")}' queries.sql
for f in /tmp/q-*.sql; do
  name=$(basename "$f" .sql); name=${name#q-}
  settings=$(grep -E '^SET ' "$f" || true)
  query=$(grep -vE '^SET ' "$f")
  for format in TEXT JSON; do
    out=$([ $format = TEXT ] && echo "$name.txt" || echo "$name.json")
    psql -X -q -A -t -v ON_ERROR_STOP=1 <<SQL > "$out"
BEGIN;
$settings
EXPLAIN (ANALYZE, BUFFERS, VERBOSE, TIMING OFF, SUMMARY OFF, FORMAT $format) $query
ROLLBACK;
SQL
  done
  rm "$f"
done
