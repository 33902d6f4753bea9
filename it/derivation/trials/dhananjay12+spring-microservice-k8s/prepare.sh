# Run in the trial's copy, given the Maven repository. The config server's Git URI names this repository: the copy's
# remote origin is its GitHub address, as a clone from GitHub has it (a clone of a local mirror names the mirror's path).
if [ -d .git ]; then git remote set-url origin https://github.com/dhananjay12/spring-microservice-k8s.git; fi
# The modules name their parent with an empty <relativePath/>: Maven looks it up in the local repository only, so the
# root POM is installed there first (as the repository's own `mvn clean install` from the root needs too).
mvn -B -q -N install -Dmaven.repo.local="$1" > parent.log 2>&1 || { tail -20 parent.log; exit 1; }
