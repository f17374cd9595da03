"""Shared fixtures: the real site built once per session, and throwaway copies to break.

Every test reads what a reader gets: real Pelican output, parsed with BeautifulSoup.
"""

from __future__ import annotations

import pytest

from support import ROOT, Project, Site, build, copy_project


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The real content, built the way `make html` builds it (search index included)."""
    output = tmp_path_factory.mktemp("site") / "output"
    build(ROOT / "pelicanconf.py", output)
    return Site(output)


@pytest.fixture
def project(tmp_path) -> Project:
    return copy_project(tmp_path / "site")


@pytest.fixture(scope="session")
def photo_site(tmp_path_factory) -> Site:
    """The real content plus two articles with camera-sized photos (drawn by Pillow), built once:
    support.FIVE_PHOTOS and support.GALLERY."""
    from benchmarks.photos import make_photo

    project = copy_project(tmp_path_factory.mktemp("photos") / "site")
    images = project.root / "content" / "images"
    for number in range(1, 6):
        make_photo(images / f"svente-{number}.jpg", seed=number)
    make_photo(images / "pasuktas.jpg", size=(1200, 900), seed=7, orientation=6)
    make_photo(images / "schema.png", size=(640, 400), seed=8, gps=False)
    (images / "zenklas.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>', encoding="utf-8"
    )
    alts = [
        "Senjorai šoka ratelį salėje",
        "Choras dainuoja liaudies dainas",
        "Stalas su rudens gėrybėmis",
        "Savanoriai dalija arbatą",
        "Kiemas rudenį",
    ]
    body = "\n\n".join(
        f"Pastraipa apie šventę, {n} dalis: kas vyko ir kas dalyvavo.\n\n"
        f"![{alt}]({'images' if n == 1 else '{static}/images'}/svente-{n}.jpg)"
        for n, alt in enumerate(alts, start=1)
    )
    project.write(
        "news/lt/2024-10-01-penkios-nuotraukos.md",
        "Title: Rudens šventė penkiose nuotraukose\nDate: 2024-10-01\nSlug: penkios-nuotraukos\n"
        "Category: Naujienos\nProject: 07-003-P-0001\nImage: images/svente-1.jpg\n"
        f"Image_alt: {alts[0]}\n\n{body}\n\n"
        "[Didelė choro nuotrauka]({static}/images/svente-2.jpg)\n",
    )
    project.write(
        "news/lt/2024-10-02-galerija.md",
        "Title: Šventės galerija\nDate: 2024-10-02\nSlug: galerija\nCategory: Naujienos\n\n"
        "Įžanga.\n\n![Salės schema su išėjimais]({static}/images/schema.png)\n\n"
        + "\n".join(f"![{alt}]({{static}}/images/svente-{n}.jpg)" for n, alt in enumerate(alts, 1) if n >= 3)
        + "\n\n![Vaikas rodo piešinį](images/pasuktas.jpg)\n\n"
        "![Centro ženklas]({static}/images/zenklas.svg)\n",
    )
    return project.build()
