#!/usr/bin/env bash
# The README's first command: set up, build, and show Crossread working on the
# bundled seed index (screenshots from headless Chromium; no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build --silent
npx tsx scripts/demo.ts "$@"
