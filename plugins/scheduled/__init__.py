from scheduled.plugin import register

__all__ = ["register"]
