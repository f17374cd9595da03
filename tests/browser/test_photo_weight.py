"""Issue 15, weight: an article with five 4000×3000 photos costs a phone at most 250 KB.

Real Chromium, a cheap phone's screen: 360 CSS px wide, device pixel ratio 2, touch. Every
response is counted (HTML, CSS, JS, images; body and headers as sent by a plain static server,
uncompressed), first as the page loads, then after scrolling to the very end so every lazy photo
has loaded too; the budget holds for the latter. The files a phone picks are printed (-s).

Lighthouse (npm, pinned in package.json; Chromium from /usr/bin) runs its mobile audit offline.
Its performance score is a timing on a shared machine, so it is printed, not asserted; the image
audits and the byte and layout-shift figures behind it are asserted.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import threading

import pytest
from browsing import CHROMIUM, NODE_MODULES

from support import FIVE_PHOTOS, GALLERY, missing

BUDGET = 250 * 1024


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def photo_server(photo_site):
    handler = functools.partial(_Quiet, directory=str(photo_site.root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        service_workers="block",
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def _load_and_count(page, url: str) -> tuple[dict[str, int], dict[str, int]]:
    """Bytes per URL after the load, and after scrolling to the end with every picture complete."""
    loaded: dict[str, int] = {}

    def record(request):
        sizes = request.sizes()
        loaded[request.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]

    page.on("requestfinished", record)
    page.goto(url, wait_until="networkidle")
    initial = dict(loaded)
    height = page.evaluate("() => document.scrollingElement.scrollHeight")
    for y in range(0, height + 740, 300):
        page.evaluate(f"() => window.scrollTo(0, {y})")
        page.wait_for_timeout(50)
    page.wait_for_function("() => [...document.images].every(i => i.complete)")
    page.wait_for_load_state("networkidle")
    return initial, dict(loaded)


def test_five_camera_photos_weigh_at_most_250_kb_on_a_phone(photo_server, phone):
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing")
    initial, scrolled = _load_and_count(phone, f"{photo_server}/{FIVE_PHOTOS}")
    photos = sorted(u.rsplit("/", 1)[1] for u in scrolled if "/images/svente-" in u)
    print(
        f"\n{FIVE_PHOTOS} at 360 px, DPR 2: {sum(initial.values())} B on load "
        f"({len(initial)} requests), {sum(scrolled.values())} B after scrolling ({len(scrolled)}): {photos}"
    )
    assert len(photos) == 5 and all(name.endswith(".webp") for name in photos)  # one variant per photo, WebP
    assert sum(initial.values()) <= sum(scrolled.values()) <= BUDGET


def test_the_gallery_opens_the_large_photo_without_javascript(browser, photo_server):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{photo_server}/{GALLERY}", wait_until="load")
        with page.expect_navigation() as navigation:
            page.locator("ul.gallery a").first.click()
        response = navigation.value
        assert response.ok and response.headers["content-type"] == "image/jpeg"
        assert page.evaluate("() => [document.images[0].naturalWidth, document.images[0].naturalHeight]") == [
            1600,
            1200,
        ]
    finally:
        context.close()


# Lighthouse audits about pictures that depend on bytes and markup, not on the machine's speed.
IMAGE_AUDITS = (
    "uses-responsive-images",
    "modern-image-formats",
    "offscreen-images",
    "unsized-images",
    "uses-optimized-images",
    "lcp-lazy-loaded",
    "prioritize-lcp-image",
)


def test_lighthouse_mobile_finds_nothing_to_improve_in_the_photos(photo_server, tmp_path):
    lighthouse = NODE_MODULES / ".bin" / "lighthouse"
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing")
    if not lighthouse.exists():
        pytest.fail(f"{lighthouse} is missing: run `npm ci` (make test does)")
    report = tmp_path / "lighthouse.json"
    subprocess.run(
        [
            str(lighthouse),
            f"{photo_server}/{FIVE_PHOTOS}",
            "--only-categories=performance",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--output=json",
            f"--output-path={report}",
        ],
        check=True,
        timeout=240,
        env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
        capture_output=True,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    audits = result["audits"]
    print(
        f"\nLighthouse {result['lighthouseVersion']} mobile performance "
        f"{result['categories']['performance']['score']}: "
        + ", ".join(
            f"{k} {audits[k]['displayValue']}"
            for k in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "total-byte-weight")
            if audits[k].get("displayValue")
        )
    )
    failing = {name: audits[name]["score"] for name in IMAGE_AUDITS if audits[name]["score"] not in (1, None)}
    assert not failing, failing
    assert audits["total-byte-weight"]["numericValue"] <= BUDGET
    assert audits["cumulative-layout-shift"]["numericValue"] == 0


def test_pages_with_photos_covers_and_a_gallery_pass_axe(photo_server, phone):
    from test_axe import AXE, TAGS, describe

    report = []
    for relative in (FIVE_PHOTOS, GALLERY, "index.html", "archives.html", "projects/07-003-P-0001.html"):
        phone.goto(f"{photo_server}/{relative}", wait_until="load")
        phone.add_script_tag(path=str(AXE))
        result = phone.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS
        )
        if result["violations"]:
            report.append(describe(relative, result["violations"]))
    assert not report, "axe violations:\n" + "\n".join(report)


def test_pages_with_photos_do_not_scroll_sideways_at_320px(photo_server, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    wide = []
    try:
        for relative in (FIVE_PHOTOS, GALLERY, "index.html", "archives.html", "projects/07-003-P-0001.html"):
            page.goto(f"{photo_server}/{relative}", wait_until="load")
            width = page.evaluate("() => document.scrollingElement.scrollWidth")
            if width > 320:
                wide.append(f"{relative}: {width} px")
    finally:
        context.close()
    assert not wide, wide
