"""``python -m socialsite.build [pelicanconf.py] [output]``: the build for a site with no tasks.py.

What ``make html`` runs, for an organisation that installed the package and has only its
settings and content: check, render, index and swap into the output folder, or print the
problems one line each, keep the previous output and exit 1.
"""

from __future__ import annotations

import argparse
import sys

from socialsite.build import BuildFailed, build
from socialsite.messages import _
from socialsite.secrets import reexec_without_secrets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m socialsite.build", description=__doc__.splitlines()[0])
    parser.add_argument("settings", nargs="?", default="pelicanconf.py", help="settings file (default pelicanconf.py)")
    parser.add_argument("output", nargs="?", default="output", help="target folder (default output)")
    args = parser.parse_args(argv)
    # Started again as a module, not as the path of this file (which would put socialsite/build/
    # first on sys.path).
    sys.argv[:1] = ["-m", "socialsite.build"]
    reexec_without_secrets()
    try:
        build(args.settings, args.output)
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        print(_("The site was not changed: fix the lines above and build again."), file=sys.stderr)
        return 1
    print(_("Built {output}", output=args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
