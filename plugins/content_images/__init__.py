from pelican.plugins.content_images.plugin import register

__all__ = ["register"]
