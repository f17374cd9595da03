from pelican.plugins.multilingual.plugin import get_settings, register

__all__ = ["get_settings", "register"]
