"""The headless commands: import, list, show, parse, export."""
