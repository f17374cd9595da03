"""One project build in a process of its own: ``python benchmarks/full_build.py SETTINGS OUTPUT``.

Bench runs (b), (c) and (d) start this, so each build is a fresh process whose peak RSS the
harness reads with ``os.wait4``. It runs the real pipeline, ``socialsite.build.build`` (check,
Pelican and the search index side by side, then the swap), and prints one JSON line: the seconds
of each step, the peak RSS of the Pelican step alone (KiB), and the CPU seconds of each part:
Pelican (its process), Pagefind (its process) and this process (the content check, feeding the
pages to Pagefind, Python's start).
"""

from __future__ import annotations

import importlib
import json
import resource
import sys

from socialsite.build import BuildFailed, build

_steps = importlib.import_module("socialsite.build.build")  # the module; ``socialsite.build.build`` is the function


def _cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    settings, output = argv
    peaks, cpu = {}, {}
    finish = _steps.PelicanRun.finish

    def measured_finish(run):
        finish(run)
        # The Pelican subprocess is the only child reaped so far: its peak and CPU time alone.
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        peaks["pelican_kib"] = children.ru_maxrss
        cpu["pelican"] = _cpu(children)

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
    cpu["pagefind"] = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN)) - cpu.get("pelican", 0.0)
    cpu["check_and_feed"] = _cpu(resource.getrusage(resource.RUSAGE_SELF))
    print(json.dumps({"steps": timings, "cpu_steps": cpu, **peaks}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
