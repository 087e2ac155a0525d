#!/usr/bin/env python3
"""Deterministic build entry point (fixed seed lives in gen.py). Same as `python3 gen.py`."""
import gen

if __name__ == "__main__":
    gen.main()
