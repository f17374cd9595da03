"""`make devserver`: build the preview once, serve it, and bring every save into it.

    python -m preview [--port 8000] [--settings pelicanconf.py] [--output .preview]

One process for the whole session: the site model, Pelican's generators and the Jinja templates
stay loaded, so a save costs only what it changed (socialsite/preview/README.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from socialsite.errors import ContentError, ContentErrors
from socialsite.preview.notices import messages
from socialsite.preview.search import SearchIndexer
from socialsite.preview.server import BIND, PreviewServer
from socialsite.preview.site import PreviewSite
from socialsite.preview.watch import Watcher
from socialsite.registry import registry_path
from socialsite.settings import SettingError

POLL = 0.1  # seconds between two looks at the files


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m preview")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--output", default=None, help="default: .preview beside the settings file")
    args = parser.parse_args(argv)
    # Ctrl-C stops the preview even when started from a script that ignores it (a background job).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    settings_file = Path(args.settings).resolve()
    output = Path(args.output).resolve() if args.output else settings_file.parent / ".preview"
    try:
        return serve(settings_file, output, args.port)
    except KeyboardInterrupt:  # Ctrl-C before the server was up
        print(messages()("The preview stopped."), flush=True)
        return 0


def serve(settings_file: Path, output: Path, port: int) -> int:
    _ = messages()
    output.mkdir(parents=True, exist_ok=True)
    try:
        server = PreviewServer(output, port, state=None)
    except OSError as error:
        print(
            _(
                "the port {port} cannot be used ({reason}); choose another, e.g. make devserver PORT={other}",
                port=port,
                reason=error.strerror or error,
                other=port + 1,
            ),
            file=sys.stderr,
        )
        return 1
    origin = f"http://{BIND}:{server.port}"
    site = PreviewSite(settings_file, output, origin, _)
    server.show(site)
    print(_("Building the preview…"), flush=True)
    if not _rebuild(site):
        server.stop()
        return 1
    server.start()
    search = SearchIndexer(output).start()
    watcher = Watcher(_watched(site, settings_file))
    print(_("Preview: {url} (Ctrl-C stops it)", url=origin + "/"), flush=True)
    try:
        while True:
            time.sleep(POLL)
            changed = watcher.changes()
            if changed:
                search.request(_apply(site, changed, settings_file, origin))
    except KeyboardInterrupt:
        pass
    finally:
        search.stop()
        server.stop()
    print(_("The preview stopped."), flush=True)
    return 0


def _watched(site: PreviewSite, settings_file: Path) -> list[Path]:
    return [Path(site.settings["PATH"]), Path(site.settings["THEME"]), settings_file]


def _apply(site: PreviewSite, changed: set[str], settings_file: Path, origin: str) -> list[str] | None:
    """One round of saves: content files incrementally, pictures copied, anything else in full.

    Returns the pages written for the search index to take again, or None for the whole site.
    """
    _ = site._
    content, static, other = [], [], []
    base = Path(site.settings["PATH"])
    pages = [Path(base, f) for f in site.settings["ARTICLE_PATHS"] + site.settings["PAGE_PATHS"]]
    pictures = [Path(base, f) for f in site.settings["STATIC_PATHS"]]
    whole = [Path(registry_path(site.settings)), Path(site.settings["THEME"])]
    for path in map(Path, changed):
        if path == settings_file or any(folder in path.parents for folder in whole):
            other.append(path)
        elif path.suffix == ".md" and any(folder in path.parents for folder in pages):
            content.append(path)
        elif any(folder in path.parents for folder in pictures):
            static.append(path)
        # anything else (an editor's scratch file beside an article) changes no page
    if other:  # the registry, the theme or the settings: everything may look different
        print(_("Building the preview…"), flush=True)
        if _rebuild(site, clean=False):
            print(_("Preview: {url} (Ctrl-C stops it)", url=origin + "/"), flush=True)
        return None
    for path in static:
        target = site.output / path.relative_to(base)
        if path.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
        else:
            target.unlink(missing_ok=True)
    if not content:
        return []
    try:
        done = site.update(content)
    except (ContentError, ContentErrors) as error:
        print(error, flush=True)
        return None
    except Exception as error:
        print(f"{type(error).__name__}: {error}", flush=True)
        return None
    _report(site, content, done, origin)
    # A deleted file's page cannot be taken out of a Pagefind index: index everything anew.
    return done["pages"] if all(path.exists() for path in content) else None


def _report(site: PreviewSite, saved, done: dict, origin: str) -> None:
    _ = site._
    errors = site.checks.errors()
    for path in sorted(map(str, saved)):
        for error in errors.get(path, []):
            print(error, flush=True)
    for page in done["saved"]:
        print(
            _("Updated in {seconds} s: {url}", seconds=f"{done['timings']['page']:.2f}", url=f"{origin}/{page}"),
            flush=True,
        )


def _rebuild(site: PreviewSite, clean: bool = True) -> bool:
    try:
        site.build(clean=clean)
    except (ContentError, ContentErrors, SettingError) as error:
        print(error, flush=True)
        return False
    except Exception as error:
        print(f"{type(error).__name__}: {error}", flush=True)
        return False
    for error in site.checks.all_errors():
        print(error, flush=True)
    return True


if __name__ == "__main__":
    sys.exit(main())
