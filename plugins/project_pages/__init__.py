from pelican.plugins.project_pages.plugin import register

__all__ = ["register"]
