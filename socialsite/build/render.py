"""Run Pelican once, strictly: ``python -m socialsite.build.render SETTINGS OUTPUT [--written-fd=N]``.

Any warning Pelican or a plugin logs fails the build. Messages print as plain lines (no
colours, no wrapping), our ContentError exactly as ``path:line: message``. With ``--written-fd``
each file Pelican writes is named on that pipe as it is written (the search index reads it:
``socialsite.build.search``), in an order that is the same on every run
(``socialsite.build.pelican_patches``).
"""

from __future__ import annotations

import logging
import os
import sys

from pelican import Pelican, signals
from pelican.log import init as init_logging
from pelican.settings import read_settings

from socialsite.build.pelican_patches import read_in_sorted_order, translations_in_linear_time
from socialsite.errors import ContentError, ContentErrors
from socialsite.messages import N_, _
from socialsite.settings import SettingError

# Pelican's log levels as staff read them (the message itself is Pelican's own, in English).
LEVELS = {"WARNING": N_("warning: {message}"), "ERROR": N_("error: {message}"), "CRITICAL": N_("error: {message}")}


class _PlainHandler(logging.StreamHandler):
    said_content_error = False

    def format(self, record):
        # A reader (plugins/content_sanitiser) refused a file: Pelican logs only "Could not process
        # <file>" from inside its except block; the refusal itself is the one line to print.
        error = sys.exc_info()[1]
        if isinstance(error, ContentError | ContentErrors):
            self.said_content_error = True
            return str(error)
        return str(_(LEVELS.get(record.levelname, "{message}"), message=record.getMessage()))


def name_written_files(output: str, fd: int) -> None:
    """Each written file's path, relative to ``output``, as one line on ``fd``."""
    root = os.path.abspath(output)

    def written(path, context=None):
        os.write(fd, (os.path.relpath(os.path.abspath(path), root) + "\n").encode("utf-8"))

    signals.content_written.connect(written, weak=False)


def main(argv: list[str]) -> int:
    written = [int(arg.split("=", 1)[1]) for arg in argv if arg.startswith("--written-fd=")]
    settings_file, output = [arg for arg in argv if not arg.startswith("--")]
    handler = _PlainHandler(sys.stderr)
    init_logging(level=logging.WARNING, fatal="warnings", handler=handler)
    settings = read_settings(settings_file, override={"OUTPUT_PATH": output})
    read_in_sorted_order()
    translations_in_linear_time()
    if written:
        name_written_files(output, written[0])
    try:
        Pelican(settings).run()
    except (ContentError, ContentErrors, SettingError) as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:  # a full disk, a read-only folder: one line, not Pelican's traceback
        print(f"{error.filename or output}: {error.strerror or error}", file=sys.stderr)
        return 1
    except RuntimeError as error:  # Pelican's fatal logger: the warning itself is printed above
        if handler.said_content_error:  # already its path:line line; nothing to add
            return 1
        print(
            _("{settings}: the build stopped on the warning above ({error})", settings=settings_file, error=str(error)),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
