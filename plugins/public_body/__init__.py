"""The public body's site (plugin and data): see README.md. ``register`` is the Pelican entry."""

from pelican.plugins.public_body.plugin import register

__all__ = ["register"]
