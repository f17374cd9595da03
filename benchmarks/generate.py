"""A synthetic site shaped like the real news, the same on every run (seeded).

``generate(root, n)`` writes a small Pelican project into ``root``:

    content/news/<lang>/*.md   N articles per language (lt, ru, en), 150–500 words each
    content/projects/          a copy of the real project registry
    content/public-body/, content/pages/   copies of the real organisation data and pages
    bench_full.py              the real pelicanconf.py with this site's folders (runs b and d)
    bench_no_disclosure.py     the same without the eu_disclosure plugin (run c)
    bench_plain.py             plain Pelican: no plugins, default theme, no caching (run a)
    hugo/                      the same Markdown for Hugo, YAML front matter, minimal layouts (run e)

How the articles are made, from what content/news/lt/*.md looks like:

- about 90 % of the Lithuanian articles are translated into Russian and English
  (``Translation_of: <lt slug>``, same slug); the rest exist in Lithuanian only. Russian and
  English get that many originals of their own, so every language has exactly N articles;
- every third names a project of the registry (mostly ``Project: 07-003-P-0001``, the centre's
  own), and so do its translations;
- categories are pelicanconf's CATEGORY_NAMES (Naujienos, Švietimas), written in Lithuanian in
  every language, as the checker wants;
- about half carry a ``Summary:``; Pelican makes the others' summary from the text.

The words come from a small list per language, with the letters that matter (ąčęėįšųūž, Cyrillic
with ё, „quotes“, «кавычки», – dashes). The lists avoid the phrases the checker takes for a
pasted EU disclosure ("projekto nr", "projekto partneris", …), so the site passes ``make check``.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pelicanconf  # noqa: E402  (puts plugins/ on sys.path)
from socialsite.frontmatter import parse_text  # noqa: E402
from socialsite.registry import load_registry  # noqa: E402

LANGS = tuple(pelicanconf.LANGUAGES)  # lt, ru, en
SEED = 9  # ISSUE 9
TRANSLATED = 0.9  # share of Lithuanian articles with a Russian and an English version
PROJECT_EVERY = 3  # every third article names a project
MIN_WORDS, MAX_WORDS = 150, 500  # body length, as the real news (a sentence has 8–20 words)
WITH_SUMMARY = 0.5
# Categories as pelicanconf names them; the first (Naujienos) is most of the news.
CATEGORIES = tuple((name, 3 if i == 0 else 1) for i, name in enumerate(pelicanconf.CATEGORY_NAMES))
FIRST_DAY, DAYS = 735600, 3650  # 2015-01-01 (proleptic ordinal) and ten years of news
BENCH_PLUGINS = Path(__file__).resolve().parent / "bench_plugins"

WORDS = {
    "lt": [
        "socialinių",
        "paslaugų",
        "centras",
        "darbuotojai",
        "senjorai",
        "šeimos",
        "vaikai",
        "bendruomenė",
        "savanoriai",
        "globos",
        "namuose",
        "pagalba",
        "slaugos",
        "reabilitacijos",
        "užsiėmimai",
        "susitikimas",
        "renginys",
        "dalyvavo",
        "mokymai",
        "patirtimi",
        "dalijosi",
        "gyventojai",
        "miesto",
        "savivaldybės",
        "įstaigos",
        "skyriaus",
        "vadovė",
        "psichologė",
        "konsultacijos",
        "negalia",
        "neįgaliųjų",
        "draugija",
        "dienos",
        "centras",
        "lankytojai",
        "džiaugėsi",
        "šventė",
        "kartu",
        "pasveikino",
        "įteikė",
        "dovanų",
        "knygų",
        "arbatos",
        "puodelio",
        "ekskursija",
        "Visagino",
        "Utenos",
        "Vilniaus",
        "kultūros",
        "bažnyčioje",
        "paplūdimiu",
        "fontanu",
        "gražiai",
        "šiltai",
        "rudens",
        "žiemos",
        "pavasario",
        "vasaros",
        "mėnesį",
        "savaitę",
        "šiandien",
        "vakar",
        "nuoširdžiai",
        "ačiū",
        "padėkojo",
        "išklausė",
        "aptarė",
        "sprendimus",
        "iššūkius",
        "sunkumus",
        "emocinį",
        "palaikymą",
        "bendravimą",
        "draugystę",
        "jaunimas",
        "mamos",
        "tėvai",
        "seneliai",
        "anūkai",
        "kūrybinės",
        "dirbtuvės",
        "piešė",
        "dainavo",
        "šoko",
        "žaidė",
        "skaitė",
        "rašė",
        "laiškus",
        "sveikatos",
        "stiprinimo",
        "mankšta",
        "vaikščiojo",
        "gamtoje",
        "sodino",
        "gėles",
    ],
    "ru": [
        "социальных",
        "услуг",
        "центр",
        "работники",
        "пожилые",
        "семьи",
        "дети",
        "община",
        "волонтёры",
        "уход",
        "на",
        "дому",
        "помощь",
        "реабилитация",
        "занятия",
        "встреча",
        "мероприятие",
        "участвовали",
        "обучение",
        "опытом",
        "делились",
        "жители",
        "города",
        "самоуправления",
        "учреждения",
        "отдела",
        "руководитель",
        "психолог",
        "консультации",
        "инвалидностью",
        "общество",
        "дневной",
        "центр",
        "посетители",
        "радовались",
        "праздник",
        "вместе",
        "поздравили",
        "вручили",
        "подарки",
        "книги",
        "чашкой",
        "чая",
        "экскурсия",
        "Висагинаса",
        "Утены",
        "Вильнюса",
        "культуры",
        "храме",
        "пляжем",
        "фонтаном",
        "красиво",
        "тепло",
        "осени",
        "зимы",
        "весны",
        "лета",
        "месяц",
        "неделю",
        "сегодня",
        "вчера",
        "искренне",
        "спасибо",
        "поблагодарили",
        "выслушали",
        "обсудили",
        "решения",
        "трудности",
        "эмоциональную",
        "поддержку",
        "общение",
        "дружбу",
        "молодёжь",
        "мамы",
        "родители",
        "бабушки",
        "дедушки",
        "внуки",
        "творческие",
        "мастерские",
        "рисовали",
        "пели",
        "танцевали",
        "играли",
        "читали",
        "писали",
        "письма",
        "здоровья",
        "зарядка",
        "гуляли",
        "на",
        "природе",
        "сажали",
        "цветы",
        "ещё",
        "всё",
    ],
    "en": [
        "social",
        "services",
        "centre",
        "staff",
        "seniors",
        "families",
        "children",
        "community",
        "volunteers",
        "home",
        "care",
        "support",
        "rehabilitation",
        "activities",
        "meeting",
        "event",
        "took",
        "part",
        "training",
        "experience",
        "shared",
        "residents",
        "town",
        "municipality",
        "institutions",
        "department",
        "head",
        "psychologist",
        "advice",
        "disability",
        "society",
        "day",
        "centre",
        "visitors",
        "enjoyed",
        "celebration",
        "together",
        "greeted",
        "presented",
        "gifts",
        "books",
        "cup",
        "of",
        "tea",
        "excursion",
        "Visaginas",
        "Utena",
        "Vilnius",
        "culture",
        "church",
        "beach",
        "fountain",
        "warmly",
        "autumn",
        "winter",
        "spring",
        "summer",
        "month",
        "week",
        "today",
        "yesterday",
        "sincerely",
        "thanks",
        "listened",
        "discussed",
        "solutions",
        "challenges",
        "difficulties",
        "emotional",
        "support",
        "friendship",
        "young",
        "people",
        "mothers",
        "parents",
        "grandparents",
        "grandchildren",
        "creative",
        "workshops",
        "drew",
        "sang",
        "danced",
        "played",
        "read",
        "wrote",
        "letters",
        "health",
        "exercise",
        "walked",
        "outdoors",
        "planted",
        "flowers",
    ],
}
QUOTES = {"lt": ("„", "“"), "ru": ("«", "»"), "en": ("“", "”")}


def generate(root: Path, n: int, seed: int = SEED) -> Path:
    """Write the synthetic site for ``n`` articles per language into ``root`` (replaced)."""
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    content = root / "content"
    shutil.copytree(ROOT / "content" / "projects", content / "projects")
    # The organisation's facts, the law's sections and their pages: the theme needs them on every page.
    shutil.copytree(ROOT / "content" / "public-body", content / "public-body")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    codes = project_codes(content / "projects")
    rng = random.Random(seed)
    for lang, articles in make_articles(rng, n, codes).items():
        folder = content / "news" / lang
        folder.mkdir(parents=True)
        for name, text in articles:
            (folder / name).write_text(text, encoding="utf-8")
    write_settings(root)
    write_hugo(root)
    return root


def project_codes(registry_dir: Path) -> list[str]:
    """Codes of the copied registry, read through the registry package (its one loader)."""
    registry = load_registry(
        registry_dir, {"LANGUAGES": pelicanconf.LANGUAGES, "DEFAULT_LANG": pelicanconf.DEFAULT_LANG}
    )
    codes = [project.code for project in registry]
    # The ESF+ project is the centre's own and the one most news name; keep it first.
    return sorted(codes, key=lambda code: code != "07-003-P-0001")


def make_articles(rng: random.Random, n: int, codes: list[str]) -> dict[str, list[tuple[str, str]]]:
    """{lang: [(file name, Markdown)]}, exactly ``n`` per language."""
    default, others = LANGS[0], LANGS[1:]
    result = {lang: [] for lang in LANGS}
    translated = round(n * TRANSLATED)
    for i in range(n):
        slug = f"{_ascii(_title(rng, default))}-{i}"
        facts = {"Date": _date(rng), "Category": _category(rng), "Project": _project(rng, codes, i)}
        result[default].append(_article(rng, default, slug, facts, translation_of=None))
        if i < translated:
            for lang in others:
                result[lang].append(_article(rng, lang, slug, facts, translation_of=slug))
    for lang in others:
        for i in range(n - translated):
            slug = f"{lang}-{_ascii(_title(rng, 'en'))}-{i}"
            facts = {"Date": _date(rng), "Category": _category(rng), "Project": _project(rng, codes, i)}
            result[lang].append(_article(rng, lang, slug, facts, translation_of=None))
    return result


def _article(rng, lang, slug, facts, translation_of) -> tuple[str, str]:
    title = _title(rng, lang)
    header = [f"Title: {title}", f"Date: {facts['Date']}", f"Slug: {slug}", f"Category: {facts['Category']}"]
    if translation_of:
        header.append(f"Translation_of: {translation_of}")
    if rng.random() < WITH_SUMMARY:
        header.append(f"Summary: {_sentence(rng, lang, 14, 24)}")
    if facts["Project"]:
        header.append(f"Project: {facts['Project']}")
    body = "\n\n".join(_paragraphs(rng, lang, rng.randint(MIN_WORDS, MAX_WORDS - 20)))
    return f"{facts['Date']}-{slug}.md", "\n".join(header) + "\n\n" + body + "\n"


def _date(rng) -> str:
    return datetime.date.fromordinal(FIRST_DAY + rng.randrange(DAYS)).isoformat()


def _category(rng) -> str:
    names, weights = zip(*CATEGORIES, strict=False)
    return rng.choices(names, weights)[0]


def _project(rng, codes, number: int) -> str:
    if number % PROJECT_EVERY:
        return ""
    return codes[0] if rng.random() < 0.8 or len(codes) == 1 else rng.choice(codes[1:])


def _title(rng, lang) -> str:
    words = rng.sample(WORDS[lang], rng.randint(3, 7))
    return _capital(" ".join(words))


def _sentence(rng, lang, low=8, high=20) -> str:
    words = [rng.choice(WORDS[lang]) for _ in range(rng.randint(low, high))]
    if len(words) > 6 and rng.random() < 0.3:  # a quoted name
        start = rng.randrange(1, len(words) - 2)
        left, right = QUOTES[lang]
        words[start] = left + words[start]
        words[start + 1] = words[start + 1] + right
    if len(words) > 8 and rng.random() < 0.3:
        words.insert(rng.randrange(3, len(words) - 3), "–")
    if rng.random() < 0.4:
        cut = rng.randrange(2, len(words) - 1)
        words[cut] += ","
    return _capital(" ".join(words)) + "."


def _paragraphs(rng, lang, words: int) -> list[str]:
    """Paragraphs of 2–6 sentences until the article has ``words`` words (one sentence more at most)."""
    paragraphs, sentences, count = [], [], 0
    length = rng.randint(2, 6)
    while count < words:
        sentence = _sentence(rng, lang)
        count += len(sentence.split())
        sentences.append(sentence)
        if len(sentences) == length:
            paragraphs.append(" ".join(sentences))
            sentences, length = [], rng.randint(2, 6)
    if sentences:
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ascii(text: str) -> str:
    """A slug from a Lithuanian or English title: letters without accents, hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(word for word in "".join(c if c.isalnum() else " " for c in plain.lower()).split())


# --- Settings of the three Pelican builds ------------------------------------------------------

_FULL = '''"""The synthetic bench site built as the project builds: the real pelicanconf.py, this site's folders."""

import os
import sys

sys.path.insert(0, {root!r})
from pelicanconf import *  # noqa: E402,F401,F403  plugins, theme, languages, caching as shipped
import pelicanconf as _real  # noqa: E402

_HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(_HERE, "content")
PROJECTS_PATH = os.path.join(_HERE, "content", "projects")
CACHE_PATH = os.path.join(_HERE, "cache", {cache!r})
OUTPUT_PATH = os.path.join(_HERE, "out", {cache!r})
# pelicanconf gives these relative to itself; Pelican would read them relative to this file.
THEME = os.path.join(os.path.dirname(_real.__file__), _real.THEME)
'''

_NO_DISCLOSURE = (
    _FULL
    + """
# Run (c): the build without the disclosure plugin. The theme still calls its globals
# ({{{{ eu_disclosure(article) }}}}, eu_emblem, …), so benchmarks/bench_plugins/noop_disclosure.py
# gives it the same names rendering nothing: the difference to (b) is the plugin's whole cost
# (registry look-ups, rendering the blocks, checking each written page).
PLUGINS = ["noop_disclosure" if p == "eu_disclosure" else p for p in _real.PLUGINS]
PLUGIN_PATHS = [{bench_plugins!r}]
"""
)

_PLAIN = '''"""Plain Pelican on the same documents: no plugins, its default theme, no caching."""

import os

_HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(_HERE, "content")
OUTPUT_PATH = os.path.join(_HERE, "out", "plain")
TIMEZONE = "Europe/Vilnius"  # only to spare the warning; dates are dates
# Native translation grouping: a translation carries its original's slug. Pelican learns a
# file's language from its folder (news/ru/...) as in pelicanconf; without that every file
# would be English and the three versions of an article would overwrite one another.
ARTICLE_TRANSLATION_ID = "slug"
PATH_METADATA = r"(?:news|pages)/(?P<lang>[a-z]{{2}})/.*"
DEFAULT_LANG = "lt"
PLUGINS = []  # unset, Pelican would load every installed pelican.plugins.* (ours included)
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
'''


def write_settings(root: Path) -> None:
    common = {"root": str(ROOT), "bench_plugins": str(BENCH_PLUGINS)}
    (root / "bench_full.py").write_text(_FULL.format(cache="full", **common), encoding="utf-8")
    (root / "bench_no_disclosure.py").write_text(
        _NO_DISCLOSURE.format(cache="no_disclosure", **common), encoding="utf-8"
    )
    (root / "bench_plain.py").write_text(_PLAIN.format(), encoding="utf-8")


# --- Hugo: the same Markdown with YAML front matter ---------------------------------------------

_HUGO_CONFIG = {
    "baseURL": "http://localhost:8000/",
    "title": "Visagino socialinių paslaugų centras",
    "defaultContentLanguage": "lt",
    "pagination": {"pagerSize": 10},
    "languages": {
        "lt": {"contentDir": "content/lt", "weight": 1, "label": "Lietuvių", "locale": "lt"},
        "ru": {"contentDir": "content/ru", "weight": 2, "label": "Русский", "locale": "ru"},
        "en": {"contentDir": "content/en", "weight": 3, "label": "English", "locale": "en"},
    },
}
_HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<nav>{{ range .AllTranslations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{ range .Params.categories }} · {{ . }}{{ end }}</p>
{{ .Content }}
{{ with .Params.project }}<p data-project="{{ . }}">{{ . }}</p>{{ end }}
</article>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = where site.RegularPages "Section" "news" }}{{ end }}
{{ range (.Paginate $pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></article>
{{ end }}
{{ with .Paginator }}{{ if .HasNext }}<a href="{{ .Next.URL }}">→</a>{{ end }}{{ end }}{{ end }}
""",
}


def write_hugo(root: Path) -> None:
    """Convert each article's ``Key: value`` header to YAML front matter under hugo/content/<lang>/."""
    hugo = root / "hugo"
    (hugo / "layouts").mkdir(parents=True)
    (hugo / "hugo.yaml").write_text(yaml.safe_dump(_HUGO_CONFIG, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, text in _HUGO_LAYOUTS.items():
        (hugo / "layouts" / name).write_text(text, encoding="utf-8")
    for lang in LANGS:
        target = hugo / "content" / lang / "news"
        target.mkdir(parents=True)
        for path in sorted((root / "content" / "news" / lang).glob("*.md")):
            (target / path.name).write_text(
                hugo_markdown(path.read_text(encoding="utf-8"), str(path)), encoding="utf-8"
            )


def hugo_markdown(text: str, path: str) -> str:
    doc = parse_text(text, path)
    meta = doc.meta
    front = {
        "title": meta["title"],
        "date": meta["date"],
        "slug": meta["slug"],
        "categories": [meta["category"]],
        "translationKey": meta.get("translation_of") or meta["slug"],
    }
    if "summary" in meta:
        front["summary"] = meta["summary"]
    if "project" in meta:
        front["params"] = {"project": meta["project"]}
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + doc.body


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="articles per language")
    args = parser.parse_args(argv)
    generate(args.root, args.n)
    print(f"Wrote {args.n} articles per language into {args.root}")


if __name__ == "__main__":
    main()
