"""Shipped data files; see README.md here and briefpack/resource_files.py."""
