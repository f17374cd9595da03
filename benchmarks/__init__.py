"""`make bench`: build speed and memory of the site against plain Pelican and Hugo (README.md)."""
