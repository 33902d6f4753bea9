#!/bin/sh
# Re-runs this trial: run.sh <clone of the repository at the commit in EXPECTED.md> <maven repository>
# Copies overlay/ onto a copy of the clone, runs generate-security with explain in the root, prints the sorted edge list.
set -eu
clone=$1; repo=$2; kit=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); cp -r "$clone"/. "$work"/; rm -rf "$work/.git"; cp -r "$kit/overlay"/. "$work"/
cd "$work/."
if ! mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$repo" > "$work/run.log" 2>&1; then tail -40 "$work/run.log"; echo "BUILD FAILED (log: $work/run.log)"; exit 1; fi
grep -E '^\[INFO\] ai-security: [a-z0-9-]+ -> [a-z0-9-]+:[0-9,]+ ' "$work/run.log" | sed -E 's/^\[INFO\] ai-security: //; s/ because.*//' | sort -u
echo "(log: $work/run.log)"
