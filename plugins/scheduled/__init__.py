from pelican.plugins.scheduled.plugin import register

__all__ = ["register"]
