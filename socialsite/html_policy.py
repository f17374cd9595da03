"""What HTML may reach a page from what staff write: the allow-list, and ``sanitise``.

One home for the policy: the Pelican plugin (plugin.py) applies it to every article and page,
and ``make check`` (socialsite/rules/html_rules.py) reports, with the Markdown line, what it would
remove. The filter is nh3 (ammonia: an HTML5 parser like the browser's, then an allow-list).

Fit for news: text structure, lists, tables, links, pictures, quotes, footnotes. Nothing that
runs, loads from elsewhere or changes the page around the text: no script, style, event
handlers, iframe/object/embed, forms, meta/base, SVG/MathML, no ``javascript:``/``data:`` URLs.
``class`` keeps only the names Markdown itself writes (footnotes, code languages): the theme's
own classes, such as the EU block's, cannot be imitated in the text. ``data-*`` attributes are
dropped (the EU block is recognised by ``data-project-disclosure``; text must not fake one).
"""

from __future__ import annotations

import re

import nh3

TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "caption",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "a",
        "img",
        "figure",
        "figcaption",
        "blockquote",
        "q",
        "cite",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "del",
        "ins",
        "mark",
        "small",
        "sub",
        "sup",
        "abbr",
        "span",
        "div",
        "code",
        "pre",
        "kbd",
        "time",
    }
)
# Attributes on every allowed tag; then per tag. ``class`` values are filtered below.
GENERIC_ATTRIBUTES = frozenset({"lang", "dir", "title", "id", "class"})
ATTRIBUTES = {
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading"},  # width/height/loading: content_images
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})  # plus relative addresses
# Classes Python-Markdown writes (footnotes, fenced code); nothing of the theme's.
CLASSES = frozenset({"footnote", "footnote-ref", "footnote-backref"})
CLASS_PATTERN = re.compile(r"^language-[A-Za-z0-9_+-]{1,30}$")
ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_:.-]{0,80}$")


def allowed_attributes(tag: str) -> set[str]:
    return set(GENERIC_ATTRIBUTES) | ATTRIBUTES.get(tag, set())


def allowed_class(name: str) -> bool:
    return name in CLASSES or bool(CLASS_PATTERN.match(name))


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "class":
        kept = " ".join(name for name in value.split() if allowed_class(name))
        return kept or None
    if attribute == "id":
        return value if ID_PATTERN.match(value) else None
    return value


def sanitise(html: str) -> str:
    """``html`` with everything outside the allow-list removed (text inside removed tags stays,
    except the content of script and style). Comments go too: staff notes never reach the page.
    """
    if not html:
        return html
    cleaned = nh3.clean(
        html,
        tags=set(TAGS),
        attributes={"*": set(GENERIC_ATTRIBUTES), **{tag: set(names) for tag, names in ATTRIBUTES.items()}},
        attribute_filter=_filter,
        url_schemes=set(URL_SCHEMES),
        strip_comments=True,
        link_rel=None,  # no rel added to every link: pages stay as they were
    )
    # The HTML5 serialiser writes a no-break space as &nbsp;; the character itself is the same
    # text and keeps unchanged pages byte-identical.
    return cleaned.replace("&nbsp;", "\u00a0")
