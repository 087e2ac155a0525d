#!/usr/bin/env python3
"""build.py == python3 gen.py (kept for the common layout)."""
import runpy, os
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py"), run_name="__main__")
