#!/usr/bin/env bash
# Runs every test on a fresh clone: installs Azurite (pinned in package-lock.json), builds, tests.
# The Functions app is outside ProfitPipeline.Local.slnf: its packages are not restorable here; tests check it from source.
set -euo pipefail
cd "$(dirname "$0")/.."

eng/install-tools.sh
dotnet build ProfitPipeline.Local.slnf --nologo -v:q -clp:ErrorsOnly

log=$(mktemp)
status=0
dotnet test --solution ProfitPipeline.Local.slnf --no-build 2>&1 | tee "$log" || status=$?

# One plain closing line that any CI can read.
passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: ${passed} passed, ${failed} failed"
exit "$status"
