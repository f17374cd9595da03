from pelican.plugins.content_images.plugin import register
from pelican.plugins.content_images.settings import get_settings

__all__ = ["get_settings", "register"]
