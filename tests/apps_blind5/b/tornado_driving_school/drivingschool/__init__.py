"""Roadwise driving school booking backend."""

__version__ = "2.7.1"
