"""Phone and desktop layout: screenshots for a person to look at, and the rules a machine can check."""

from __future__ import annotations

import pytest
from browsing import LANG_PREFIX, ROOT, pages_by_type, url_of

SMALLEST_TEXT = """() => {
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !el.getClientRects().length) continue;
    if (el.closest('.skip-link, [aria-hidden="true"]')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 17.99) small.push(size + 'px: ' + node.textContent.trim().slice(0, 40));
  }
  return small;
}"""


@pytest.mark.parametrize("width", [360, 1280])
def test_screenshots_of_home_and_article(site, server, page, artifacts, width):
    pages = pages_by_type(site, "lt")
    page.set_viewport_size({"width": width, "height": 800})
    for kind in ("home", "article", "search"):
        page.goto(url_of(server, pages[kind]), wait_until="load")
        if kind == "search":
            page.fill(".pagefind-ui__search-input", "senjoru")
            page.wait_for_selector(".pagefind-ui__result-link")
        page.screenshot(path=str(artifacts / f"{kind}-{width}.png"))  # the first screen
        page.screenshot(path=str(artifacts / f"{kind}-{width}-full.png"), full_page=True)
        small = page.evaluate(SMALLEST_TEXT)
        assert not small, f"{kind} at {width} px has text under 18 px: {small[:8]}"


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_nothing_scrolls_sideways_at_320px(site, server, page, lang):
    page.set_viewport_size({"width": 320, "height": 640})
    wide = []
    for kind, relative in sorted(pages_by_type(site, lang).items()):
        page.goto(url_of(server, relative), wait_until="load")
        if kind == "search":
            page.wait_for_selector(".pagefind-ui__search-input")
        width = page.evaluate("() => document.scrollingElement.scrollWidth")
        if width > 320:
            wide.append(f"{relative}: {width} px")
    assert not wide, f"horizontal scroll at 320 px: {wide}"


def test_stylesheet_uses_no_web_fonts_and_respects_motion_and_print():
    css = (ROOT / "theme" / "static" / "css" / "site.css").read_text(encoding="utf-8")
    assert "@font-face" not in css and "@import" not in css
    assert "prefers-reduced-motion" in css and "@media print" in css
    assert ":focus-visible" in css and "--pagefind-ui-text" in css


def test_print_shows_the_article_without_navigation(site, server, page):
    page.goto(url_of(server, pages_by_type(site, "lt")["article"]), wait_until="load")
    page.emulate_media(media="print")
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator(".language-switcher").is_visible()
    assert page.locator("main h1").is_visible() and page.locator(".eu-disclosure").is_visible()


def test_reduced_motion_is_honoured(site, server, page):
    page.emulate_media(reduced_motion="reduce")
    page.goto(url_of(server, pages_by_type(site, "lt")["home"]), wait_until="load")
    moving = page.evaluate(
        "() => [...document.querySelectorAll('*')].filter(e => {"
        " const s = getComputedStyle(e); return s.animationName !== 'none'"
        " || parseFloat(s.transitionDuration) > 0; }).length"
    )
    assert moving == 0
