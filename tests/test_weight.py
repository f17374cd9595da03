"""Issue 6, weight: an article page's HTML, CSS and JavaScript stay small on slow connections."""

from __future__ import annotations

import gzip

import pytest

ARTICLES = ["news/vspc-darbuotojai-dalyvavo-pasitarime.html", "ru/news/sotrudnichestvo-senyorov.html",
            "en/news/together-even-summer-rain-holds-no-fear.html"]


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
