#!/usr/bin/env bash
# vigie's main job on its embedded default: set up, build, ingest the sample articles the
# project ships (75 reports in French, English and Arabic, samples/) into a fresh database, then
# print the brief of the period: stories by country and category, the events of the security
# stories one row a story, the top actors.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh >/dev/null
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
build/vigie ingest --db "$db" samples/
echo
exec build/vigie brief --db "$db"
