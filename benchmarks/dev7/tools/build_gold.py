#!/usr/bin/env python3
"""Rebuild every gold/dev7-NN.json from tools/specs/dev7-NN.py, then run check.py."""
import glob, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for spec in sorted(glob.glob(os.path.join(HERE, "specs", "dev7-*.py"))):
    subprocess.run([sys.executable, spec], check=True)
sys.exit(subprocess.run([sys.executable, os.path.join(HERE, "check.py")]).returncode)
