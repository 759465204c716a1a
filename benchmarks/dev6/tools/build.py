#!/usr/bin/env python3
"""Build every gold file from tools/specs/dev6-NN.py, then run check.py."""
import glob, os, runpy, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "specs"))
for spec in sorted(glob.glob(os.path.join(HERE, "specs", "dev6-*.py"))):
    runpy.run_path(spec, run_name="__main__")
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "check.py")]))
