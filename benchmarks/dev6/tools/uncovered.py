#!/usr/bin/env python3
"""Review aid for dev6: benchmarks/goldtools/uncovered.py on this set (optional article stem)."""
import os, subprocess, sys

_SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_TOOL = os.path.join(os.path.dirname(_SET), "goldtools", "uncovered.py")
sys.exit(subprocess.call([sys.executable, _TOOL, _SET, *sys.argv[1:]]))
