from pelican.plugins.theme_support.plugin import register

__all__ = ["register"]
