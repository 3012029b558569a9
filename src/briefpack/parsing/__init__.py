"""See DESIGN.md: the parsing package."""
