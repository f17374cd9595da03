"""One photo in, its published variants out: resized, turned upright, stripped, cached by content.

Why each step:
- ``ImageOps.exif_transpose`` first: the orientation lives in the EXIF we are about to drop.
- Nothing of the camera's metadata is written back (EXIF with the GPS position, XMP, comments,
  the thumbnail); a colour profile is applied (converted to sRGB) and then dropped too.
- Widths from ``CONTENT_IMAGES_WIDTHS`` (480/720/960/1600), never wider than the photo itself: a
  small picture is not upscaled.
- WebP for every browser of today, JPEG (PNG when the picture is transparent) as the fallback.
- Fixed encoder settings, no timestamps: the same photo gives the same bytes on every build.
- The work is cached under ``CACHE_PATH/content_images/<key>/``, the key being a hash of the
  photo's bytes and of every setting that shapes the output; a stat index (size and mtime per
  path) spares re-reading the bytes, so a build without new photos does no image work at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from pelican.plugins.content_images.settings import get_settings
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

RASTER = {".jpg", ".jpeg", ".png", ".webp"}
FORMAT_VERSION = 2  # bump when the processing below changes what it writes


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    webp: str  # file name, published under CONTENT_IMAGES_OUTPUT
    fallback: str  # .jpg, or .png for a transparent picture


@dataclass(frozen=True)
class Rendition:
    """All variants of one photo, smallest first, and the small one lists show beside a title."""

    variants: tuple[Variant, ...]
    thumb: Variant

    @property
    def largest(self) -> Variant:
        return self.variants[-1]

    def nearest(self, width: int) -> Variant:
        """The smallest variant at least ``width`` wide (else the largest)."""
        return next((v for v in self.variants if v.width >= width), self.largest)


class PhotoError(Exception):
    """A picture Pillow cannot read; the plugin turns it into a path:line message."""


class Photos:
    """The photo processor of one build: settings, cache folder, what this build has published."""

    def __init__(self, settings):
        self.settings = values = get_settings(settings)  # the plugin's settings, checked once per build
        self.widths = tuple(sorted(values["CONTENT_IMAGES_WIDTHS"]))
        self.webp_quality = values["CONTENT_IMAGES_WEBP_QUALITY"]
        self.jpeg_quality = values["CONTENT_IMAGES_JPEG_QUALITY"]
        self.thumb = values["CONTENT_IMAGES_THUMB_WIDTH"]
        self.cache = values["CONTENT_IMAGES_CACHE_PATH"]
        self.output = Path(settings["OUTPUT_PATH"]) / values["CONTENT_IMAGES_OUTPUT"]
        self.signature = json.dumps(
            [FORMAT_VERSION, Image.__version__, self.widths, self.webp_quality, self.jpeg_quality, self.thumb]
        )
        self._done: dict[Path, Rendition] = {}
        self._index_file = self.cache / "index.json"
        try:
            self._index = json.loads(self._index_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._index = {}
        self._index_dirty = False

    def rendition(self, source: Path) -> Rendition:
        """The published variants of ``source``, made (or taken from the cache) and copied to output."""
        source = Path(source)
        if source in self._done:
            return self._done[source]
        key = self._key(source)
        folder = self.cache / key[:2] / key
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = self._make(source, folder)
        stem = _safe_stem(source)
        self.output.mkdir(parents=True, exist_ok=True)

        def published(width, height, fallback_ext) -> Variant:
            names = []
            for ext in ("webp", fallback_ext):
                name = f"{stem}-{width}.{key[:8]}.{ext}"
                _publish(folder / f"{width}.{ext}", self.output / name)
                names.append(name)
            return Variant(width, height, *names)

        variants = tuple(published(*variant) for variant in meta["variants"])
        self._done[source] = rendition = Rendition(variants, published(*meta["thumb"]))
        return rendition

    def save_index(self) -> None:
        if self._index_dirty:
            self.cache.mkdir(parents=True, exist_ok=True)
            tmp = self._index_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._index, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self._index_file)
            self._index_dirty = False

    def _key(self, source: Path) -> str:
        """Hash of the bytes and the settings; the bytes are read only when size or mtime changed."""
        stat = source.stat()
        seen = self._index.get(str(source))
        if seen and seen[0] == stat.st_size and seen[1] == stat.st_mtime_ns and seen[2] == self.signature:
            return seen[3]
        digest = hashlib.sha256(self.signature.encode())
        with open(source, "rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
        key = digest.hexdigest()
        self._index[str(source)] = [stat.st_size, stat.st_mtime_ns, self.signature, key]
        self._index_dirty = True
        return key

    def _make(self, source: Path, folder: Path) -> dict:
        image = _open_upright(source, max(self.widths))
        transparent = image.mode == "RGBA"
        fallback_ext = "png" if transparent else "jpg"
        sizes = [w for w in self.widths if w < image.width] + [min(image.width, max(self.widths))]
        work = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        thumb = min(self.thumb, image.width)
        made = {}
        larger = image  # each width is made from the next larger one: less to resample each time
        for width in sorted(set(sizes) | {thumb}, reverse=True):
            height = max(1, round(image.height * width / image.width))
            small = larger if width == larger.width else larger.resize((width, height), Image.Resampling.LANCZOS)
            larger = small
            small.info = {}  # resize copies info (exif, icc, xmp…); nothing of it is written
            small.save(work / f"{width}.webp", "WEBP", quality=self.webp_quality, method=4, exact=False)
            if transparent:
                small.save(work / f"{width}.png", "PNG", optimize=True)
            else:
                small.save(
                    work / f"{width}.jpg",
                    "JPEG",
                    quality=self.jpeg_quality,
                    optimize=True,
                    progressive=True,
                    subsampling="4:2:0",
                )
            made[width] = [width, height, fallback_ext]
        meta = {"variants": [made[width] for width in sorted(set(sizes))], "thumb": made[thumb]}
        (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(work, folder)  # a cache entry is whole or absent, even if a build is killed
        return meta


def _open_upright(source: Path, max_width: int) -> Image.Image:
    """The photo decoded, turned as the camera meant, in sRGB RGB or RGBA, with no metadata."""
    try:
        with Image.open(source) as image:
            if image.format == "JPEG":
                # Let the JPEG decoder scale down by 2, 4 or 8 while decoding (much faster for a
                # 4000 px photo); the request keeps at least max_width on the side that becomes
                # the width once the orientation is applied.
                turned = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
                request = (1, max_width) if turned else (max_width, 1)
                image.draft("RGB", request)
            image.load()
            icc = image.info.get("icc_profile")
            upright = ImageOps.exif_transpose(image)
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError) as error:
        raise PhotoError(str(error)) from None
    has_alpha = upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info)
    mode = "RGBA" if has_alpha else "RGB"
    if icc and upright.mode in ("RGB", "RGBA", "CMYK"):
        # A broken profile: keep the pixels as they are.
        with contextlib.suppress(ImageCms.PyCMSError, OSError, ValueError):
            upright = ImageCms.profileToProfile(
                upright, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB"), outputMode=mode
            )
    upright = upright.convert(mode)
    upright.info = {}
    return upright


def _publish(cached: Path, target: Path) -> None:
    """Put a cached file into the output: a hard link where possible (no copy), else a copy."""
    if target.exists():
        return
    try:
        os.link(cached, target)
    except OSError:
        shutil.copyfile(cached, target)


def _safe_stem(source: Path) -> str:
    """A file name part that needs no escaping in a URL or a srcset (no spaces, no commas)."""
    stem = re.sub(r"[^a-z0-9_-]+", "-", source.stem.lower()).strip("-")
    return stem or "photo"
