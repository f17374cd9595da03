from pelican.plugins.eu_disclosure.plugin import register

__all__ = ["register"]
