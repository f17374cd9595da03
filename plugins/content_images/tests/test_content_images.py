"""The content_images plugin alone on a tiny site: light, upright, private pictures and a cover."""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican.plugins.content_images import plugin
from PIL import Image
from plugin_site import assert_readme_signals_connected, build, render, tiny_site

from benchmarks.photos import make_photo

TEST_DATA = Path(__file__).parent / "test_data"


@pytest.fixture
def photo_site(tmp_path):
    """Settings of the tiny site with its four photos drawn (with the camera's GPS in their EXIF)."""

    def settings(plugins=("content_images",), **extra) -> dict:
        values = tiny_site(TEST_DATA, tmp_path, list(plugins), **extra)
        images = Path(values["PATH"]) / "images"
        make_photo(images / "hall.jpg", size=(2000, 1500), seed=1)
        make_photo(images / "cover.jpg", size=(1200, 900), seed=2)
        make_photo(images / "party-1.jpg", size=(800, 600), seed=3)
        make_photo(images / "party-2.jpg", size=(800, 600), seed=4)
        return values

    return settings


def test_photos_become_pictures_of_stripped_variants_and_the_originals_stay_private(photo_site):
    site = build(photo_site())
    article = site.soup("photos.html").select_one("article")
    first = article.select_one("picture")
    assert first.source["type"] == "image/webp"
    widths = [entry.rsplit(" ", 1)[1] for entry in first.img["srcset"].split(", ")]
    assert widths == ["480w", "720w", "960w", "1600w"]  # never wider than 1600
    assert (first.img["width"], first.img["height"]) == ("1600", "1200")
    assert first.img["alt"] == "The hall at noon" and first.img["fetchpriority"] == "high"
    # Two pictures on consecutive lines: a gallery, each a link to its large JPEG, lazy.
    gallery = article.select("ul.gallery li a")
    assert [a.img["alt"] for a in gallery] == ["Guests arriving", "The cake"]
    assert all(a.img["loading"] == "lazy" and a["href"].endswith(".jpg") for a in gallery)
    # A link to the original leads to its largest variant; the original is not published.
    large = article.find("a", string="The hall, large")["href"]
    assert large.startswith("./images/hall-1600.") and large.endswith(".jpg")
    assert not site.path("images/hall.jpg").exists()
    for variant in site.path("images").iterdir():
        with Image.open(variant) as image:
            assert not image.getexif() and "icc_profile" not in image.info, variant.name


def test_the_cover_is_the_header_photo(photo_site):
    values = photo_site()
    site = build({**values, "THEME": str(Path(values["PATH"]).parent / "theme")})  # shows article.cover
    soup = site.soup("photos.html")
    cover = soup.select_one("img.cover")
    assert cover["alt"] == "The hall before the party"
    assert cover["width"] == "240" and cover["src"].startswith("./images/cover-240.")
    assert soup.select_one('meta[property="og:image"]')["content"].startswith("./images/cover-1200.")
    assert site.path(site.resolve("photos.html", cover["src"])).is_file()


def test_settings_change_the_widths_and_the_folder(photo_site):
    site = build(photo_site(CONTENT_IMAGES_WIDTHS=[300, 600], CONTENT_IMAGES_OUTPUT="pictures"))
    first = site.soup("photos.html").select_one("article picture img")
    assert [entry.rsplit(" ", 1)[1] for entry in first["srcset"].split(", ")] == ["300w", "600w"]
    assert first["src"].startswith("./pictures/hall-600.")
    assert not site.path("images").exists()


def test_without_the_plugin_the_original_with_its_gps_is_published(photo_site):
    """What the plugin changes: Pelican alone copies the camera's file and writes a plain <img>."""
    site = build(photo_site(plugins=()))
    with Image.open(site.path("images/hall.jpg")) as original:
        assert original.getexif().get(0x8825)  # the GPS block
    assert site.soup("photos.html").select_one("article picture") is None


def test_a_wrong_setting_stops_the_build_in_one_line(photo_site):
    settings = photo_site(CONTENT_IMAGES_WEBP_QUALITY=0)
    result = render(settings)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "settings: CONTENT_IMAGES_WEBP_QUALITY = 0 is wrong: a whole number from 1 to 100"
    ]
    assert not (Path(settings["OUTPUT_PATH"]) / "photos.html").exists()


def test_every_handler_of_the_readme_s_signals_table_is_connected():
    assert_readme_signals_connected(Path(__file__).parents[1] / "README.md", plugin)
