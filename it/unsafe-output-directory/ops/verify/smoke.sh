# the user's own verify/smoke.sh
kind: Mine
