import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold  # noqa: F401

PP = AS(P("Phnom Penh"), level="town")          # notes: town, city-centre point, 15 km
SEA = OWN("Southeast Asia", None, None, "region", 12.0, 104.0, 1000, "own-knowledge (rough region centre)")
