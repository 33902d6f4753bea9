#!/bin/sh
# Usage: run.sh <clone of the repository at the commit of EXPECTED.md> <Maven local repository>
# Copies overlay/ onto a copy of the clone, runs generate-security with -Dai-security.explain and prints the sorted
# derived edges (client -> server:port).
# The config server's Git URI names this repository: the copy's remote origin is set to its GitHub address, as a
# clone from GitHub has it (a clone of a local mirror names the mirror's path instead).
set -eu
src=$(cd "$1" && pwd); m2=$2; kit=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); cp -r "$src/." "$work/"; cp -r "$kit/overlay/." "$work/"
cd "$work"
if [ -d .git ]; then git remote set-url origin https://github.com/mxfmd/microservices-lab.git; fi
mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$m2" > "$work/run.log" 2>&1 || { tail -40 "$work/run.log"; echo "BUILD FAILED (log: $work/run.log)"; exit 1; }
grep -E '^\[INFO\] ai-security: .+ -> [a-z0-9-]+:[0-9,]+ because' "$work/run.log" | sed -E 's/^\[INFO\] ai-security: //; s/ because.*//' | sort -u
echo "(log: $work/run.log)"
