"""Benchmarks of newsbook: a corpus generator and a runner (``python -m bench``)."""
