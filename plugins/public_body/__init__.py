"""The public body's site (plugin and data): see README.md. ``register`` is the Pelican entry."""

from pelican.plugins.public_body.plugin import register

from socialsite.public_body.settings import get_settings  # the data's checks read the same settings

__all__ = ["get_settings", "register"]
