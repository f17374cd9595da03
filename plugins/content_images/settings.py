"""The plugin's settings, read and checked in one place (socialsite.settings: how); README.md lists them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from socialsite.messages import N_
from socialsite.settings import POSITIVE, TEXT, Setting, is_positive, is_text, read

# 480 for list thumbnails and small phones, 720 for the common phone (360–412 CSS px at DPR 1.75–2:
# without it Chromium takes 960 and Lighthouse counts half its bytes as wasted), 960 and 1600 for
# tablets and desktops. Never wider than 1600. Apart from these, a 240 px thumbnail for lists.
WIDTHS = (480, 720, 960, 1600)
SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)"  # the theme's .wrap: 46rem wide, 1rem padding
GALLERY_SIZES = "(min-width: 46rem) 14rem, calc(50vw - 1.5rem)"  # .gallery: 3 columns, 2 on phones


def _is_widths(value) -> bool:
    return isinstance(value, list | tuple) and len(value) > 0 and all(is_positive(width) for width in value)


def _is_quality(value) -> bool:
    return is_positive(value) and value <= 100


def _is_inside_output(value) -> bool:
    """A folder below OUTPUT_PATH: relative, and never climbing out of it."""
    return is_text(value) and not PurePosixPath(value).is_absolute() and ".." not in PurePosixPath(value).parts


def _is_folder_or_none(value) -> bool:
    return value is None or is_text(value) or isinstance(value, Path)


SETTINGS = (
    Setting("CONTENT_IMAGES_WIDTHS", WIDTHS, _is_widths, N_("a list of whole numbers above 0, like (480, 960)")),
    Setting("CONTENT_IMAGES_WEBP_QUALITY", 72, _is_quality, N_("a whole number from 1 to 100")),
    Setting("CONTENT_IMAGES_JPEG_QUALITY", 78, _is_quality, N_("a whole number from 1 to 100")),
    Setting("CONTENT_IMAGES_SIZES", SIZES, is_text, TEXT),
    Setting("CONTENT_IMAGES_GALLERY_SIZES", GALLERY_SIZES, is_text, TEXT),
    Setting("CONTENT_IMAGES_THUMB_WIDTH", 240, is_positive, POSITIVE),
    Setting("CONTENT_IMAGES_OUTPUT", "images", _is_inside_output, N_("a folder inside the output, like images")),
    Setting(
        "CONTENT_IMAGES_CACHE_PATH",
        None,
        _is_folder_or_none,
        N_("a folder, or None for the folder content_images in CACHE_PATH"),
    ),
)


def get_settings(settings) -> dict[str, object]:
    """{name: value} of every ``CONTENT_IMAGES_*`` setting; a wrong one raises SettingError (one line).

    ``CONTENT_IMAGES_CACHE_PATH`` comes back as a Path, ``CACHE_PATH/content_images`` when unset.
    """
    values = read(settings, SETTINGS)
    cache = values["CONTENT_IMAGES_CACHE_PATH"]
    values["CONTENT_IMAGES_CACHE_PATH"] = Path(cache) if cache else Path(settings["CACHE_PATH"]) / "content_images"
    return values
