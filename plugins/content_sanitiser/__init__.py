from pelican.plugins.content_sanitiser.plugin import register

__all__ = ["register"]
