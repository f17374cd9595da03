"""How each cost grows with N: the runs at every N side by side, and seconds against N as a plot.

``make bench`` keeps each run's figures as results/n<N>.json besides latest.json; this module
reads all of them and writes the "Scaling" section of benchmarks/README.md (a table with
seconds, peak memory and ratios per N, and seconds per 1000 articles, which stays flat when a
cost grows linearly) and benchmarks/scaling.svg. The preview save (``preview_save``, measured
by the preview's bench when it is there) is plotted when a run has it, and left out otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path

# What the plot draws: (key in "seconds", label). preview_save is optional.
LINES = (
    ("plain", "plain Pelican"),
    ("full", "full build (check + Pelican + Pagefind)"),
    ("incremental", "rebuild after one edit"),
    ("preview_save", "preview save"),
    ("hugo", "Hugo"),
)
BEGIN, END = "<!-- bench:scaling:begin -->", "<!-- bench:scaling:end -->"


def load_runs(folder: Path) -> list[dict]:
    """Every results/n<N>.json, by N."""
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in Path(folder).glob("n*.json")]
    return sorted(runs, key=lambda run: run["n_per_lang"])


def seconds_of(run: dict, kind: str) -> float | None:
    if kind == "preview_save":  # the preview's bench may report it either way
        return run["seconds"].get(kind, run.get("preview_save_seconds"))
    return run["seconds"].get(kind)


def cpu_of(run: dict, kind: str) -> float | None:
    return run.get("cpu_seconds", {}).get(kind)


def per_thousand(run: dict, value: float | None) -> float | None:
    return None if value is None else value / (3 * run["n_per_lang"]) * 1000


def table(runs: list[dict]) -> str:
    head = "| | " + " | ".join(f"N = {run['n_per_lang']}" for run in runs) + " |"
    lines = [head, "|---|" + "---:|" * len(runs)]

    def row(label, values):
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    def fmt(value, spec):
        return "—" if value is None else format(value, spec)

    for kind, label in LINES:
        values = [seconds_of(run, kind) for run in runs]
        if any(value is not None for value in values):
            row(f"{label}, s", [fmt(value, ".2f") for value in values])
    for kind, label in (("plain", "plain Pelican"), ("full", "full build")):
        row(
            f"{label}, s per 1000 articles",
            [fmt(seconds_of(run, kind) / (3 * run["n_per_lang"]) * 1000, ".2f") for run in runs],
        )
    for kind, label in (("plain", "plain Pelican"), ("full", "full build")):
        row(f"{label}, CPU s", [fmt(cpu_of(run, kind), ".2f") for run in runs])
    # CPU seconds hardly move with other sessions' load: the fairer test of linear growth.
    for kind, label in (("plain", "plain Pelican"), ("full", "full build")):
        row(
            f"{label}, CPU s per 1000 articles",
            [fmt(per_thousand(run, cpu_of(run, kind)), ".2f") for run in runs],
        )
    for part in ("pelican", "pagefind", "check_and_feed"):
        row(
            f"full build: {part.replace('_', ' ')}, CPU s",
            [fmt(run.get("cpu_steps_seconds", {}).get("full", {}).get(part), ".2f") for run in runs],
        )
    for step in ("check", "pelican", "pagefind"):
        row(f"full build: {step} step, s", [fmt(run["steps_seconds"]["full"].get(step), ".2f") for run in runs])
    for kind, label in (("plain", "plain Pelican"), ("full", "full build, Pagefind included"), ("hugo", "Hugo")):
        row(f"{label}, peak RSS MiB", [fmt(run["peak_rss_mib"][kind], ".0f") for run in runs])
    for name in (
        "full_with_search_vs_plain",
        "full_vs_plain",
        "disclosure_overhead",
        "memory_vs_plain",
        "memory_with_search_vs_plain",
        "incremental_vs_hugo",
    ):
        row(f"`{name}`", [fmt(run.get(name), ".3f") for run in runs])
    row(
        "`full_with_search_vs_plain` by CPU time",
        [fmt(run.get("cpu_ratios", {}).get("full_with_search_vs_plain"), ".3f") for run in runs],
    )
    row("runs, load average at start", [f"{run['runs']}, {(run['load_average']['start'] or ['?'])[0]}" for run in runs])
    return "\n".join(lines)


def plot(runs: list[dict], target: Path) -> None:
    """Seconds against N, one line per kind of build, beside their CPU seconds; an SVG with no date in it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "bench"  # the same ids on every run
    figure, (wall, cpu) = plt.subplots(1, 2, figsize=(11, 4.5))
    for number, (kind, label) in enumerate(LINES):
        colour = f"C{number}"  # one colour per kind in both panels (the preview has no CPU line)
        points = [(run["n_per_lang"], seconds_of(run, kind)) for run in runs if seconds_of(run, kind) is not None]
        if points:
            wall.plot(*zip(*points, strict=True), marker="o", label=label, color=colour)
        points = [(run["n_per_lang"], cpu_of(run, kind)) for run in runs if cpu_of(run, kind) is not None]
        if points:
            cpu.plot(*zip(*points, strict=True), marker="o", label=label, color=colour)
    for axes, what in ((wall, "seconds, wall clock (median)"), (cpu, "CPU seconds, all processes (median)")):
        axes.set_xlabel("articles per language (N; the site has 3 × N)")
        axes.set_ylabel(what)
        axes.grid(True, alpha=0.3)
    wall.set_title("make bench: build time against N (2 shared cores)")
    cpu.set_title("the same builds' CPU time (less moved by other load)")
    wall.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(target, format="svg", metadata={"Date": None})
    plt.close(figure)


def update(results_folder: Path, readme: Path, svg: Path) -> None:
    """Rewrite the README's scaling section and the plot from every n<N>.json in the folder."""
    runs = load_runs(results_folder)
    if not runs:
        return
    plot(runs, svg)
    block = f"{BEGIN}\n{table(runs)}\n\n![seconds against N]({svg.name})\n{END}"
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n## Scaling\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    readme.write_text(head + block + rest.split(END, 1)[1], encoding="utf-8")
