from multilingual.plugin import register

__all__ = ["register"]
