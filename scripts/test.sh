#!/usr/bin/env bash
# The README's test command (and CI's): set up what is missing, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm test
