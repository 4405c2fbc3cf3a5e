#!/usr/bin/env bash
# Converts the Phoenix/PETRARCH-2 CAMEO verb dictionary and agents dictionary (MIT) into Atalaya's
#   atalaya-core/src/main/resources/org/atalaya/knowledge/patterns/en/verbs-phoenix.tsv
#   atalaya-core/src/main/resources/org/atalaya/knowledge/actors/sectors-phoenix.tsv
# and the non-state actors dictionary into
#   atalaya-core/src/main/resources/org/atalaya/knowledge/actors/groups-phoenix.tsv
# and lists what it could not convert in tools/phoenix/{verbs,agents,groups}-unconverted.tsv (README.md here).
#
#   tools/phoenix/build.sh [DICTIONARY_DIR]      # default ../shared/refdata/petrarch2/dictionaries
#
# Needs a JDK 17 and Maven. Reads the dictionary where it lies; nothing is copied into the repository
# except the converted rows, each naming its source line.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${1:-$repo/../shared/refdata/petrarch2/dictionaries}"
# The commit the refdata copy was taken from (see /work/shared/refdata/README.md, section 3).
origin="openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf (MIT)"

for f in CAMEO.2.0.txt Phoenix.agents.txt Phoenix.MilNonState.actors.txt; do
  [[ -f "$dir/$f" ]] || { echo "no $f in $dir" >&2; exit 2; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "compiling atalaya-core" >&2
(cd "$repo" && mvn -q -pl atalaya-core -DskipTests compile >&2 \
  && mvn -q -pl atalaya-core dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >&2)
cp="$repo/atalaya-core/target/classes:$(cat "$tmp/classpath.txt")"

java -cp "$cp" org.atalaya.knowledge.phoenix.PhoenixConvert \
  --verbs "$dir/CAMEO.2.0.txt" \
  --out "$repo/atalaya-core/src/main/resources/org/atalaya/knowledge/patterns/en/verbs-phoenix.tsv" \
  --unconverted "$here/verbs-unconverted.tsv" \
  --agents "$dir/Phoenix.agents.txt" \
  --agents-out "$repo/atalaya-core/src/main/resources/org/atalaya/knowledge/actors/sectors-phoenix.tsv" \
  --agents-unconverted "$here/agents-unconverted.tsv" \
  --groups "$dir/Phoenix.MilNonState.actors.txt" \
  --groups-out "$repo/atalaya-core/src/main/resources/org/atalaya/knowledge/actors/groups-phoenix.tsv" \
  --groups-unconverted "$here/groups-unconverted.tsv" \
  --licence "$dir/../LICENSE" \
  --origin "$origin"
