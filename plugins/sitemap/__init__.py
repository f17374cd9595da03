from pelican.plugins.sitemap.plugin import get_settings, register

__all__ = ["get_settings", "register"]
