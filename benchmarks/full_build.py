"""One project build in a process of its own: ``python -m benchmarks.full_build SETTINGS OUTPUT``.

Bench runs (b), (c) and (d) start this, so each build is a fresh process whose peak RSS the
harness reads with ``os.wait4``. It runs the real pipeline, ``socialsite.build.build`` (check → Pelican
→ Pagefind → swap), and prints one JSON line: the seconds of each step and the peak RSS of the
Pelican step alone (KiB), read from this process's children right after that step.
"""

from __future__ import annotations

import importlib
import json
import resource
import sys

from socialsite.build import BuildFailed, build

_steps = importlib.import_module(
    "socialsite.build.build"
)  # the module; ``socialsite.build.build`` the package's function


def main(argv: list[str]) -> int:
    settings, output = argv
    peaks = {}
    finish = _steps.PelicanRun.finish

    def measured_finish(run):
        finish(run)
        # The Pelican subprocess is this process's only child so far: its peak alone.
        peaks["pelican_kib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    _steps.PelicanRun.finish = measured_finish
    timings = {}
    try:
        build(settings, output, timings=timings)
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    finally:
        _steps.PelicanRun.finish = finish
    # This process ran the content check: its own peak, apart from Pelican's and Pagefind's.
    peaks["self_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"steps": timings, **peaks}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
