from pelican.plugins.fingerprint.plugin import register, static_names

__all__ = ["register", "static_names"]
