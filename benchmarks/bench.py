"""`make bench`: build speed and memory against plain Pelican and Hugo, as ratios within one run.

    python -m benchmarks.bench --n 1000 --runs 3

Generates the synthetic site (benchmarks/generate.py) into benchmarks/work/n<N>/, then builds it
RUNS times in each of five ways, every build a fresh subprocess timed by the wall clock and
measured for peak RSS and CPU time with ``os.wait4`` (benchmarks/measure.py):

    (a) plain      plain Pelican on the same documents: no plugins, default theme, no caching
    (b) full       the project's build as `make html` runs it (check, Pelican with plugins, theme,
                   languages and sitemap, Pagefind), from an empty content cache
    (c) no_disc    (b) without the eu_disclosure plugin (bench_plugins/noop_disclosure.py)
    (d) increment  (b) again after appending a word to one article: the cache (b) left is warm
    (e) hugo       Hugo on the same Markdown, minimal multilingual layouts
    (f) preview    `make devserver` on the same site: five kinds of save, each timed from the file
                   write to the changed page served over HTTP (benchmarks/preview_bench.py), once
                   per run after the builds

and, apart, the photos (benchmarks/photos.py): a site with PHOTOS camera-sized photos built with
an empty cache (cold, once), again (warm), and the same site without photos.

The runs are interleaved (a, b, d, c, e, then again), so a slow minute on a shared machine hits
every kind alike; each figure is a median, and every reported figure is a ratio of medians
from this one invocation (benchmarks/figures.py). Results go to benchmarks/results/latest.json and
results/n<N>.json, the "Latest run" section of benchmarks/README.md (benchmarks/report.py) and its
"Scaling" section and scaling.svg, every N side by side (benchmarks/scaling.py); the table is printed.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

from benchmarks import scaling
from benchmarks.figures import KINDS, ORDER, summarise
from benchmarks.generate import generate
from benchmarks.measure import (
    BenchFailed,
    Sample,
    load_average,
    measure_build,
    measure_hugo,
    measure_plain,
    rounded,
)
from benchmarks.photos import bench_photos
from benchmarks.preview_bench import measure_preview
from benchmarks.report import BEGIN, END, table, update_readme

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"
RESULTS = HERE / "results" / "latest.json"
README = HERE / "README.md"
EDIT_WORD = " atnaujinta"  # "updated": what (d) appends to one article

__all__ = ["BEGIN", "END", "KINDS", "BenchFailed", "run_benchmark"]


def run_benchmark(
    n: int = 1000,
    runs: int = 3,
    work: Path = WORK,
    results: Path | None = RESULTS,
    readme: Path | None = README,
    log=print,
    photos: int = 300,
) -> dict:
    """Generate, build every kind ``runs`` times, write ``results`` (and ``readme``); return the figures."""
    if n < 1 or runs < 1:
        raise ValueError("n and runs must be at least 1")
    site = Path(work) / f"n{n}"
    started = time.perf_counter()
    log(f"Generating {n} articles per language into {site} …")
    generate(site, n)
    edited = article_to_edit(site)
    load_start = load_average()
    log("Warming the bytecode cache on a two-article site …")
    warm_up(Path(work))
    samples: dict[str, list[Sample]] = {kind: [] for kind in ORDER}
    for number in range(1, runs + 1):
        for kind in ORDER:
            sample = build_once(kind, site, edited)
            samples[kind].append(sample)
            log(
                f"  run {number}/{runs} {KINDS[kind]:<26} {sample.seconds:7.2f} s (CPU {sample.cpu_seconds:6.2f} s)"
                f"  {sample.peak_kib / 1024:6.0f} MiB  load {load_average()}"
            )
    log("(f) preview: saves in `make devserver` …")
    try:
        preview = measure_preview(site, rounds=runs, log=log)
    except RuntimeError as failure:
        raise BenchFailed(f"preview: {failure}") from None
    figures = summarise(n, runs, samples, load_start, preview)
    if photos:
        log(f"Photos: {photos} of 4000×3000 px, cold once, warm and without photos {runs} time(s) …")
        figures.update(rounded(bench_photos(Path(work), photos, runs, measure_build, log)))
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    log(table(figures))
    if results is not None:
        results.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
        results.write_text(text, encoding="utf-8")
        # Kept per N as well: the scaling table and plot put the runs at every N side by side.
        (results.parent / f"n{n}.json").write_text(text, encoding="utf-8")
        log(f"Wrote {results}")
    if readme is not None:
        update_readme(readme, figures)
        if results is not None:
            scaling.update(results.parent, readme, readme.parent / "scaling.svg")
        log(f"Updated {readme}")
    return figures


def warm_up(work: Path) -> None:
    """Build a tiny site once in each Python way, untimed, so every module is compiled already.

    A normal installation keeps compiled bytecode; this sandbox sets PYTHONDONTWRITEBYTECODE, so
    without this the first build of each kind (the only one with RUNS=1) would pay for compiling
    Pelican, Jinja2, Markdown and Babel, which staff never do.
    """
    site = generate(work / "warmup", 2)
    edited = article_to_edit(site)
    for kind in ("plain", "full", "no_disclosure"):
        build_once(kind, site, edited)


def output_of(site: Path, kind: str) -> Path:
    """Where a build of ``kind`` goes. The project's builds each get a folder of their own: a build
    deletes the older versions (``.output-*``) beside its output/ (socialsite.build.output)."""
    if kind in ("full", "no_disclosure", "incremental"):
        return site / "out" / kind / "output"
    return site / "out" / kind


def build_once(kind: str, site: Path, edited: Path) -> Sample:
    out = output_of(site, kind)
    shutil.rmtree(out.parent if out.name == "output" else out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if kind == "plain":
        return measure_plain(site, out)
    if kind == "hugo":
        return measure_hugo(site, out)
    if kind in ("full", "no_disclosure"):
        shutil.rmtree(site / "cache" / kind, ignore_errors=True)  # a build from scratch
        return measure_build(f"bench_{kind}.py", out, site)
    if kind == "incremental":  # staff edit one article; the cache run (b) just wrote is warm
        original = edited.read_text(encoding="utf-8")
        edited.write_text(original.rstrip("\n") + EDIT_WORD + "\n", encoding="utf-8")
        try:
            return measure_build("bench_full.py", out, site)
        finally:
            edited.write_text(original, encoding="utf-8")
    raise ValueError(kind)


def article_to_edit(site: Path) -> Path:
    """The first Lithuanian article that names a project and has translations: the costly kind."""
    originals = sorted((site / "content" / "news").glob("lt/*.md"))
    translated = {
        line.split(":", 1)[1].strip()
        for path in (site / "content" / "news").glob("[!l]*/*.md")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("Translation_of:")
    }
    for path in originals:
        text = path.read_text(encoding="utf-8")
        slug = re.search(r"^Slug: (.+)$", text, re.M)
        if "\nProject:" in text and slug and slug.group(1) in translated:
            return path
    return originals[0]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Build speed and memory against plain Pelican and Hugo.")
    parser.add_argument("--n", type=int, default=1000, help="articles per language (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind (default 3)")
    parser.add_argument(
        "--photos", type=int, default=300, help="camera photos in the photo bench (default 300, 0: none)"
    )
    args = parser.parse_args(argv)
    try:
        run_benchmark(args.n, args.runs, photos=args.photos)
    except BenchFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
