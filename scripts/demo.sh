#!/usr/bin/env bash
# vigie's main job on its embedded default: set up, build, then analyse the sample articles
# the project ships (seed-format files and a JSONL file in French, English and Arabic) and
# print a readable summary of each.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh >/dev/null
exec build/vigie analyze --summary samples/
