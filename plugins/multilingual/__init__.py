from pelican.plugins.multilingual.plugin import register

__all__ = ["register"]
