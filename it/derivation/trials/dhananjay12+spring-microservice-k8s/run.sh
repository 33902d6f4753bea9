#!/bin/sh
# Usage: run.sh <clone of the repository at the commit of EXPECTED.md> <Maven local repository>
# Copies overlay/ onto a copy of the clone, runs generate-security with -Dai-security.explain and prints the sorted
# derived edges (client -> server:port).
set -eu
src=$(cd "$1" && pwd); m2=$2; kit=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); cp -r "$src/." "$work/"; cp -r "$kit/overlay/." "$work/"
cd "$work"
# The config server's Git URI names this repository: the copy's remote origin is its GitHub address, as a clone from
# GitHub has it (a clone of a local mirror names the mirror's path instead).
if [ -d .git ]; then git remote set-url origin https://github.com/dhananjay12/spring-microservice-k8s.git; fi
# The modules name their parent with an empty <relativePath/>: Maven looks it up in the local repository only, so
# the root POM is installed there first (as the repository's own `mvn clean install` from the root needs too).
mvn -B -q -N install -Dmaven.repo.local="$m2" > "$work/parent.log" 2>&1 || { tail -20 "$work/parent.log"; exit 1; }
mvn -B io.aiplatform.security:ai-security-maven-plugin:0.1.0-SNAPSHOT:generate-security -Dai-security.explain \
  -Dmaven.repo.local="$m2" > "$work/run.log" 2>&1 || { tail -40 "$work/run.log"; echo "BUILD FAILED (log: $work/run.log)"; exit 1; }
grep -E '^\[INFO\] ai-security: .+ -> [a-z0-9-]+:[0-9,]+ because' "$work/run.log" | sed -E 's/^\[INFO\] ai-security: //; s/ because.*//' | sort -u
echo "(log: $work/run.log)"
