"""The build pipeline: check → Pelican → Pagefind → swap into output/.

Not a Pelican plugin: tasks.py (``make html``, ``make publish``) calls ``build``. Every step
writes into a fresh staging folder beside output/; only when all passed does it replace
output/, so a mistake never leaves a broken or half-built site behind.
"""

from socialsite.build.build import BuildFailed, build, load_settings

__all__ = ["BuildFailed", "build", "load_settings"]
