"""Qt table models over the services' plain data (tested without widgets)."""
