"""dev6 gold helpers: benchmarks/goldtools/gold.py bound to this set (P, OWN, AS, T, N, E, write_gold)."""
import os, sys

_SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(_SET), "goldtools"))
import gold  # noqa: E402

gold.bind(_SET)
from gold import *  # noqa: E402,F401,F403
