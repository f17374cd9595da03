from pelican.plugins.scheduled.plugin import register
from pelican.plugins.scheduled.settings import get_settings

__all__ = ["get_settings", "register"]
