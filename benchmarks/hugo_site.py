"""Run (e) of `make bench`: the synthetic site's Markdown for Hugo, under ``hugo/`` beside it.

Each article's ``Key: value`` header becomes YAML front matter (title, date, slug, category,
``translationKey`` = the original's slug, the project as a parameter) in hugo/content/<lang>/news/;
the layouts are minimal multilingual ones (a page, a paginated list, hreflang links), so Hugo does
about the work plain Pelican does.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from socialsite.frontmatter import parse_text

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


def write_hugo(root: Path, langs: tuple[str, ...]) -> None:
    """Convert each article's ``Key: value`` header to YAML front matter under hugo/content/<lang>/."""
    hugo = root / "hugo"
    (hugo / "layouts").mkdir(parents=True)
    (hugo / "hugo.yaml").write_text(yaml.safe_dump(_HUGO_CONFIG, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, text in _HUGO_LAYOUTS.items():
        (hugo / "layouts" / name).write_text(text, encoding="utf-8")
    for lang in langs:
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
