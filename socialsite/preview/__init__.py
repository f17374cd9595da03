"""`make devserver`: a checked preview of every save, served from its own folder (README.md)."""
