"""See DESIGN.md: the library package."""
