"""What a reader's browser does: no request leaves the site, search finds articles, the keyboard works."""

from __future__ import annotations

import contextlib
import re

import pytest
from browsing import LANG_PREFIX, pages_by_type, url_of
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_no_request_leaves_the_local_server(site, server, site_origin, page, lang):
    """Every request goes to the site itself: the local server, or SITEURL (404.html is absolute)."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    pages = pages_by_type(site, lang)
    for kind, relative in sorted(pages.items()):
        page.goto(url_of(server, relative), wait_until="load")
        if kind == "search":  # the search itself loads index chunks: include them
            page.fill(".pagefind-ui__search-input", "projekt")
        settle(page)
    local = (server + "/", site_origin + "/", "data:")
    outside = sorted({u for u in requests if not u.startswith(local)})
    assert requests and not outside, f"requests leaving {server}: {outside}"


def settle(page) -> None:
    """Give late requests (index chunks, anything a script asks for) time to be made.

    A request is recorded when the page makes it, answered or not, so a page that never goes
    quiet cannot hide one; waiting for "networkidle" inside goto made the test flaky instead.
    """
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_load_state("networkidle", timeout=5_000)


def search_for(page, server: str, lang: str, term: str) -> list[str]:
    page.goto(url_of(server, LANG_PREFIX[lang] + "search.html"), wait_until="load")
    box = page.locator(".pagefind-ui__search-input")
    box.click()
    box.press_sequentially(term, delay=20)
    page.wait_for_selector(".pagefind-ui__result-link, .pagefind-ui__message", timeout=10_000)
    page.wait_for_function(  # "Searching for …" ends with an ellipsis; the answer does not
        "() => { const m = document.querySelector('.pagefind-ui__message');"
        " return m && !/(…|\\.\\.\\.)\\s*$/.test(m.textContent); }"
    )
    page.wait_for_timeout(300)
    return [a.inner_text().strip() for a in page.locator(".pagefind-ui__result-link").all()]


def body_word(site, relative: str) -> tuple[str, str]:
    """The title of an indexed page and one long word of its body text."""
    soup = site.soup(relative)
    body = soup.select_one("[data-pagefind-body]")
    for ignored in body.select("[data-pagefind-ignore]"):
        ignored.decompose()
    title = body.find("h1").get_text(" ", strip=True)
    words = re.findall(r"\w{9,}", body.get_text(" ", strip=True))
    title_words = {w.lower() for w in re.findall(r"\w+", title)}
    word = next(w for w in words if w.lower() not in title_words and not w.isdigit())
    return title, word


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_search_finds_a_page_by_a_word_of_its_body(site, server, page, lang):
    pages = pages_by_type(site, lang)
    relative = pages.get("article") or pages["project"]  # en/ru may have no news yet
    title, word = body_word(site, relative)
    titles = search_for(page, server, lang, word)
    assert title in titles, f"{lang}: searching {word!r} found {titles}, not {title!r}"


def test_search_without_diacritics_finds_lithuanian_article(site, server, page):
    titles = search_for(page, server, "lt", "senjoru")
    assert "Senjorų bendradarbiavimas" in titles, titles
    message = page.locator(".pagefind-ui__message").inner_text()
    assert message.startswith("Rasta pagal „senjoru“"), f"Pagefind speaks Lithuanian: {message!r}"


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_keyboard_skip_link_switcher_and_search(site, server, page, lang):
    page.goto(url_of(server, LANG_PREFIX[lang] + "search.html"), wait_until="load")
    page.wait_for_selector(".pagefind-ui__search-input")
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.className")
    assert first == "skip-link", f"first Tab stop is {first!r}"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "focused skip link is off screen"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto(url_of(server, LANG_PREFIX[lang] + "search.html"), wait_until="load")
    page.wait_for_selector(".pagefind-ui__search-input")
    reached, unringed = set(), []
    for _ in range(40):
        page.keyboard.press("Tab")
        ring = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"
        )
        if not ring:
            unringed.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"))
        reached.add(
            page.evaluate(
                "() => { const e = document.activeElement;"
                " if (e.closest('.language-switcher')) return 'switcher:' + e.getAttribute('hreflang');"
                " if (e.matches('.pagefind-ui__search-input')) return 'search'; return ''; }"
            )
        )
        if {"switcher:lt", "switcher:en", "switcher:ru", "search"} <= reached:
            break
    assert {"switcher:lt", "switcher:en", "switcher:ru", "search"} <= reached, reached
    assert not unringed, f"focused without a visible outline: {unringed}"
