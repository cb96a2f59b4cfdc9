"""Benchmarks of the generated client: `make bench` (see run.py)."""
