#!/usr/bin/env bash
# Installs the pinned npm dev tools (Azurite) from package-lock.json. The registry sometimes drops a connection mid-install
# (npm's EIDLETIMEOUT is not retried by npm itself), so a failed install is tried again, three times in all.
set -euo pipefail
cd "$(dirname "$0")/.."

for attempt in 1 2 3; do
  if npm ci --no-audit --no-fund --loglevel=error; then
    exit 0
  fi
  if [ "$attempt" -lt 3 ]; then
    echo "npm ci failed (attempt $attempt of 3); trying again in 10 s" >&2
    sleep 10
  fi
done
echo "npm ci failed three times: Azurite cannot be installed; see the npm log above" >&2
exit 1
