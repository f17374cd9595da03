"""Issue 15, photos: light, upright, private and described; cover photos and galleries.

Real builds of the project with camera-sized photos drawn by Pillow (benchmarks/photos.py), read
back with BeautifulSoup and Pillow. The browser weight is tests/browser/test_photo_weight.py.
"""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from PIL import Image

from socialsite.build import build
from support import FIVE_PHOTOS, GALLERY

METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop", "iptc"}


def _variants(site) -> list:
    return sorted((site.root / "images").glob("*.*.*"))


def _srcset(value: str) -> list[tuple[str, int]]:
    return [(url, int(width[:-1])) for url, width in (item.split() for item in value.split(", "))]


def test_no_published_image_carries_exif_xmp_or_a_profile(photo_site):
    files = _variants(photo_site)
    assert len(files) >= 20
    for path in files:
        with Image.open(path) as image:
            assert len(image.getexif()) == 0, path.name
            assert not METADATA_KEYS & set(image.info), (path.name, set(image.info))
        assert b"Exif\x00\x00" not in path.read_bytes(), path.name


def test_the_original_photos_are_not_published_and_links_to_them_lead_to_a_variant(photo_site):
    published = {p.name for p in (photo_site.root / "images").iterdir()}
    assert not {"svente-1.jpg", "pasuktas.jpg", "schema.png"} & published
    soup = photo_site.soup(FIVE_PHOTOS)
    link = soup.find("a", string="Didelė choro nuotrauka")
    assert re.fullmatch(r"\.\./images/svente-2-1600\.[0-9a-f]{8}\.jpg", link["href"])
    for element in soup.select("[src], [href], [srcset]"):
        for value in (element.get("src"), element.get("href"), element.get("srcset")):
            assert not value or "svente-2.jpg" not in value


def test_every_photo_is_a_picture_with_webp_and_jpeg_at_four_widths_never_wider_than_1600(photo_site):
    pictures = photo_site.soup(FIVE_PHOTOS).select("article .content picture")
    assert len(pictures) == 5
    for picture in pictures:
        source, img = picture.select_one('source[type="image/webp"]'), picture.img
        assert source["sizes"] == img["sizes"]
        for srcset, ext in ((source["srcset"], "webp"), (img["srcset"], "jpg")):
            assert [width for _, width in _srcset(srcset)] == [480, 720, 960, 1600]
            for url, width in _srcset(srcset):
                assert url.endswith("." + ext)
                with Image.open(photo_site.path(photo_site.resolve(FIVE_PHOTOS, url))) as image:
                    assert (image.width, image.height) == (width, width * 3 // 4)
        assert (img["width"], img["height"]) == ("1600", "1200") and img["alt"]
        assert photo_site.path(photo_site.resolve(FIVE_PHOTOS, img["src"])).is_file()
    for path in _variants(photo_site):
        with Image.open(path) as image:
            assert image.width <= 1600


def test_the_smallest_variant_of_a_4000x3000_photo_is_small(photo_site):
    for ext in ("webp", "jpg"):
        (smallest,) = (photo_site.root / "images").glob(f"svente-1-480.*.{ext}")
        assert smallest.stat().st_size < 60 * 1024, (smallest.name, smallest.stat().st_size)


def test_the_first_picture_loads_at_once_the_others_lazily(photo_site):
    images = photo_site.soup(FIVE_PHOTOS).select("article .content img")
    assert images[0].get("fetchpriority") == "high" and "loading" not in images[0].attrs
    assert all(image["loading"] == "lazy" for image in images[1:])


def test_orientation_is_applied_small_photos_are_not_upscaled_transparency_kept_svg_untouched(photo_site):
    soup = photo_site.soup(GALLERY)
    turned = soup.find("img", alt="Vaikas rodo piešinį")  # 1200×900 stored, orientation 6: portrait
    assert [w for _, w in _srcset(turned["srcset"])] == [480, 720, 900]
    assert (turned["width"], turned["height"]) == ("900", "1200")
    scheme = soup.find("img", alt="Salės schema su išėjimais")  # 640 wide: 480 and 640, no 960
    assert [w for _, w in _srcset(scheme["srcset"])] == [480, 640]
    assert scheme["src"].endswith(".jpg")
    svg = soup.find("img", alt="Centro ženklas")
    assert svg.find_parent("picture") is None and svg["src"] == "../images/zenklas.svg"
    assert (svg["loading"], svg.get("width")) == ("lazy", None)
    assert photo_site.path("images/zenklas.svg").is_file()


def test_a_gallery_is_a_list_of_small_pictures_each_linking_to_its_large_jpeg(photo_site):
    items = photo_site.soup(GALLERY).select("ul.gallery > li")
    assert len(items) == 3
    for item in items:
        link, img = item.a, item.find("img")
        assert img["alt"] and img["loading"] == "lazy" and "14rem" in img["sizes"]
        target = photo_site.path(photo_site.resolve(GALLERY, link["href"]))
        with Image.open(target) as image:
            assert image.format == "JPEG" and image.width == 1600
    assert not photo_site.soup(GALLERY).select("script:not([type='application/ld+json'])")


def test_the_cover_is_the_thumbnail_in_every_list_and_the_og_image(photo_site):
    lists = ["index.html", "category/naujienos.html", "archives.html", "projects/07-003-P-0001.html"]
    for page in lists:
        link = photo_site.soup(page).find("a", href=re.compile(r"news/penkios-nuotraukos\.html$"))
        item = link.find_parent("li")
        img = item.select_one("picture img")
        assert img is not None, page
        assert img["alt"] == "Senjorai šoka ratelį salėje" and img["loading"] == "lazy", page
        assert re.search(r"images/svente-1-240\.[0-9a-f]{8}\.jpg$", img["src"]), page
        assert (img["width"], img["height"]) == ("240", "180"), page
        assert photo_site.path(photo_site.resolve(page, img["src"])).is_file()
        assert item.select_one('picture source[type="image/webp"]')["srcset"].endswith(".webp")
    soup = photo_site.soup(FIVE_PHOTOS)
    og = {m["property"]: m["content"] for m in soup.select('meta[property^="og:image"]')}
    assert re.fullmatch(r"http://localhost:8000/images/svente-1-1600\.[0-9a-f]{8}\.jpg", og["og:image"])
    assert (og["og:image:width"], og["og:image:height"]) == ("1600", "1200")
    assert og["og:image:alt"] == "Senjorai šoka ratelį salėje"
    assert photo_site.path(photo_site.resolve(FIVE_PHOTOS, og["og:image"])).is_file()
    # no Image: line: the text's first photo stands for the article in lists and when shared
    [og_image] = photo_site.soup(GALLERY).select('meta[property="og:image"]')
    assert photo_site.path(photo_site.resolve(GALLERY, og_image["content"])).is_file()


def test_photos_are_reproducible_and_a_warm_build_does_no_image_work(photo_site, tmp_path):
    root = photo_site.root.parent
    cache = root / ".cache" / "content_images"
    entries = {p: p.stat().st_mtime_ns for p in cache.glob("*/*/meta.json")}
    assert len(entries) == 7
    warm = tmp_path / "warm"
    build(root / "pelicanconf.py", warm, search=False)
    assert {p: p.stat().st_mtime_ns for p in cache.glob("*/*/meta.json")} == entries  # nothing redone
    shutil.rmtree(cache)
    cold = tmp_path / "cold"
    build(root / "pelicanconf.py", cold, search=False)
    first, again, fresh = (_digests(p / "images") for p in (photo_site.root, warm, cold))
    assert first == again == fresh


def _digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_photo_pillow_cannot_read_stops_the_build_at_its_line(project):
    from socialsite.build import BuildFailed

    (project.root / "content" / "images").mkdir(exist_ok=True)
    (project.root / "content" / "images" / "sugadinta.jpg").write_bytes(b"not a JPEG at all")
    project.write(
        "news/lt/2024-07-01-sugadinta.md",
        "Title: Sugadinta\nDate: 2024-07-01\nCategory: Naujienos\n\nTekstas.\n\n"
        "![Senjorai prie arbatos](images/sugadinta.jpg)\n",
    )
    with pytest.raises(BuildFailed) as failure:
        project.build()
    (line,) = str(failure.value).splitlines()
    assert line.endswith(
        "content/news/lt/2024-07-01-sugadinta.md:7: paveikslėlio „images/sugadinta.jpg“ "
        "nepavyksta perskaityti; išsaugokite jį iš naujo JPEG arba PNG formatu"
    ), line
    assert not project.output.exists()
