#!/usr/bin/env bash
# Builds models/arabic-ner-embeddings.bin (see models/README.md): fastText skip-gram vectors with
# character n-grams over ../shared/data/unlabeled (the ANT news first, then the Arabic Wikipedia
# text), segmented by the pipeline's own CoreNLP segmenter and normalised as the tagger's tokens are
# (UnlabeledSegmenter, on THREADS threads; the output does not depend on the thread count). MAX_WORDS
# limits the input words segmented (default: all of them, about 9.6M, as for the shipped file; the file
# before it used the first 1,610,983 — see models/README.md). Needs the built project (mvn package)
# and Debian's fastText 0.9.2 (apt-get install fasttext), at training time only: the runtime reads the
# converted file in plain Java.
# Usage: src/main/scripts/train-embeddings.sh [MAX_WORDS] [WORK_DIR] [THREADS]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
max_words="${1:-1000000000}"
work="${2:-$home/out/embeddings}"
threads="${3:-2}"
data="${ARNER_DATA:-$home/../shared/data}"
cp="$home/target/arabic-ner.jar:$home/target/lib/*"
inputs=("$data/unlabeled/ant-news-2017.txt.gz" "$data/unlabeled/arwiki-comparable-2017.txt.gz")
mkdir -p "$work"
command -v fasttext >/dev/null || { echo "fastText is needed: apt-get install fasttext" >&2; exit 2; }
java -Xmx3g -XX:+UseParallelGC -cp "$cp" org.arabicner.corenlp.UnlabeledSegmenter "$work/segmented.txt.gz" \
  "$max_words" "$threads" "${inputs[@]}"
zcat "$work/segmented.txt.gz" > "$work/input.txt"
fasttext skipgram -input "$work/input.txt" -output "$work/fasttext" -dim 100 -minn 2 -maxn 5 \
  -epoch 5 -minCount 3 -bucket 150000 -thread "$threads"
java -cp "$cp" org.arabicner.train.FastTextConverter "$work/fasttext.bin" "$home/models/arabic-ner-embeddings.bin"
