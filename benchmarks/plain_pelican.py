"""Run (a) of `make bench`: plain Pelican as installed on its own.

    python benchmarks/plain_pelican.py -s bench_plain.py -o OUT content

Pelican imports every installed namespace plugin (``pelican.plugins.*``) on each run, even with
``PLUGINS = []``; this project's environment has its own installed, which a plain Pelican
installation would not have. They are hidden here, so run (a) pays for none of our code.
"""

import sys

from pelican import main
from pelican.plugins import _utils

_utils.get_namespace_plugins = lambda ns_pkg=None: {}

if __name__ == "__main__":
    sys.exit(main())
