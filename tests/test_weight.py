"""Issue 6, weight: an article page's HTML, CSS and JavaScript stay small on slow connections."""

from __future__ import annotations

import gzip

import pytest

ARTICLES = [
    "news/vspc-darbuotojai-dalyvavo-pasitarime.html",
    "ru/news/sotrudnichestvo-senyorov.html",
    "en/news/together-even-summer-rain-holds-no-fear.html",
]


@pytest.mark.parametrize("page", ARTICLES)
def test_article_page_with_its_css_and_js_is_at_most_30_kb_compressed(site, page):
    soup = site.soup(page)
    files = [page]
    files += [site.resolve(page, link["href"]) for link in soup.select('link[rel="stylesheet"]')]
    files += [site.resolve(page, script["src"]) for script in soup.select("script[src]")]
    total = sum(len(gzip.compress(site.path(f).read_bytes(), 9)) for f in files)
    assert total <= 30 * 1024, (total, files)


@pytest.mark.parametrize("page", ARTICLES)
def test_images_have_their_size_and_load_lazily_below_the_title(site, page):
    for image in site.soup(page).select("main img"):
        assert image.get("width") and image.get("height"), image
        if not image.find_parent(class_="eu-landing"):  # the landing emblem must show at once
            assert image.get("loading") == "lazy", image


def test_a_picture_in_an_article_gets_its_size_and_lazy_loading(project):
    from PIL import Image

    (project.root / "content" / "images").mkdir(exist_ok=True)
    Image.new("RGB", (640, 480), "white").save(project.root / "content" / "images" / "arbata.png")
    project.write(
        "news/lt/2024-07-01-su-nuotrauka.md",
        "Title: Su nuotrauka\nDate: 2024-07-01\nCategory: Naujienos\n\n"
        "Senjorai prie arbatos.\n\n![Senjorai prie arbatos]({static}/images/arbata.png)\n",
    )
    site = project.build()
    image = site.soup("news/su-nuotrauka.html").select_one("article .content img")
    # The first picture of a page is its largest paint: fetched at once, the others lazily.
    assert (image["width"], image["height"], image["fetchpriority"]) == ("640", "480", "high")
    assert site.path(site.resolve("news/su-nuotrauka.html", image["src"])).is_file()
