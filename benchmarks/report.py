"""What `make bench` prints and writes into benchmarks/README.md ("Latest run")."""

from __future__ import annotations

from pathlib import Path

from benchmarks.figures import KINDS, PARTS


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
    if "cpu_steps_seconds" in f:
        parts = f["cpu_steps_seconds"]["full"]
        lines.append(
            "\nCPU seconds of (b)'s parts: "
            + ", ".join(f"{part.replace('_', ' ')} {parts[part]:.2f}" for part in PARTS)
            + f"; plain Pelican {f['cpu_seconds']['plain']:.2f}"
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
