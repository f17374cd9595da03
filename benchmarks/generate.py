"""A synthetic site shaped like the real news, the same on every run (seeded).

``generate(root, n)`` writes a small Pelican project into ``root``:

    content/news/<lang>/*.md   N articles per language (lt, ru, en), 150–500 words each
    content/projects/          a copy of the real project registry
    content/public-body/, content/pages/   copies of the real organisation data and pages
    bench_*.py                 the settings of its Pelican builds (benchmarks/site_settings.py)
    hugo/                      the same Markdown for Hugo (benchmarks/hugo_site.py)

How the articles are made, from what content/news/lt/*.md looks like:

- about 90 % of the Lithuanian articles are translated into Russian and English
  (``Translation_of: <lt slug>``, same slug); the rest exist in Lithuanian only. Russian and
  English get that many originals of their own, so every language has exactly N articles;
- every third names a project of the registry (mostly ``Project: 07-003-P-0001``, the centre's
  own), and so do its translations;
- categories are pelicanconf's CATEGORY_NAMES (Naujienos, Švietimas), written in Lithuanian in
  every language, as the checker wants;
- about half carry a ``Summary:``; Pelican makes the others' summary from the text.

The words come from a small list per language (benchmarks/words.py), with the letters that matter (ąčęėįšųūž, Cyrillic
with ё, „quotes“, «кавычки», – dashes). The lists avoid the phrases the checker takes for a
pasted EU disclosure ("projekto nr", "projekto partneris", …), so the site passes ``make check``.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
import unicodedata
from pathlib import Path

from pelican.settings import get_settings_from_file

from benchmarks.hugo_site import write_hugo
from benchmarks.site_settings import write_settings
from benchmarks.words import QUOTES, WORDS
from socialsite.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
PELICANCONF = ROOT / "pelicanconf.py"
_SETTINGS = get_settings_from_file(str(PELICANCONF))
LANGS = tuple(_SETTINGS["LANGUAGES"])  # lt, ru, en
SEED = 9  # ISSUE 9
TRANSLATED = 0.9  # share of Lithuanian articles with a Russian and an English version
PROJECT_EVERY = 3  # every third article names a project
MIN_WORDS, MAX_WORDS = 150, 500  # body length, as the real news (a sentence has 8–20 words)
WITH_SUMMARY = 0.5
# Categories as pelicanconf names them; the first (Naujienos) is most of the news.
CATEGORIES = tuple((name, 3 if i == 0 else 1) for i, name in enumerate(_SETTINGS["CATEGORY_NAMES"]))
FIRST_DAY, DAYS = 735600, 3650  # 2015-01-01 (proleptic ordinal) and ten years of news


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
    write_settings(root, PELICANCONF)
    write_hugo(root, LANGS)
    return root


def project_codes(registry_dir: Path) -> list[str]:
    """Codes of the copied registry, read through the registry package (its one loader)."""
    registry = load_registry(
        registry_dir, {"LANGUAGES": _SETTINGS["LANGUAGES"], "DEFAULT_LANG": _SETTINGS["DEFAULT_LANG"]}
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


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="articles per language")
    args = parser.parse_args(argv)
    generate(args.root, args.n)
    print(f"Wrote {args.n} articles per language into {args.root}")


if __name__ == "__main__":
    main()
