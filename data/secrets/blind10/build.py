#!/usr/bin/env python3
"""Same as python3 gen.py: rebuilds all.jsonl deterministically."""
import runpy, os
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py"), run_name="__main__")
