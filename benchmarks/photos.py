"""Test photos made with Pillow, and the cost of turning them into the site's variants.

``make_photo`` draws a camera-like picture (soft colour blotches, a gradient, fine grain, so a
JPEG weighs what a phone's does: about 2 MB at 4000×3000) carrying EXIF with a GPS position and
an orientation, seeded so the same arguments give the same bytes. Nothing large is committed:
tests and ``make bench`` draw their photos when they run.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
from pathlib import Path

from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def make_photo(
    path: Path, size=(4000, 3000), seed: int = 0, gps: bool = True, orientation: int = 1, quality: int = 92
) -> Path:
    """A JPEG (or PNG/WebP by suffix) of ``size`` with EXIF GPS, written to ``path``."""
    rng = random.Random(seed)
    w, h = size
    cells = (max(2, w // 100), max(2, h // 100))
    blotches = Image.merge(
        "RGB", [Image.frombytes("L", cells, rng.randbytes(cells[0] * cells[1])) for _ in range(3)]
    ).resize(size, Image.Resampling.BICUBIC)
    gradient = Image.linear_gradient("L").rotate(rng.randrange(360)).resize(size).convert("RGB")
    picture = Image.blend(blotches, gradient, 0.35)
    grain = Image.frombytes("L", size, rng.randbytes(w * h)).convert("RGB")
    picture = Image.blend(picture, grain, 0.08)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (55.0, 35.0, 50.0), 3: "E", 4: (26.0, 26.0, 13.0)}  # Visaginas
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {"quality": quality} if path.suffix.lower() in (".jpg", ".jpeg", ".webp") else {}
    picture.save(path, exif=exif.tobytes(), **options)
    return path


# --- make bench: what photos cost a build ------------------------------------------------------

PER_ARTICLE = 5  # photos per Lithuanian article, as in a news item about an event
DISTINCT = 10  # photos drawn; the others are byte-unique copies (same decoding and encoding work)


def photo_sites(work: Path, count: int) -> tuple[Path, Path]:
    """Two copies of one synthetic site, with ``count`` 4000×3000 photos in its articles and without."""
    from benchmarks.generate import generate

    n = max(1, -(-count // PER_ARTICLE))
    with_photos = generate(Path(work) / f"photos{count}", n)
    without = generate(Path(work) / f"photos{count}-none", n)
    images = with_photos / "content" / "images"
    drawn = [
        make_photo(Path(work) / "photo-bases" / f"base-{i}.jpg", seed=i)
        if not (Path(work) / "photo-bases" / f"base-{i}.jpg").exists()
        else Path(work) / "photo-bases" / f"base-{i}.jpg"
        for i in range(min(count, DISTINCT))
    ]
    images.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        base = drawn[number % len(drawn)].read_bytes()
        # A JPEG comment right after the start marker: other bytes, so another cache key.
        comment = f"photo {number}".encode()
        (images / f"p{number:04d}.jpg").write_bytes(
            base[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + base[2:]
        )
    articles = sorted((with_photos / "content" / "news" / "lt").glob("*.md"))
    for index, article in enumerate(articles):
        numbers = range(index * PER_ARTICLE, min(count, (index + 1) * PER_ARTICLE))
        if not numbers:
            continue
        head, body = article.read_text(encoding="utf-8").split("\n\n", 1)
        cover = f"\nImage: images/p{numbers[0]:04d}.jpg\nImage_alt: Renginio akimirka Nr. {numbers[0] + 1}"
        photos = "\n\n".join(f"![Renginio akimirka Nr. {k + 1}]({{static}}/images/p{k:04d}.jpg)" for k in numbers)
        article.write_text(f"{head}{cover}\n\n{photos}\n\n{body}", encoding="utf-8")
    return with_photos, without


def bench_photos(work: Path, count: int, runs: int, measure_build, log=print) -> dict:
    """Seconds of a full build with ``count`` new photos (cold), of a rebuild (warm) and without photos."""
    with_photos, without = photo_sites(work, count)
    measure_build("bench_full.py", without / "out" / "full", without)  # warm its caches, untimed
    cold_samples, warm, none = [], [], []
    for number in range(runs):
        if number == 0:  # every photo made anew: the cost of adding them (once; it is the slow one)
            shutil.rmtree(with_photos / "cache", ignore_errors=True)
            cold_samples.append(measure_build("bench_full.py", with_photos / "out" / "cold", with_photos))
            log(f"  photos {count} cold {cold_samples[-1].seconds:7.2f} s")
        warm.append(measure_build("bench_full.py", with_photos / "out" / "warm", with_photos))
        none.append(measure_build("bench_full.py", without / "out" / "full", without))
        log(f"  photos {count} warm {warm[-1].seconds:7.2f} s, same site without photos {none[-1].seconds:7.2f} s")
    median = lambda samples: statistics.median(s.seconds for s in samples)  # noqa: E731
    cold_s, warm_s, none_s = median(cold_samples), median(warm), median(none)
    key = f"photos_{count}"
    return {
        "photos": count,
        f"{key}_cold_seconds": cold_s,
        f"{key}_warm_seconds": warm_s,
        f"{key}_none_seconds": none_s,
        "photo_cold_seconds_each": (cold_s - none_s) / count,
        "photos_warm_overhead": (warm_s - none_s) / none_s,
    }


def main(argv=None) -> int:
    """The photo bench alone, merged into the last ``make bench`` results (its other figures kept).

    ``python -m benchmarks.photos --count 300``: the photo figures of a full ``make bench`` without
    its 5–8 minutes of article builds.
    """
    import argparse
    import datetime
    import json

    from benchmarks.bench import README, RESULTS, WORK
    from benchmarks.measure import BenchFailed, measure_build, rounded
    from benchmarks.report import update_readme

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        figures = rounded(bench_photos(WORK, args.count, args.runs, measure_build))
    except BenchFailed as failure:
        print(failure)
        return 1
    figures["photos_date"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    figures["photos_load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(figures, indent=2))
    results = json.loads(RESULTS.read_text(encoding="utf-8"))
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    update_readme(README, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
