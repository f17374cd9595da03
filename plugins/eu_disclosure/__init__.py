from eu_disclosure.plugin import register

__all__ = ["register"]
