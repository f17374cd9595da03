"""Issue 16: the centre's public site — organisation facts, the law's sections, services, pay, index.

The real site (session ``site``) for what the real data gives; one changed copy, built once for
the module (``filled``), for what needs a fact the centre has not given yet (a phone number, a
page that does not apply, pay figures): those values live only here, never in content/.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from socialsite.build import BuildFailed, load_settings
from socialsite.errors import display_path
from socialsite.public_body import checks, sections
from socialsite.rules import check_site, translator
from support import ROOT, copy_project

TREE = ROOT / "content" / "public-body" / "sections.yaml"
TEST_PHONE = "+370 386 00000"  # made up for the test copy only
NOT_APPLICABLE = "centras tarnybinių lengvųjų automobilių neturi."
SALARIES = """year: 2026
positions:
  - position: {lt: Direktorius}
    staff: 1
    average_last_year: 2500
    quarters: {Q1: 2600, Q2: 2600, Q3: 2600, Q4: TODO}
  - position: {lt: Psichologas}
    staff: 1
    consent: true
    average_last_year: 1500
    quarters: {Q1: 1510, Q2: 1520, Q3: 1530, Q4: TODO}
  - position: {lt: Socialinis darbuotojas}
    staff: 12
    average_last_year: 1400
    quarters: {Q1: 1410, Q2: 1420, Q3: TODO, Q4: TODO}
"""


def real_sections():
    settings = load_settings(ROOT / "pelicanconf.py")
    tree, errors = sections.load(settings, translator("en"))
    assert errors == []
    return tree


def index_links(site, relative: str) -> list[str]:
    return [site.resolve(relative, a["href"]) for a in site.soup(relative).select("main a[href]")]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("public-body") / "site")
    data = project.root / "content" / "public-body"
    org = data / "organisation.yaml"
    text = org.read_text(encoding="utf-8").replace('phone: ""', f'phone: "{TEST_PHONE}"')
    org.write_text(re.sub(r"(?m)^logo: .*$", "logo: images/logo.svg", text), encoding="utf-8")
    (project.root / "content" / "images").mkdir(exist_ok=True)
    (project.root / "content" / "images" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
        encoding="utf-8",
    )
    (data / "salaries.yaml").write_text(SALARIES, encoding="utf-8")
    project.write(
        "pages/lt/tarnybiniai-lengvieji-automobiliai.md",
        f"Title: Tarnybiniai lengvieji automobiliai\nSlug: tarnybiniai-lengvieji-automobiliai\n"
        f"Not_applicable: {NOT_APPLICABLE}\n",
    )
    from PIL import Image

    Image.new("RGB", (640, 480), "white").save(project.root / "content" / "images" / "arbata.png")
    project.write(
        "news/lt/2026-01-05-su-nuotrauka.md",
        "Title: Su nuotrauka\nDate: 2026-01-05\nCategory: Naujienos\n\n"
        "Senjorai prie arbatos.\n\n![Senjorai prie arbatos]({static}/images/arbata.png)\n",
    )
    return project.build()


# --- the law's section tree ------------------------------------------------------------------


def test_every_section_is_built_with_its_exact_name_and_is_in_the_index(site):
    tree = real_sections()
    assert len(tree) == 23  # 9 sections, 5 + 9 subsections of point 13
    indexed = index_links(site, "informacijos-rodykle.html")
    for section in tree:
        page = f"{section.slug}.html"
        assert site.soup(page).select_one("main h1").get_text(strip=True) == section.title
        assert page in indexed, page
    titles = [a.get_text(strip=True) for a in site.soup("informacijos-rodykle.html").select("main a")]
    order = [titles.index(section.title) for section in tree]
    assert order == sorted(order), "the index follows the tree's order"


def test_the_tree_says_which_wording_is_unconfirmed():
    text = TREE.read_text(encoding="utf-8")
    assert text.count("checked: unconfirmed") == 23  # nobody has compared point 13 word for word yet


def test_a_section_without_its_page_fails_the_check_at_the_tree_line(project):
    (project.root / "content" / "pages" / "lt" / "viesieji-pirkimai.md").unlink()
    settings = load_settings(project.root / "pelicanconf.py")
    errors = check_site(settings, lang="en")
    line = TREE.read_text(encoding="utf-8").split("\n").index("        title: Viešieji pirkimai")  # slug line above
    assert [(Path(e.path).name, e.line) for e in errors] == [("sections.yaml", line)]
    assert "Viešieji pirkimai" in errors[0].message and "viesieji-pirkimai.md" in errors[0].message


def test_an_empty_section_page_without_a_reason_fails_the_check_with_its_line(project):
    page = project.write("pages/lt/nuorodos.md", "Title: Nuorodos\nSlug: nuorodos\n\n")
    settings = load_settings(project.root / "pelicanconf.py")
    errors = check_site(settings, lang="en")
    assert [(e.path, e.line) for e in errors] == [(str(page), 3)]  # where the text should start
    assert "Not_applicable" in errors[0].message
    assert re.match(r"^.*nuorodos\.md:3: ", str(errors[0]))


def test_a_section_page_under_a_wrong_title_fails_the_check(project):
    page = project.write("pages/lt/nuorodos.md", "Title: Naudingos nuorodos\nSlug: nuorodos\n\nTekstas.\n")
    errors = check_site(load_settings(project.root / "pelicanconf.py"), lang="en")
    assert [(e.path, e.line) for e in errors] == [(str(page), 1)]
    assert "„Nuorodos“" in errors[0].message


def test_a_not_applicable_page_shows_its_reason(filled):
    text = filled.soup("tarnybiniai-lengvieji-automobiliai.html").select_one("main .not-applicable").get_text()
    assert text == f"Ši informacija neteikiama, nes {NOT_APPLICABLE}"


# --- the information index ---------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_the_index_links_every_built_page_once_and_every_link_resolves(site, prefix):
    index = f"{prefix}informacijos-rodykle.html"
    links = index_links(site, index)
    for link in links:
        assert site.path(link).is_file(), link
    assert len(links) == len(set(links)), sorted(link for link in links if links.count(link) > 1)
    others = ("ru/", "en/")
    built = {
        page
        for page in site.html_files()
        if page.startswith(prefix)
        and not (prefix == "" and page.startswith(others))
        # news articles and category lists are reached through the archive; the 404 page,
        # the later pages of the news list and the index itself are no pages to look up
        and not re.match(
            r"(news|category|pagefind)/|404\.html$|index\d+\.html$|informacijos-rodykle\.html$", page[len(prefix) :]
        )
    }
    assert built - set(links) == set()
    assert f"{prefix}archives.html" in links


def test_every_page_links_to_the_index_in_its_footer(site):
    for page in site.html_files():
        if page.startswith("pagefind/"):
            continue
        lang = page.split("/")[0] if page.split("/")[0] in ("ru", "en") else ""
        footer = site.soup(page).select_one("footer")
        targets = {site.resolve(page, a["href"]) for a in footer.select("a[href]")}
        assert f"{lang + '/' if lang else ''}informacijos-rodykle.html" in targets, page


# --- organisation, home page, JSON-LD ------------------------------------------------------------


def test_the_home_page_shows_the_phone_from_the_data_file(filled):
    home = filled.soup("index.html")
    phone = home.select_one("main .home-contacts a[href^='tel:']")
    assert phone.get_text() == TEST_PHONE and phone["href"] == "tel:+37038600000"
    for prefix in ("ru/", "en/"):
        assert filled.soup(f"{prefix}index.html").select_one("main a[href^='tel:']").get_text() == TEST_PHONE


def test_the_logo_from_the_data_file_is_in_the_header(filled):
    logo = filled.soup("en/index.html").select_one("header .site-name img")
    assert filled.path(filled.resolve("en/index.html", logo["src"])).is_file()


def test_the_latest_news_show_their_picture_on_the_home_page(filled):
    item = filled.soup("index.html").select(".news-list article")[0]
    assert item.select_one("h3").get_text() == "Su nuotrauka"
    picture = item.select_one("picture.cover img")  # the text's first photo, as no Image: line names one
    assert picture["alt"] == "Senjorai prie arbatos" and picture["loading"] == "lazy"
    assert filled.path(filled.resolve("index.html", picture["src"])).is_file()


def test_the_real_site_shows_no_phone_it_does_not_know(site):
    assert not site.soup("index.html").select("a[href^='tel:']")


def test_the_home_page_serves_citizens(site):
    main = site.soup("index.html").select_one("main")
    assert main.select_one(".lead").get_text().startswith("Teikiame socialines paslaugas")
    services = [site.resolve("index.html", a["href"]) for a in main.select(".service-list a")]
    assert "paslaugos/pagalba-namuose.html" in services and all(site.path(s).is_file() for s in services)
    assert main.select_one(".project-list img.eu-emblem")  # a current project with the EU emblem
    assert main.select(".news-list article")


@pytest.mark.parametrize("page,lang", [("index.html", "lt"), ("kontaktai.html", "lt"), ("en/index.html", "en")])
def test_json_ld_parses_and_names_the_organisation(site, page, lang):
    (script,) = site.soup(page).select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "GovernmentOrganization"
    assert (
        data["name"] == {"lt": "Visagino socialinių paslaugų centras", "en": "Visaginas Social Services Centre"}[lang]
    )
    assert "telephone" not in data  # unknown facts are left out, never invented


def test_json_ld_carries_a_contact_point_with_the_phone(filled):
    data = json.loads(filled.soup("index.html").select_one('script[type="application/ld+json"]').string)
    assert {"@type": "ContactPoint", "telephone": "+37038600000"}.items() <= data["contactPoint"][0].items()


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("phone", '"8 386 123"', "is no phone number"),
        ("email", "info(at)vspc.lt", "is no e-mail address"),
    ],
)
def test_a_wrong_fact_fails_the_check_with_its_line(project, field, value, message):
    org = project.root / "content" / "public-body" / "organisation.yaml"
    lines = org.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith(f"{field}:"))
    lines[number] = f"{field}: {value}"
    org.write_text("\n".join(lines), encoding="utf-8")
    errors = check_site(load_settings(project.root / "pelicanconf.py"), lang="en")
    assert [(Path(e.path).name, e.line) for e in errors] == [("organisation.yaml", number + 1)]
    assert message in errors[0].message


def test_a_wrong_setting_stops_the_build_in_one_line(project):
    """The checks read the plugin's settings too: `make html` stops on the first reader, in one line."""
    with (project.root / "pelicanconf.py").open("a", encoding="utf-8") as settings:
        settings.write('\nPUBLIC_BODY_STALE_WORKING_DAYS = "ten"\n')
    with pytest.raises(BuildFailed) as failure:
        project.build()
    assert str(failure.value).splitlines() == [
        "nustatymai: PUBLIC_BODY_STALE_WORKING_DAYS = 'ten' netinka: turi būti sveikasis skaičius, 0 arba didesnis"
    ]
    assert not project.output.exists()


# --- services and foreign languages --------------------------------------------------------------


def test_a_service_page_has_every_field_of_a_service_description(site):
    page = site.soup("paslaugos/pagalba-namuose.html")
    terms = [dt.get_text() for dt in page.select("main dl dt")]
    assert terms == [
        "Kam teikiama",
        "Kaip kreiptis ir kokių dokumentų reikia",
        "Trukmė",
        "Kaina",
        "Kur kreiptis",
        "Teisės aktai",
    ]
    assert "dar nenurodyta" in page.select_one("main dl").get_text()  # unknown, not invented
    listed = [
        site.resolve("paslaugos.html", a["href"]) for a in site.soup("paslaugos.html").select("main .service-list a")
    ]
    assert "paslaugos/pagalba-namuose.html" in listed


@pytest.mark.parametrize(
    "prefix,name,services",
    [
        ("en/", "Visaginas Social Services Centre", "en/services.html"),
        ("ru/", "Висагинский центр социальных услуг", "ru/uslugi.html"),
    ],
)
def test_the_foreign_sites_give_name_functions_services_and_contacts(site, prefix, name, services):
    home = site.soup(f"{prefix}index.html")
    assert home.select_one(".site-name").get_text(strip=True) == name
    assert home.select_one("main .lead")  # what the centre does
    assert len(site.soup(services).select("main .service-list a")) >= 5
    contacts = site.soup(f"{prefix}{'contacts' if prefix == 'en/' else 'kontakty'}.html").select_one("main .contacts")
    assert contacts and contacts.select("address")


# --- pay --------------------------------------------------------------------------------------------


def test_a_one_person_position_hides_its_figures_without_consent(filled):
    rows = {row.th.get_text(): row for row in filled.soup("darbo-uzmokestis.html").select("tr[data-salary-row]")}
    assert "2600" not in rows["Direktorius"].get_text().replace("\xa0", "").replace(" ", "")
    assert rows["Direktorius"].has_attr("data-hidden")
    assert "1510" in rows["Psichologas"].get_text().replace("\xa0", "").replace(" ", "")
    assert "1410" in rows["Socialinis darbuotojas"].get_text().replace("\xa0", "").replace(" ", "")


def test_the_real_pay_table_holds_no_figure():
    text = (ROOT / "content" / "public-body" / "salaries.yaml").read_text(encoding="utf-8")
    assert not re.search(r":\s*\d", text.split("positions:")[1])


@pytest.mark.parametrize(
    "today,warned",
    [
        (datetime.date(2026, 10, 14), False),  # the 10th working day of Q4: still in time
        (datetime.date(2026, 10, 15), True),
        (datetime.date(2027, 1, 25), True),  # Q4 2026 has no figures either
    ],
)
def test_a_missing_last_quarter_is_warned_after_ten_working_days(project, today, warned):
    (project.root / "content" / "public-body" / "salaries.yaml").write_text(SALARIES, encoding="utf-8")
    settings = load_settings(project.root / "pelicanconf.py")
    lines = [str(w) for w in checks.warnings(settings, today, translator("en"))]
    if not warned:
        assert lines == []
        return
    (line,) = lines
    quarter = "2026 Q3" if today.year == 2026 else "2026 Q4"
    assert re.match(rf"^.*salaries\.yaml:\d+: warning: the pay figures of {quarter} are missing", line), line
    assert check_site(settings, lang="en") == []  # a warning, not an error


# --- publish refuses placeholders ---------------------------------------------------------------


def test_publish_refuses_every_placeholder_fact_with_one_line_each():
    settings = load_settings(ROOT / "pelicanconf.py")
    lines = [str(p) for p in checks.placeholders(settings, translator("en"))]
    org = display_path(str(ROOT / "content" / "public-body" / "organisation.yaml"))
    text = (ROOT / "content" / "public-body" / "organisation.yaml").read_text(encoding="utf-8").split("\n")

    def line_of(start):
        return next(i for i, line in enumerate(text, start=1) if line.startswith(start))

    for start in ('phone: ""', "email: info@vspc.example", "legal_code:", "working_hours:", "  confirm:"):
        assert sum(line.startswith(f"{org}:{line_of(start)}: ") for line in lines) == 1, start
    assert any(re.match(r"^.*pages/lt/nuostatai\.md:4: text for staff", line) for line in lines)
    assert all(re.match(r"^\S+:\d+: ", line) and "\n" not in line for line in lines)


def test_publish_refuses_the_placeholders_before_anything_is_sent(project, monkeypatch):
    """The publish function itself, on a copy with one TODO page: refused (no SSH, no target)."""
    from socialsite.deploy import PublishFailed, build_release

    (project.root / "publishconf.py").write_text(
        (ROOT / "publishconf.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("SITEURL", "https://example.lt")
    with pytest.raises(PublishFailed) as refused:
        build_release(project.root / "publishconf.py", project.root / "release", precompress=False)
    lines = str(refused.value).split("\n")
    email = 1 + (project.root / "content" / "public-body" / "organisation.yaml").read_text(encoding="utf-8").split(
        "\n"
    ).index("email: info@vspc.example")
    assert any(re.search(rf"organisation\.yaml:{email}: .*info@vspc\.example", line) for line in lines), lines
    assert any(re.search(r"nuostatai\.md:4: ", line) for line in lines), lines


def test_make_check_prints_the_late_pay_warning_and_still_passes():
    """`make check` as staff run it, its date fixed by SOURCE_DATE_EPOCH (2026-11-02, Q3 long due)."""
    import os
    import subprocess
    import sys

    epoch = int(datetime.datetime(2026, 11, 2, 12, tzinfo=datetime.UTC).timestamp())
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "-r", str(ROOT), "check"],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    warned = [line for line in result.stdout.splitlines() if ": warning: the pay figures of 2026 Q3" in line]
    assert len(warned) == 1 and warned[0].startswith("content/public-body/salaries.yaml:"), result.stdout
