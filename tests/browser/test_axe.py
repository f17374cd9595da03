"""axe-core (WCAG 2.0/2.1 A and AA rules) on every page type in every language: 0 violations."""

from __future__ import annotations

import pytest
from browsing import LANG_PREFIX, NODE_MODULES, pages_by_type, url_of

AXE = NODE_MODULES / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REQUIRED = {
    "home",
    "article",
    "category",
    "archives",
    "project",
    "projects",
    "search",
    "404",
    "service",
    "information_index",
    "salaries",
    "contacts",
    "section_with_subsections",
}


def describe(relative: str, violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{relative}: [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:5]:
            lines.append(
                f"    {', '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}"
            )
            lines.append(f"      {node['html'][:160]}")
    return "\n".join(lines)


@pytest.mark.parametrize("lang", list(LANG_PREFIX))
def test_axe_has_no_violations(site, server, page, lang):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci`")
    pages = pages_by_type(site, lang)
    missing = {"home", "archives", "search", "404", "projects", "project", "service", "information_index"} - set(pages)
    assert not missing, f"{lang}: no built page of type {sorted(missing)}"
    if lang == "lt":
        assert set(pages) >= REQUIRED, f"lt lacks {sorted(REQUIRED - set(pages))}"
    report = []
    for kind, relative in sorted(pages.items()):
        page.goto(url_of(server, relative), wait_until="load")
        if kind == "search":  # check Pagefind's interface with results and highlights drawn
            page.fill(".pagefind-ui__search-input", {"lt": "projekt", "en": "project", "ru": "проект"}[lang])
            page.wait_for_selector(".pagefind-ui__result-link")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            TAGS,
        )
        # The site promises more than AA for its text: 7:1 (WCAG AAA 1.4.6) everywhere.
        enhanced = page.evaluate(
            "() => axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']},"
            " resultTypes: ['violations']})"
        )
        violations = result["violations"] + enhanced["violations"]
        if violations:
            report.append(describe(relative, violations))
    assert not report, "axe violations:\n" + "\n".join(report)


def test_axe_catches_a_known_violation(page):
    """The harness itself can fail: grey-on-white text and an image without alt are reported."""
    page.set_content(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
        '<p style="color:#aaa">faint</p><img src="data:," width="9" height="9"></main></body></html>'
    )
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    assert {"color-contrast", "image-alt"} <= {v["id"] for v in result["violations"]}
