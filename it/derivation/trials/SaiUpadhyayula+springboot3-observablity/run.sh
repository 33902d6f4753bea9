#!/bin/sh
# Re-runs this trial: run.sh <clone of SaiUpadhyayula/springboot3-observablity at e3f293f> <maven repository>
# Copies overlay/ onto a copy of the clone, runs generate-security with explain, prints the sorted edge list.
set -eu
clone=$1; repo=$2; kit=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); cp -r "$clone"/. "$work"/; rm -rf "$work/.git"; cp -r "$kit/overlay"/. "$work"/
cd "$work"
mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$repo" > "$work/run.log" 2>&1 || { tail -40 "$work/run.log"; echo "BUILD FAILED (log: $work/run.log)"; exit 1; }
grep -E '^\[INFO\] +[a-z0-9-]+ -> [a-z0-9-]+:[0-9]+ ' "$work/run.log" | sed -E 's/^\[INFO\] +//; s/ because.*//' | sort -u
echo "(log: $work/run.log)"
