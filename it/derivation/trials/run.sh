#!/bin/sh
# Runs one trial: run.sh <trial-folder> <clone-of-the-repository-at-the-commit> <maven-repository> [work-dir]
# Copies the clone, lays overlay/ over it, runs generate-security with explain, prints the sorted derived edges.
set -eu
trial=$(cd "$1" && pwd); clone=$2; repo=$3; work=${4:-$(mktemp -d)}
rm -rf "$work/copy"; mkdir -p "$work"; cp -r "$clone" "$work/copy"; rm -rf "$work/copy/.git"
cp -r "$trial/overlay/." "$work/copy/"
root="$work/copy"; [ -f "$trial/root" ] && root="$work/copy/$(cat "$trial/root")"
(cd "$root" && mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security \
    -Dai-security.explain -Dmaven.repo.local="$repo" > "$work/run.log" 2>&1) || echo "BUILD FAILED (see $work/run.log)"
grep -o 'ai-security: [^ ]* -> [^ ]* because' "$work/run.log" | sed 's/^ai-security: //; s/ because$//' | sort -u
