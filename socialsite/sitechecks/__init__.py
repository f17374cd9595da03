"""Checks on the built site, before it replaces output/ or leaves the machine (no browser).

``run_checks(root, settings, stages=…)`` runs them; every build runs the ``BUILD`` stage (the
checks that need no real SITEURL), `make publish` adds ``PUBLISH``. One module per check; see
README.md.
"""

from socialsite.sitechecks.made_from import article_page, built_page
from socialsite.sitechecks.runner import BUILD, PUBLISH, STAGES, run_checks

__all__ = ["BUILD", "PUBLISH", "STAGES", "article_page", "built_page", "run_checks"]
