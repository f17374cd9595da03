"""The registry of the current build, loaded once and shared by the plugins that need it."""

from __future__ import annotations

from socialsite.registry.loader import load_registry, registry_path
from socialsite.registry.model import Registry

_CONTEXT_KEY = "PROJECT_REGISTRY"


def registry_for(context, settings) -> Registry:
    """Load the registry on first use in this build; later callers get the same object.

    Kept in Pelican's per-build context rather than a module global, so an autoreloading
    server reads an edited registry on its next build.
    """
    if _CONTEXT_KEY not in context:
        context[_CONTEXT_KEY] = load_registry(registry_path(settings), settings)
    return context[_CONTEXT_KEY]
