from sitemap.plugin import register

__all__ = ["register"]
