from project_pages.plugin import register

__all__ = ["register"]
