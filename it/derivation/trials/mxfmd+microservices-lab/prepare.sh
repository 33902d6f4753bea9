# Run in the trial's copy. The config server's Git URI names this repository: the copy's remote origin is set to its
# GitHub address, as a clone from GitHub has it (a clone of a local mirror names the mirror's path instead).
if [ -d .git ]; then git remote set-url origin https://github.com/mxfmd/microservices-lab.git; fi
