"""Geometry and content checks for the EU emblem drawn in theme/static/images/eu-emblem.svg.

Rules: /work/shared/docs/compliance.md, section 2 "Drawing the EU emblem (SVG)".
The SVG is parsed with ElementTree; <use> placements and the star outline are resolved here,
so the checks measure what is drawn, not what the file claims.
"""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

SVG_PATH = Path(__file__).resolve().parent.parent / "theme" / "static" / "images" / "eu-emblem.svg"
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
BLUE = "#003399"
YELLOW = "#ffcc00"
INNER_RATIO = 0.381966  # regular pentagram: inner radius / outer radius

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _tag(element):
    return element.tag.split("}", 1)[1] if element.tag.startswith("{") else element.tag


def _root():
    root = ET.parse(SVG_PATH).getroot()
    assert root.tag == f"{{{SVG_NS}}}svg", f"root element is {root.tag!r}, expected an SVG <svg>"
    return root


def _viewbox(root):
    numbers = [float(n) for n in _NUMBER.findall(root.get("viewBox", ""))]
    assert len(numbers) == 4, f"viewBox must have 4 numbers, got {root.get('viewBox')!r}"
    return numbers  # min_x, min_y, width, height


def _parents(root):
    return {child: parent for parent in root.iter() for child in parent}


def _in_defs(element, parents):
    while element in parents:
        element = parents[element]
        if _tag(element) == "defs":
            return True
    return False


def _fill(element, parents, via=None):
    """Effective fill from attributes: own value, else the <use> that placed it, else ancestors."""
    chain = [element]
    node = via if via is not None else element
    if via is not None:
        chain.append(via)
    while node in parents:
        node = parents[node]
        chain.append(node)
    for node in chain:
        if node.get("fill"):
            return node.get("fill").strip().lower()
    return "black"  # SVG initial value


def _vertices(element):
    """Vertices of a <polygon>, or of a <path> made of absolute M/L/Z segments only."""
    if _tag(element) == "polygon":
        numbers = [float(n) for n in _NUMBER.findall(element.get("points", ""))]
    elif _tag(element) == "path":
        d = element.get("d", "")
        commands = set(re.findall(r"[A-Za-z]", d))
        assert commands <= {"M", "L", "Z", "z"}, (
            f"star path uses commands {sorted(commands)}; only absolute M/L/Z are resolved"
        )
        numbers = [float(n) for n in _NUMBER.findall(d)]
    else:
        raise AssertionError(f"unexpected shape <{_tag(element)}> used as a star")
    assert numbers and len(numbers) % 2 == 0, "star outline has an odd number of coordinates"
    points = list(zip(numbers[0::2], numbers[1::2], strict=False))
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def _stars():
    """Every drawn star as (absolute vertices, fill): <use> targets placed at x,y plus shapes drawn outside <defs>."""
    root = _root()
    parents = _parents(root)
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    for el in root.iter():
        assert el.get("transform") is None, f"<{_tag(el)}> has a transform; placements are only resolved from x/y"
    stars = []
    for el in root.iter():
        if _in_defs(el, parents) or el is root:
            continue
        kind = _tag(el)
        if kind == "use":
            href = el.get("href") or el.get(XLINK_HREF) or ""
            assert href.startswith("#") and href[1:] in by_id, f"<use> points to {href!r}, not a local id"
            target = by_id[href[1:]]
            dx, dy = float(el.get("x", 0)), float(el.get("y", 0))
            stars.append(([(x + dx, y + dy) for x, y in _vertices(target)], _fill(target, parents, via=el)))
        elif kind in ("polygon", "path"):
            stars.append((_vertices(el), _fill(el, parents)))
    return stars


def _centre(vertices):
    return (sum(x for x, _ in vertices) / len(vertices), sum(y for _, y in vertices) / len(vertices))


def _hoist():
    return _viewbox(_root())[3]


def test_viewbox_is_three_to_two_and_size_attributes_not_stretched():
    """Section 2: the fly is 1.5 times the hoist (3:2); the emblem is never stretched."""
    root = _root()
    _, _, width, height = _viewbox(root)
    assert width * 2 == height * 3, f"viewBox {width}x{height} is not 3:2"
    w, h = float(root.get("width")), float(root.get("height"))
    assert w * 2 == h * 3, f"width/height attributes {w}x{h} are not 3:2"


def test_background_rect_covers_viewbox_in_reflex_blue():
    """Section 2: the rectangle is Reflex Blue #003399 and is the whole flag."""
    root = _root()
    min_x, min_y, width, height = _viewbox(root)
    parents = _parents(root)
    rects = [el for el in root.iter() if _tag(el) == "rect" and not _in_defs(el, parents)]
    assert len(rects) == 1, f"expected one background rect, found {len(rects)}"
    rect = rects[0]
    x, y = float(rect.get("x", 0)), float(rect.get("y", 0))
    assert x <= min_x and y <= min_y, f"rect starts at ({x}, {y}), after the viewBox origin"
    assert x + float(rect.get("width", 0)) >= min_x + width, "rect does not reach the right edge"
    assert y + float(rect.get("height", 0)) >= min_y + height, "rect does not reach the bottom edge"
    assert _fill(rect, parents) == BLUE, f"rect fill is {_fill(rect, parents)!r}, expected {BLUE}"


def test_twelve_stars_in_yellow():
    """Section 2: 12 gold stars, web colour Yellow #FFCC00."""
    assert not any(_tag(el) == "style" or el.get("style") for el in _root().iter()), "CSS could override fills"
    stars = _stars()
    assert len(stars) == 12, f"expected 12 stars, found {len(stars)}"
    fills = {fill for _, fill in stars}
    assert fills == {YELLOW}, f"star fills are {sorted(fills)}, expected {YELLOW}"


def test_star_centres_on_ring_at_clock_hours():
    """Section 2: centres on a circle of radius H/3 around the flag centre, k x 30 deg clockwise from the top."""
    min_x, min_y, width, height = _viewbox(_root())
    cx, cy = min_x + width / 2, min_y + height / 2
    angles = []
    for vertices, _ in _stars():
        sx, sy = _centre(vertices)
        distance = math.hypot(sx - cx, sy - cy)
        assert abs(distance - height / 3) <= 0.01 * height, (
            f"star at ({sx:.3f}, {sy:.3f}) is {distance:.3f} from the centre, expected {height / 3:.3f}"
        )
        angles.append(math.degrees(math.atan2(sx - cx, cy - sy)) % 360)  # clockwise from 12 o'clock
    hours = []
    for angle in angles:
        k = round(angle / 30) % 12
        off = min(abs(angle - k * 30), 360 - abs(angle - k * 30))
        assert off <= 0.5, f"star at {angle:.2f} deg is {off:.2f} deg off the {k * 30} deg position"
        hours.append(k)
    assert sorted(hours) == list(range(12)), f"clock positions taken: {sorted(hours)}, expected each of 0..11 once"


def test_stars_are_upright_pentagrams_of_radius_h_over_18():
    """Section 2: five points on a circle of radius H/18, inner radius x 0.381966, one point straight up."""
    height = _hoist()
    outer = height / 18
    for vertices, _ in _stars():
        assert len(vertices) == 10, f"star has {len(vertices)} vertices, a five-pointed star has 10"
        sx, sy = _centre(vertices)
        radii = [math.hypot(x - sx, y - sy) for x, y in vertices]
        tips = sorted(radii, reverse=True)[:5]
        notches = sorted(radii)[:5]
        for r in tips:
            assert abs(r - outer) <= 0.01 * outer, (
                f"star at ({sx:.3f}, {sy:.3f}): point radius {r:.3f}, expected {outer:.3f}"
            )
        for r in notches:
            assert abs(r - outer * INNER_RATIO) <= 0.01 * outer * INNER_RATIO, (
                f"star at ({sx:.3f}, {sy:.3f}): inner radius {r:.3f}, expected {outer * INNER_RATIO:.3f}"
            )
        top_x, top_y = min(vertices, key=lambda p: p[1])
        assert abs(top_x - sx) <= 0.001 * height, (
            f"star at ({sx:.3f}, {sy:.3f}) is not upright: top vertex at x={top_x:.3f}"
        )
        assert abs((sy - top_y) - outer) <= 0.01 * outer, (
            f"star at ({sx:.3f}, {sy:.3f}): top vertex is not a point of the star"
        )


def test_file_small_and_self_contained():
    """Section 2 drawing brief: under 2 KB; no script, external reference, text, title or font."""
    raw = SVG_PATH.read_bytes()
    assert len(raw) < 2048, f"emblem is {len(raw)} bytes, limit 2048"
    text = raw.decode("utf-8").lower()
    for forbidden in ("<script", "<text", "<title", "font"):
        assert forbidden not in text, f"emblem contains {forbidden!r}"
    references = re.findall(r"(?:https?:)?//[^\s\"'<>)]+", text)
    assert all(ref == "http://www.w3.org/2000/svg" for ref in references), f"external references: {references}"
    for el in _root().iter():
        href = el.get("href") or el.get(XLINK_HREF)
        assert href is None or href.startswith("#"), f"<{_tag(el)}> references {href!r}"
