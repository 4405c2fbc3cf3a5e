#!/usr/bin/env bash
# The scaling measurement of docs/spark.md: `atalaya spark` in local[1] and local[2] on a generated
# Spanish corpus, plus a 20-article run of each to separate the fixed cost (JVM, Spark session,
# CoreNLP model load, JIT warm-up) from the per-article rate. Also samples the machine's load
# average, since a shared machine's other work changes the numbers.
# Usage: [SIZES="20 2000"] atalaya-spark/bench/scaling.sh [ARTICLES=2000] [WORKDIR=/tmp/atalaya-spark-bench]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-2000}"
work="${2:-/tmp/atalaya-spark-bench}"
job="$repo/atalaya-spark/target/atalaya-spark-job.jar"
cli="$repo/atalaya-cli/target/atalaya-cli.jar"
mkdir -p "$work"
sizes="${SIZES:-20 $n}"
for size in $sizes; do
  [ -f "$work/corpus-$size.jsonl.gz" ] || java -cp "$job" org.atalaya.spark.SpanishCorpus "$size" "$work/corpus-$size.jsonl.gz"
done
(while true; do cut -d' ' -f1 /proc/loadavg >> "$work/load.txt"; sleep 10; done) &
sampler=$!
trap 'kill $sampler' EXIT
for size in $sizes; do
  for cores in 1 2; do
    : > "$work/load.txt"
    /usr/bin/time -v java -jar "$cli" spark --master "local[$cores]" --in "$work/corpus-$size.jsonl.gz" \
      --out "$work/out-$size-$cores" --overwrite 2> "$work/run-$size-$cores.err"
    load=$(awk '{s+=$1; n++} END {if (n) printf "%.1f", s/n; else print "?"}' "$work/load.txt")
    echo "size=$size cores=$cores mean_load=$load $(grep '^atalaya: coded' "$work/run-$size-$cores.err")" \
      "wall=$(grep 'Elapsed (wall' "$work/run-$size-$cores.err" | awk '{print $NF}')" \
      "max_rss_kb=$(grep 'Maximum resident' "$work/run-$size-$cores.err" | awk '{print $NF}')" | tee -a "$work/results.txt"
  done
done
