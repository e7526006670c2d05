#!/usr/bin/env bash
# Builds models/arabic-ner-embeddings.bin: fastText skip-gram vectors with character n-grams over
# ../shared/data/unlabeled after the pipeline's own segmentation and normalisation.
# Needs the built project (mvn package) and Debian's fastText 0.9.2 (apt-get install fasttext), at
# training time only: the runtime reads the converted file in plain Java.
# Usage: src/main/scripts/train-embeddings.sh [MAX_WORDS] [WORK_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
max_words="${1:-100000000}"
work="${2:-$home/out/embeddings}"
data="${ARNER_DATA:-$home/../shared/data}"
cp="$home/target/arabic-ner.jar:$home/target/lib/*"
mkdir -p "$work"
command -v fasttext >/dev/null || { echo "fastText is needed: apt-get install fasttext" >&2; exit 2; }
if [ ! -s "$work/segmented.txt" ]; then
  java -Xmx2g -XX:+UseParallelGC -cp "$cp" org.arabicner.corenlp.UnlabeledSegmenter "$work/segmented.txt.gz" \
    "$max_words" "$data/unlabeled/ant-news-2017.txt.gz" "$data/unlabeled/arwiki-comparable-2017.txt.gz"
  zcat "$work/segmented.txt.gz" > "$work/segmented.txt"
fi
fasttext skipgram -input "$work/segmented.txt" -output "$work/fasttext" -dim 100 -minn 2 -maxn 5 \
  -epoch 5 -minCount 3 -bucket 100000 -thread 2
java -cp "$cp" org.arabicner.train.FastTextConverter "$work/fasttext.bin" "$home/models/arabic-ner-embeddings.bin"
