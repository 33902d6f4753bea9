#!/bin/sh
# Runs one trial: run.sh <kit> <clone of the repository at the commit of its EXPECTED.md> <maven-repository> [work-dir]
# Copies the clone (its .git too: a config server may name the repository it is checked out from), lays the kit's
# overlay/ over it, runs the kit's prepare.sh there when it has one (given the Maven repository), then generate-security
# with explain (in the folder the kit's `root` file names, else the top), and prints the sorted derived edges
# (client -> server:port); the whole log is <work-dir>/run.log.
set -eu
kit=$(cd "$1" && pwd); clone=$(cd "$2" && pwd); m2=$3; work=${4:-$(mktemp -d)}
rm -rf "$work/copy"; mkdir -p "$work/copy"; cp -r "$clone/." "$work/copy/"; cp -r "$kit/overlay/." "$work/copy/"
cd "$work/copy"
if [ -f "$kit/prepare.sh" ]; then sh "$kit/prepare.sh" "$m2"; fi
if [ -f "$kit/root" ]; then cd "$(cat "$kit/root")"; fi
mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$m2" > "$work/run.log" 2>&1 || { tail -40 "$work/run.log"; echo "BUILD FAILED (log: $work/run.log)"; exit 1; }
grep -E '^\[INFO\] ai-security: .+ -> [a-z0-9-]+:[0-9,]+ because' "$work/run.log" \
  | sed -E 's/^\[INFO\] ai-security: //; s/ because.*//' | sort -u
echo "(log: $work/run.log)"
