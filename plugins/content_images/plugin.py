"""Pictures in articles and pages: light, upright, private, and described; the cover photo.

Signals (see README.md):
- ``article_generator_finalized`` / ``page_generator_finalized``: every article and page, its
  translations, drafts and hidden ones have been read and every ``content_object_init`` handler
  has run (a sanitiser there sees Markdown's plain ``<img>``, never our ``<picture>``). Their
  pictures are rewritten (content_images.markup), the photos made or taken from the cache and put
  into the output (content_images.photos), and ``Image:`` becomes ``content.cover``.
- ``static_generator_finalized``: the original photos (jpg/png/webp under the content folder) are
  not copied: they carry the camera's EXIF (GPS) and weigh megabytes. Every link to one was
  rewritten to a variant above.
- ``page_generator_finalized`` (after the pictures): the cache index is saved.
"""

from __future__ import annotations

import posixpath
import re
import warnings
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from pelican import signals
from pelican.plugins.content_images.markup import Page
from pelican.plugins.content_images.photos import RASTER, PhotoError, Photos, Rendition, Variant
from PIL import Image, UnidentifiedImageError

from socialsite.errors import ContentError
from socialsite.links import picture_file
from socialsite.messages import _

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\b(src|alt)="([^"]*)"')
_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "hidden_articles",
    "hidden_translations",
    "pages",
    "hidden_pages",
    "draft_pages",
    "draft_translations",
)


@dataclass(frozen=True)
class Cover:
    """The cover photo of an article, for lists (``small``) and for sharing (``large``, og:image).

    ``small`` and ``large`` are variants; the templates write ``{{ SITEURL }}/{{ cover.folder }}/…``.
    """

    alt: str
    folder: str
    small: Variant
    large: Variant


def photos_of(generator) -> Photos:
    """One processor per build, shared by the generators through their common context."""
    context = generator.context
    if "_content_images" not in context:
        context["_content_images"] = Photos(generator.settings)
    return context["_content_images"]


def rewrite_pictures(generator) -> None:
    photos = photos_of(generator)
    seen = set()
    for name in _LISTS:
        for content in getattr(generator, name, None) or []:
            if id(content) not in seen:
                seen.add(id(content))
                _rewrite(content, photos)


def _rewrite(content, photos: Photos) -> None:
    settings = content.settings
    content_dir = settings["PATH"]

    def find(address: str) -> Rendition | None:
        path = picture_file(address, content.source_path, content_dir) if address else None
        if path is None or path.suffix.lower() not in RASTER or not path.is_file():
            return None
        try:
            return photos.rendition(path)
        except PhotoError:
            # `make check` reports it first, with its line; this is the build's last word.
            raise ContentError(
                content.source_path,
                1,
                _("the picture '{src}' cannot be read as a photo; save it again as JPEG or PNG", src=address),
            ) from None

    def size_of(address: str) -> tuple[int, int] | None:
        path = picture_file(address, content.source_path, content_dir) if address else None
        if path is None:
            return None
        try:
            with warnings.catch_warnings():  # the header only; a bomb is make check's to refuse (uploads.py)
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                with Image.open(path) as image:
                    return image.size
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
            return None  # a missing picture is the content checker's to report, with its line

    folder = photos.settings["CONTENT_IMAGES_OUTPUT"]
    page = Page(
        base=f"{_siteurl(content)}/{folder}/",
        find=find,
        size_of=size_of,
        sizes=photos.settings["CONTENT_IMAGES_SIZES"],
        gallery_sizes=photos.settings["CONTENT_IMAGES_GALLERY_SIZES"],
    )
    html = getattr(content, "_content", None)
    if html and ("<img" in html or "<a" in html):
        content._content = page.rewrite(html)
    image = content.metadata.get("image")
    if image:
        rendition = find(image)
        if rendition is None:
            raise ContentError(
                content.source_path, 1, _("the cover photo '{src}' must be a JPEG, PNG or WebP file", src=image)
            )
        content.cover = Cover(
            alt=content.metadata.get("image_alt", ""), folder=folder, small=rendition.thumb, large=rendition.largest
        )
    elif html:
        # No `Image:` line: the text's first photo stands for the article in lists and when shared.
        for tag in _IMG.finditer(html):
            attributes = dict(_ATTRIBUTE.findall(tag.group(0)))
            rendition = find(unescape(attributes.get("src", "")))
            if rendition is not None:
                content.cover = Cover(
                    alt=unescape(attributes.get("alt", "")),
                    folder=folder,
                    small=rendition.thumb,
                    large=rendition.largest,
                )
                break


def _siteurl(content) -> str:
    """What Pelican's writer gives this page as SITEURL: a relative climb, or the absolute address."""
    if content.settings.get("RELATIVE_URLS"):
        depth = posixpath.dirname(content.save_as or content.url or "")
        return posixpath.relpath(".", depth) if depth else "."
    return content.settings["SITEURL"]


def keep_originals_private(generator) -> None:
    """Leave the original photos out of the output: only their stripped variants are published."""
    content_dir = Path(generator.settings["PATH"]).resolve()
    # In place: Pelican's context holds this very list and copies what it holds.
    generator.staticfiles[:] = [
        static
        for static in generator.staticfiles
        if not (
            Path(static.source_path).suffix.lower() in RASTER
            and Path(static.source_path).resolve().is_relative_to(content_dir)
        )
    ]


def save_cache_index(generator) -> None:
    photos_of(generator).save_index()


def register() -> None:
    signals.article_generator_finalized.connect(rewrite_pictures)
    signals.page_generator_finalized.connect(rewrite_pictures)
    signals.page_generator_finalized.connect(save_cache_index)
    signals.static_generator_finalized.connect(keep_originals_private)
