"""See DESIGN.md: the export package."""
