#!/usr/bin/env python3
"""Checker for the dev5 set: benchmarks/goldtools/checkset.py with this set's options.

    python3 tools/check.py            # from the dev5 folder (or any folder)
"""
import os, sys

_SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(_SET), "goldtools"))
import checkset  # noqa: E402

if __name__ == "__main__":
    sys.exit(checkset.main(_SET))
