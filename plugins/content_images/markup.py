"""The HTML of an article's pictures: ``<picture>`` with WebP and JPEG ``srcset``, galleries, links.

Rewrites the HTML Markdown made (``<img alt src>``) and raw ``<img>`` tags staff wrote:

- a photo becomes ``<picture><source type="image/webp" srcset sizes><img src srcset sizes width
  height alt loading decoding></picture>``; the first picture of the page is fetched at once
  (``fetchpriority="high"``, it is usually the largest thing on the first screen), every other
  one ``loading="lazy"``;
- a paragraph holding only pictures (two or more, lines one after another) becomes a gallery: a
  list of small pictures, each a link to its large JPEG, so it works with no JavaScript;
- a link to a photo (``<a href="{static}/images/x.jpg">``) leads to its largest JPEG, since the
  original with its metadata is never published;
- pictures that are not photos (SVG, another site's address) keep their tag, with ``loading`` and,
  when Pillow can read the file, ``width``/``height``.

Attribute values are written escaped; the URLs are final (no ``{static}``), because Pelican
resolves ``{static}`` in ``src`` and ``href`` only, never in ``srcset``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from pelican.plugins.content_images.photos import Rendition

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
# One pass over both, so the pictures of a gallery are never rewritten a second time.
_GALLERY_OR_IMG = re.compile(r"<p>\s*(?P<gallery>(?:<img\b[^>]*>\s*){2,})</p>|<img\b[^>]*>", re.IGNORECASE)
_LINK = re.compile(r"(<a\b[^>]*?\bhref\s*=\s*)([\"'])([^\"']*)\2", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
# Attributes we set ourselves; the author's values of these are replaced.
_OURS = {"src", "srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority"}


@dataclass
class Page:
    """What rewriting one page needs: where its images are, how to find them, what came first."""

    base: str  # URL of the published images folder as seen from this page, ending in "/"
    find: Callable[[str], Rendition | None]  # a src/href as written -> the photo's variants
    size_of: Callable[[str], tuple[int, int] | None]  # a non-photo picture's pixel size
    sizes: str
    gallery_sizes: str
    seen_first: bool = False

    def rewrite(self, text: str) -> str:
        text = _LINK.sub(self._link, text)  # before: the pictures' own URLs are final already
        return _GALLERY_OR_IMG.sub(self._one, text)

    def _one(self, match: re.Match) -> str:
        if match["gallery"]:
            return self._gallery(match)
        return self._picture(match.group(0), self.sizes)

    def _gallery(self, match: re.Match) -> str:
        items = []
        tags = _IMG.findall(match["gallery"])
        if any(self.find(parse_attrs(tag).get("src", "")) is None for tag in tags):
            return "<p>" + "\n".join(self._picture(tag, self.sizes) for tag in tags) + "</p>"
        for tag in tags:
            rendition = self.find(parse_attrs(tag)["src"])
            picture = self._picture(tag, self.gallery_sizes)
            items.append(f'<li><a href="{self.base}{rendition.largest.fallback}">{picture}</a></li>')
        return '<ul class="gallery">\n' + "\n".join(items) + "\n</ul>"

    def _picture(self, tag: str, sizes: str) -> str:
        attrs = parse_attrs(tag)
        rendition = self.find(attrs.get("src", ""))
        loading = self._loading()
        if rendition is None:
            return self._plain(tag, attrs, loading)
        v = rendition.variants
        shown = rendition.nearest(960)
        webp = ", ".join(f"{self.base}{x.webp} {x.width}w" for x in v)
        fallback = ", ".join(f"{self.base}{x.fallback} {x.width}w" for x in v)
        kept = {k: val for k, val in attrs.items() if k not in _OURS and k != "alt"}
        img = {
            "src": self.base + shown.fallback,
            "srcset": fallback,
            "sizes": sizes,
            "width": rendition.largest.width,
            "height": rendition.largest.height,
            "alt": attrs.get("alt", ""),
            **kept,
            **loading,
            "decoding": "async",
        }
        return (
            f'<picture><source type="image/webp" srcset="{_esc(webp)}" sizes="{_esc(sizes)}">'
            f"{_tag('img', img)}</picture>"
        )

    def _plain(self, tag: str, attrs: dict, loading: dict) -> str:
        """A picture that is no photo of ours (SVG, remote): its size if readable, and loading."""
        values = {**attrs, **{k: v for k, v in loading.items() if k not in attrs}}
        if "width" not in attrs and "height" not in attrs:
            size = self.size_of(attrs.get("src", ""))
            if size:
                values.update(width=size[0], height=size[1])
        return _tag("img", values)

    def _loading(self) -> dict:
        if self.seen_first:
            return {"loading": "lazy"}
        self.seen_first = True
        return {"fetchpriority": "high"}

    def _link(self, match: re.Match) -> str:
        href = html.unescape(match.group(3))
        rendition = self.find(href)
        if rendition is None:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{self.base}{rendition.largest.fallback}{match.group(2)}"


def parse_attrs(tag: str) -> dict[str, str]:
    """Attributes of one tag, names lower-cased, values unescaped; the first of a repeated name wins."""
    attrs: dict[str, str] = {}
    inner = re.sub(r"^<\w+|/?>$", "", tag)
    for match in _ATTR.finditer(inner):
        value = next((v for v in match.groups()[1:] if v is not None), "")
        attrs.setdefault(match.group(1).lower(), html.unescape(value))
    return attrs


def _tag(name: str, attrs: dict) -> str:
    parts = [name]
    for key, value in attrs.items():
        parts.append(key if value is None else f'{key}="{_esc(str(value))}"')
    return "<" + " ".join(parts) + ">"


def _esc(value: str) -> str:
    return html.escape(value, quote=True)
