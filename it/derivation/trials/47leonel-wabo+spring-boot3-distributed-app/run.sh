#!/bin/sh
# Re-runs this trial: ./run.sh <clone of the repository at the commit of EXPECTED.md> <Maven repository>
# Copies the clone, lays overlay/ (the descriptors) over the copy, runs generate-security with -Dai-security.explain
# and prints the sorted derived edges (client -> server:port); the whole log is left in <copy>/trial.log.
set -eu
src=$(cd "$1" && pwd); repo=$2
kit=$(cd "$(dirname "$0")" && pwd)
work=${TRIAL_WORK:-$(mktemp -d)}/copy
rm -rf "$work"; mkdir -p "$work"
(cd "$src" && tar --exclude=.git -cf - .) | (cd "$work" && tar -xf -)
cp -R "$kit/overlay/." "$work/"
cd "$work"
mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$repo" > trial.log 2>&1 || { tail -40 trial.log; echo "build failed: $work/trial.log"; exit 1; }
grep -E '^\[INFO\] ai-security: [^ ]+ -> [^ ]+ because' trial.log | sed -E 's/^\[INFO\] ai-security: //; s/ because.*//' | sort -u
echo "log: $work/trial.log"
