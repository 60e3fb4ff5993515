"""Use cases over storage and the core: what the CLI and the GUI call (Qt-free)."""
