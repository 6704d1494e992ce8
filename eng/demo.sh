#!/usr/bin/env bash
# The main job on one machine: installs Azurite, loads the demo company into the uploads container and runs `profit serve`
# (which starts Azurite from node_modules when nothing answers, ingests, snapshots and prints the report URLs).
set -euo pipefail
cd "$(dirname "$0")/.."

eng/install-tools.sh
exec dotnet run --project cli/ProfitPipeline.Cli.csproj -- serve --demo "$@"
