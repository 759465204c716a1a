#!/bin/sh
# Rebuild every gold file from its spec, then run the checker.
set -e
cd "$(dirname "$0")"
for s in specs/dev5-*.py; do python3 "$s"; done
python3 check.py
