"""Briefpack: press statements in, briefing packs out."""

__version__ = "0.1.0"
