"""Only real files inside content/ reach the site: no symbolic links, no links climbing out.

A symbolic link committed under content/ (to /proc/self/environ, ~/.ssh/…) would make Pelican
copy whatever it points to onto the public site, and a ``{static}/../../x`` link makes Pelican
copy a file from outside the content folder (even to a place outside output/). Both are
refused here with the file and line, before anything is built; the Pelican side
(content_sanitiser) refuses them again for every other way Pelican runs. Special files (pipes,
devices) are refused too: reading them would hang or leak.

Nothing here opens a linked file: the content rules never read through a link
(``sources.read_sources`` and the registry skip them), so a link to a secret cannot put the
secret into a message either.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from socialsite.errors import ContentError, display_path
from socialsite.links import is_inside, link_target
from socialsite.rules.messages import Messages
from socialsite.rules.sources import Source, line_at, prose

INTRASITE_LINK = re.compile(r"[{|](?P<what>filename|static|attach)[|}](?P<value>[^\s)\"'>\]]*)")


def special_files(*folders) -> list[Path]:
    """Every symbolic link or non-regular file under ``folders`` (links are not followed)."""
    found = []
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            for name in sorted(dirs + files):
                path = Path(root) / name
                mode = os.lstat(path).st_mode
                if stat.S_ISLNK(mode) or not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                    found.append(path)
            dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
    return sorted(set(found))


def check_special_files(folders, _: Messages) -> list[ContentError]:
    errors = []
    for path in special_files(*folders):
        if path.is_symlink():
            message = _(
                "this is a symbolic link (to {target}); the site publishes only real files from content/: "
                "delete the link and put the file itself here",
                target=os.readlink(path),
            )
        else:
            message = _("this is not an ordinary file (a pipe or a device); delete it")
        errors.append(ContentError(str(path), 0, message))
    return errors


def check_climbing_links(source: Source, content_dir: Path, _: Messages) -> list[ContentError]:
    """``{static}``/``{attach}``/``{filename}`` links that lead out of the content folder."""
    text = prose(source.doc)
    errors = []
    for match in INTRASITE_LINK.finditer(text):
        target = link_target(match["value"], source.path, content_dir)
        if target is not None and not is_inside(target, content_dir):
            errors.append(
                ContentError(
                    source.path,
                    line_at(source.doc, text, match.start()),
                    _(
                        "the link '{link}' leads out of the content folder (to {path}); the site publishes only files inside "
                        "content/: put the file into content/images/ and write {{static}}/images/{name}",
                        link=match.group(0),
                        path=display_path(str(target)),
                        name=target.name or "…",
                    ),
                )
            )
    return errors
