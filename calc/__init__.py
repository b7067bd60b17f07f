"""Sourced arithmetic behind *Green AI by the Numbers*."""

__version__ = "0.1.0"
