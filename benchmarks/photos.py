"""Test photos made with Pillow, and the cost of turning them into the site's variants.

``make_photo`` draws a camera-like picture (soft colour blotches, a gradient, fine grain, so a
JPEG weighs what a phone's does: about 2 MB at 4000×3000) carrying EXIF with a GPS position and
an orientation, seeded so the same arguments give the same bytes. Nothing large is committed:
tests and ``make bench`` draw their photos when they run.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def make_photo(path: Path, size=(4000, 3000), seed: int = 0, gps: bool = True, orientation: int = 1,
               quality: int = 92) -> Path:
    """A JPEG (or PNG/WebP by suffix) of ``size`` with EXIF GPS, written to ``path``."""
    rng = random.Random(seed)
    w, h = size
    cells = (max(2, w // 100), max(2, h // 100))
    blotches = Image.merge("RGB", [Image.frombytes("L", cells, rng.randbytes(cells[0] * cells[1]))
                                   for _ in range(3)]).resize(size, Image.Resampling.BICUBIC)
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
