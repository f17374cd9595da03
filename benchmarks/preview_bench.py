"""(f) of `make bench`: how long a save takes to reach the browser in `make devserver`.

The preview (socialsite/preview) runs as staff run it, one process on the synthetic site. Each save
is timed from the moment the file is written until the changed page, fetched over HTTP from the
preview, carries the new text: the writer's view of "saved → I see it". Five kinds of save, as
the issue lists them: a body edit, a title edit, a new article, its Russian translation added,
and a body edit of a Russian article; each round of five is undone at its end (not timed). Besides the page:
when the home or archive list shows the change (``list_seconds``), and when the search index has
been written again (``search_seconds``).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

TIMEOUT = 600  # seconds: the first build at N = 1000 takes a minute or more on a busy machine
POLL = 0.02


def measure_preview(site: Path, rounds: int = 1, log=print) -> dict:
    output = site / "out" / "preview"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    origin = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(site.parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    console = site / "out" / "preview.log"
    console.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with console.open("w") as sink:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "socialsite.preview",
                "--port",
                str(port),
                "--settings",
                "bench_full.py",
                "--output",
                str(output),
            ],
            cwd=site,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait(lambda: origin in console.read_text(encoding="utf-8") or process.poll() is not None, "the preview")
        if process.poll() is not None:
            raise RuntimeError(f"the preview stopped: {console.read_text(encoding='utf-8')}")
        start_seconds = time.perf_counter() - started
        _wait(lambda: (output / "pagefind" / "pagefind-entry.json").exists(), "the first search index")
        samples, lists, searches = {}, [], []
        for number in range(1, rounds + 1):
            undo = []
            for kind, path, text, page, listing in _saves(site, number):
                undo.append((path, path.read_text(encoding="utf-8") if path.exists() else None, page))
                entry = output / "pagefind" / "pagefind-entry.json"
                written = time.perf_counter()
                stamp = time.time_ns()
                path.write_text(text, encoding="utf-8")
                marker = f"zyme{number}{kind}"
                _wait(lambda url=f"{origin}/{page}", m=marker: m in _get(url), f"{kind}: {page}")
                samples.setdefault(kind, []).append(time.perf_counter() - written)
                if listing:
                    _wait(lambda url=f"{origin}/{listing}", m=marker: m in _get(url), f"{kind}: {listing}")
                    lists.append(time.perf_counter() - written)
                _wait(lambda e=entry, t=stamp: e.exists() and e.stat().st_mtime_ns > t, "the search index")
                searches.append(time.perf_counter() - written)
                log(f"  preview {kind:<12} page {samples[kind][-1]:.2f} s")
            for path, original, _page in reversed(undo):  # the site as it was, for the next round
                if original is None:
                    path.unlink()
                else:
                    path.write_text(original, encoding="utf-8")
            for _path, _original, page in undo:
                _wait(lambda url=f"{origin}/{page}", m=f"zyme{number}": m not in _get(url), f"{page} undone")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    every = [seconds for values in samples.values() for seconds in values]
    return {
        "save_seconds": statistics.median(every),
        "list_seconds": statistics.median(lists),
        "search_seconds": statistics.median(searches),
        "start_seconds": start_seconds,
        "samples": samples,
    }


def _saves(site: Path, number: int):
    """(kind, file, new text, page to fetch, list page to fetch or None) for one round."""
    news = site / "content" / "news"
    lt = sorted((news / "lt").glob("*.md"))
    slug = lambda p: _field(p, "Slug")  # noqa: E731
    body, title = lt[len(lt) // 3], lt[2 * len(lt) // 3]
    ru = next(p for p in sorted((news / "ru").glob("*.md")) if _field(p, "Translation_of"))
    mark = lambda kind: f"zyme{number}{kind}"  # noqa: E731
    yield (
        "body",
        body,
        body.read_text(encoding="utf-8").rstrip("\n") + f" {mark('body')}\n",
        f"news/{slug(body)}.html",
        None,
    )
    text = title.read_text(encoding="utf-8")
    yield (
        "title",
        title,
        re.sub(r"^Title: (.*)$", rf"Title: \1 {mark('title')}", text, count=1, flags=re.M),
        f"news/{slug(title)}.html",
        "archives.html",
    )
    new = f"preview-nauja-{number}"
    yield (
        "new",
        news / "lt" / f"2025-01-0{number}-{new}.md",
        f"Title: Nauja žinia {mark('new')}\nDate: 2025-01-0{number}\nSlug: {new}\n"
        f"Category: Naujienos\n\nNaujos žinios tekstas.\n",
        f"news/{new}.html",
        "index.html",
    )
    # The new article's Russian version: its page and the Lithuanian one's switcher change.
    yield (
        "translation",
        news / "ru" / f"2025-01-0{number}-{new}.md",
        f"Title: Перевод {mark('translation')}\nDate: 2025-01-0{number}\nSlug: {new}\n"
        f"Category: Naujienos\nTranslation_of: {new}\n\nТекст перевода.\n",
        f"ru/news/{new}.html",
        None,
    )
    yield (
        "ru_body",
        ru,
        ru.read_text(encoding="utf-8").rstrip("\n") + f" {mark('ru_body')}\n",
        f"ru/news/{slug(ru)}.html",
        None,
    )


def _field(path: Path, name: str) -> str | None:
    match = re.search(rf"^{name}: (.+)$", path.read_text(encoding="utf-8"), re.M)
    return match.group(1).strip() if match else None


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return ""


def _wait(probe, what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(POLL)
    raise RuntimeError(f"timed out waiting for {what}")
