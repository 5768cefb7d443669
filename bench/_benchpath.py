"""Imported first by every bench script: this folder holds queue.py (the issue names it so), which would shadow
Python's own `queue` module (used by psycopg and the DB worker) while the folder leads sys.path. Move the folder
behind the standard library; the bench helpers (_common) are still found."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]
