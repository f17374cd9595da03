"""Where the full build (bench run b) spends its time: cProfile of its check and Pelican steps.

    python -m benchmarks.profile_build --n 1000

Uses the synthetic site of ``make bench`` (benchmarks/work/n<N>/, generated when missing), runs

- the content check in this process under cProfile, and
- ``python -m cProfile -o … -m socialsite.build.render bench_full.py OUT`` from an empty content cache,

and writes the top functions of each (by own time and by cumulative time) to
benchmarks/results/profile-n<N>.txt. Pagefind is a binary and not profiled here.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.bench import WORK
from benchmarks.generate import LANGS, generate

RESULTS = Path(__file__).resolve().parent / "results"


def site_for(n: int) -> Path:
    site = WORK / f"n{n}"
    lt = site / "content" / "news" / LANGS[0]
    if not (site / "bench_full.py").exists() or len(list(lt.glob("*.md"))) != n:
        generate(site, n)
    return site


def profile_check(site: Path) -> pstats.Stats:
    from socialsite.build import load_settings
    from socialsite.rules import check_site

    settings = load_settings(site / "bench_full.py")
    profiler = cProfile.Profile()
    errors = profiler.runcall(check_site, settings)
    if errors:
        raise SystemExit("\n".join(str(e) for e in errors))
    return pstats.Stats(profiler)


def profile_pelican(site: Path) -> pstats.Stats:
    shutil.rmtree(site / "cache" / "full", ignore_errors=True)  # from scratch, as run (b)
    out, stats = site / "out" / "profile", site / "pelican.prof"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(WORK / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cProfile",
            "-o",
            str(stats),
            "-m",
            "socialsite.build.render",
            "bench_full.py",
            str(out),
        ],
        cwd=site,
        env=env,
        check=True,
    )
    return pstats.Stats(str(stats))


def report(title: str, stats: pstats.Stats, top: int) -> str:
    buffer = io.StringIO()
    stats.stream = buffer
    stats.strip_dirs()
    buffer.write(f"===== {title}: {stats.total_tt:.2f} s under cProfile =====\n")
    for order in ("tottime", "cumulative"):
        buffer.write(f"\n--- top {top} by {order} ---\n")
        stats.sort_stats(order).print_stats(top)
    return buffer.getvalue()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles per language (default 1000)")
    parser.add_argument("--top", type=int, default=30, help="functions listed per table (default 30)")
    args = parser.parse_args(argv)
    site = site_for(args.n)
    text = (
        report("check step (socialsite.rules.check_site)", profile_check(site), args.top)
        + "\n"
        + report("Pelican step (socialsite.build.render)", profile_pelican(site), args.top)
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / f"profile-n{args.n}.txt"
    target.write_text(text, encoding="utf-8")
    print(text)
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
