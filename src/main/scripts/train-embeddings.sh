#!/usr/bin/env bash
# Builds models/arabic-ner-embeddings.bin (see models/README.md): fastText skip-gram vectors with
# character n-grams over ../shared/data/unlabeled, normalised as the tagger's tokens are: the first
# SEG_WORDS words through the pipeline's own CoreNLP segmenter, then white-space words (punctuation
# split off) up to about 1.5M tokens in all. Needs the built project (mvn package) and Debian's
# fastText 0.9.2 (apt-get install fasttext), at training time only: the runtime reads the converted
# file in plain Java. Usage: src/main/scripts/train-embeddings.sh [SEG_WORDS] [PLAIN_BYTES] [WORK_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
seg_words="${1:-187000}"
plain_bytes="${2:-13000000}"
work="${3:-$home/out/embeddings}"
data="${ARNER_DATA:-$home/../shared/data}"
cp="$home/target/arabic-ner.jar:$home/target/lib/*"
inputs=("$data/unlabeled/ant-news-2017.txt.gz" "$data/unlabeled/arwiki-comparable-2017.txt.gz")
mkdir -p "$work"
command -v fasttext >/dev/null || { echo "fastText is needed: apt-get install fasttext" >&2; exit 2; }
java -Xmx2g -XX:+UseParallelGC -cp "$cp" org.arabicner.corenlp.UnlabeledSegmenter "$work/segmented.txt.gz" \
  "$seg_words" "${inputs[@]}"
java -cp "$cp" org.arabicner.train.EmbeddingText "$work/plain.txt" 100000000 "${inputs[@]}"
(zcat "$work/segmented.txt.gz"; head -c "$plain_bytes" "$work/plain.txt" | head -n -1) > "$work/input.txt"
fasttext skipgram -input "$work/input.txt" -output "$work/fasttext" -dim 50 -minn 2 -maxn 5 \
  -epoch 2 -minCount 3 -bucket 100000 -thread 2
java -cp "$cp" org.arabicner.train.FastTextConverter "$work/fasttext.bin" "$home/models/arabic-ner-embeddings.bin"
