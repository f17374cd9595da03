"""The project registry: one YAML file per EU-funded project, one per funding programme.

No Pelican import here: the disclosure plugin, the project pages, the content checker, the
importer and the benchmark generator all load projects through ``load_registry``. One idea per
module: ``schema`` (what the files must hold), ``model`` (the objects and lookups), ``loader``
(reading the folder; ``registry_path`` is the one reader of ``PROJECTS_PATH``), ``render`` (the
disclosure text of a project in a language), ``site`` (the registry of the current build).
"""

from socialsite.registry.loader import load_registry, registry_path
from socialsite.registry.model import Programme, Project, Registry, Statement, parse_codes
from socialsite.registry.schema import PROJECT_FIELDS
from socialsite.registry.site import registry_for

__all__ = [
    "PROJECT_FIELDS",
    "Programme",
    "Project",
    "Registry",
    "Statement",
    "load_registry",
    "parse_codes",
    "registry_for",
    "registry_path",
]
