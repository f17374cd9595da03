"""Theme files (CSS, JS, images) published under names that carry their content hash.

``theme/static/css/site.css`` is written as ``theme/css/site.3f2a9c1b.css``; templates name it
through one Jinja function, ``{{ static_url('css/site.css') }}``, which returns the hashed
address. A changed file gets a new name, so the server may let browsers keep every theme file
for a year without asking (deploy/nginx.conf: ``immutable``), and a reader never mixes new HTML
with an old stylesheet. The hash is of the file's bytes (sha256, ``FINGERPRINT_LENGTH`` hex
digits, 8 by default), so two builds of one commit give the same names.

Pelican copies theme/static as it is; on ``finalized`` each copy is renamed to its hashed name,
so no un-hashed theme file is published and a template that names one without ``static_url``
fails the publish link check instead of being cached for a year under a stale name.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from jinja2 import pass_context
from pelican import signals

from socialsite.messages import N_
from socialsite.settings import BOOL, Setting, is_bool, read

SETTINGS = [
    # Hex digits of the sha256 in each name: 8 make a clash between two versions of one file
    # a one in four billion chance; more only lengthen the names.
    Setting(
        "FINGERPRINT_LENGTH",
        8,
        lambda value: isinstance(value, int) and not isinstance(value, bool) and 6 <= value <= 64,
        N_("a whole number from 6 to 64"),
    ),
    # Publish the un-hashed copies too, for a theme that still names some files by hand.
    Setting("FINGERPRINT_KEEP_ORIGINALS", False, is_bool, BOOL),
]


def get_settings(settings) -> dict:
    """FINGERPRINT_* with their defaults; a wrong value raises SettingError (one line)."""
    return read(settings, SETTINGS)


def static_names(settings) -> dict[str, str]:
    """{path under theme/static: hashed path} for every theme file, e.g. css/site.css → css/site.3f2a9c1b.css."""
    length = get_settings(settings)["FINGERPRINT_LENGTH"]
    names = {}
    for folder in settings["THEME_STATIC_PATHS"]:
        root = Path(settings["THEME"], folder)
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            relative = path.relative_to(root).as_posix()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:length]
            stem, dot, extension = relative.rpartition(".")
            names[relative] = f"{stem}.{digest}.{extension}" if dot and "/" not in extension else f"{relative}.{digest}"
    return names


def add_static_url(generator) -> None:
    settings = generator.settings
    names = static_names(settings)

    @pass_context
    def static_url(context, path: str) -> str:
        """The address of a theme file under its hashed name, from the page being rendered."""
        try:
            hashed = names[path]
        except KeyError:
            raise ValueError(f"static_url({path!r}): no such file in the theme's static folder") from None
        return f"{context.get('SITEURL', '')}/{settings['THEME_STATIC_DIR']}/{hashed}"

    generator.env.globals["static_url"] = static_url


def rename_to_hashed(pelican) -> None:
    folder = Path(pelican.output_path, pelican.settings["THEME_STATIC_DIR"])
    keep = get_settings(pelican.settings)["FINGERPRINT_KEEP_ORIGINALS"]
    for original, hashed in static_names(pelican.settings).items():
        if (folder / original).is_file():
            if keep:
                shutil.copyfile(folder / original, folder / hashed)
            else:
                os.replace(folder / original, folder / hashed)


def check_settings(pelican) -> None:
    """``initialized``: a wrong FINGERPRINT_* stops the build before anything is read."""
    get_settings(pelican.settings)


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_static_url)
    signals.finalized.connect(rename_to_hashed)
