"""See DESIGN.md: the briefing package."""
