"""Run Pelican once, strictly: ``python -m sitebuild.render SETTINGS OUTPUT [--written-fd=N --forked-written-fd=M]``.

Any warning Pelican or a plugin logs fails the build. Messages print as plain lines (no
colours, no wrapping), our ContentError exactly as ``path:line: message``.
"""

from __future__ import annotations

import logging
import os
import sys

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.log import init as init_logging
from pelican.settings import read_settings

from sitebuild.parallel import ChildFailed, split_article_writing
from sitekit.errors import ContentError, ContentErrors


class _PlainHandler(logging.StreamHandler):
    def format(self, record):
        return f"{record.levelname.lower()}: {record.getMessage()}"


class _SortedSet(set):
    """A set that iterates in sorted order."""

    def __iter__(self):
        return iter(sorted(set.__iter__(self)))


def read_in_sorted_order() -> None:
    """Pelican lists source files as a set, iterated in the order of the Python hash seed (a new
    one every run) and of the disk, and ties in its sorts (two articles of one date) keep that
    order: the order pages are written in, and so the search index, changed from run to run.
    Listing the files sorted makes it one order everywhere."""
    listed = Generator.get_files
    if getattr(listed, "sorted_by_us", False):
        return

    def get_files(self, *args, **kwargs):
        return _SortedSet(listed(self, *args, **kwargs))

    get_files.sorted_by_us = True
    Generator.get_files = get_files


class _WrittenPages:
    """Each page's path (relative to the output folder) written to a pipe as Pelican writes it:
    the search index (sitebuild.search) reads them while Pelican goes on rendering. With the
    article pages split between two processes (sitebuild.parallel), each names its own."""

    def __init__(self, output: str, fd: int | None, forked_fd: int | None):
        self.root, self.fd, self.forked_fd = os.path.abspath(output), fd, forked_fd
        if fd is not None:
            signals.content_written.connect(self.written, weak=False)

    def written(self, path, context=None):
        os.write(self.fd, (os.path.relpath(os.path.abspath(path), self.root) + "\n").encode("utf-8"))

    def in_child(self):
        if self.fd is not None:
            os.close(self.fd)
            self.fd, self.forked_fd = self.forked_fd, None

    def forked(self):
        self.close_forked()

    def close_forked(self):
        if self.forked_fd is not None:
            os.close(self.forked_fd)
            self.forked_fd = None


def describe(error: BaseException, settings_file: str = "", output: str = "") -> str | None:
    """The one line a failure prints, or None for an unexpected error (printed with its traceback)."""
    if isinstance(error, (ContentError, ContentErrors)):
        return str(error)
    if isinstance(error, OSError):  # a full disk, a read-only folder: one line, not Pelican's traceback
        return f"{error.filename or output}: {error.strerror or error}"
    if isinstance(error, RuntimeError):  # Pelican's fatal logger: the warning itself is printed above
        return f"{settings_file or 'pelican'}: the build stopped on the warning above ({error})"
    return None


def _fd(argv: list[str], name: str) -> int | None:
    values = [int(arg.split("=", 1)[1]) for arg in argv if arg.startswith(f"--{name}=")]
    return values[0] if values else None


def main(argv: list[str]) -> int:
    settings_file, output = [arg for arg in argv if not arg.startswith("--")]
    init_logging(level=logging.WARNING, fatal="warnings", handler=_PlainHandler(sys.stderr))
    settings = read_settings(settings_file, override={"OUTPUT_PATH": output})
    read_in_sorted_order()
    pages = _WrittenPages(output, _fd(argv, "written-fd"), _fd(argv, "forked-written-fd"))
    if settings.get("RENDER_PROCESSES", 1) >= 2:  # off by default: benchmarks/README.md
        split_article_writing(on_child_start=pages.in_child, on_forked=pages.forked, on_no_fork=pages.close_forked)
    else:
        pages.close_forked()  # one process: the second stream ends empty at once
    try:
        Pelican(settings).run()
    except ChildFailed:  # the second process printed its own line
        return 1
    except (ContentError, ContentErrors, OSError, RuntimeError) as error:
        print(describe(error, settings_file, output), file=sys.stderr)
        return 1
    finally:
        pages.close_forked()  # no fork happened (a small site): that stream ends empty
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
