"""The figures of one `make bench` run: medians of the samples, and ratios taken within the run.

Every ratio compares two builds of the same invocation (other load on the shared machine hits
them alike); CPU times (user + system) are reported beside the wall-clock ones, as they move
less when other sessions share the cores.
"""

from __future__ import annotations

import datetime
import statistics

from benchmarks.measure import Sample, load_average, machine, rounded

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
    # Issue 18: the whole `make html`, search index included, no slower than plain Pelican, and
    # its peak memory (Pagefind's included) at most twice plain Pelican's.
    "full_with_search_vs_plain": (1.0, False),
    "memory_with_search_vs_plain": (2.0, False),
    "preview_save_seconds": (0.5, False),  # issue 14: save → the changed page served
    "preview_vs_hugo": (1.0, True),
}
# The parts of a project build whose CPU seconds benchmarks/full_build.py reports.
PARTS = ("pelican", "pagefind", "check_and_feed")


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
    # CPU seconds of each part of the project's builds (benchmarks/full_build.py): what ≤ 1.0 on
    # two cores would need, whatever the load.
    cpu_steps = {
        kind: {
            part: statistics.median(s.report.get("cpu_steps", {}).get(part, 0.0) for s in samples[kind])
            for part in PARTS
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
        "cpu_steps_seconds": cpu_steps,
        # Whole processes, so the search index is in: Pagefind and Hugo use both cores.
        "cpu_ratios": {
            "full_with_search_vs_plain": cpu["full"] / cpu["plain"],
            "disclosure_overhead": (cpu["full"] - cpu["no_disclosure"]) / cpu["no_disclosure"],
            "incremental_with_search_vs_hugo": cpu["incremental"] / cpu["hugo"],
            "pelican_vs_plain": cpu_steps["full"]["pelican"] / cpu["plain"],
        },
        "load_average": {"start": load_start, "end": load_average()},
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
    return rounded(figures)
