#!/usr/bin/env bash
# Installs the Debian 12 packages vigie needs to build, test and run. Idempotent: when every
# package is already there it does nothing (no apt-get update, no network).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libicu-dev libsimdjson-dev libcli11-dev libcld2-dev libstemmer-dev zlib1g-dev
  libgtest-dev libbenchmark-dev
  python3 python3-jsonschema
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "vigie setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
