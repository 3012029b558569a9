"""See DESIGN.md: the gui package."""
