"""The project registry: one YAML file per EU-funded project, one per funding programme.

No Pelican import here: the disclosure plugin, the project pages, the content checker, the
importer and the benchmark generator all load projects through ``load_registry``.
"""

from socialsite.registry.registry import Programme, Project, Registry, load_registry

__all__ = ["Programme", "Project", "Registry", "load_registry"]
