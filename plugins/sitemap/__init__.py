from pelican.plugins.sitemap.plugin import register

__all__ = ["register"]
