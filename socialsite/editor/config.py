"""Decap's config.yml, made from the site's own settings and project registry on every request.

Nothing here is typed twice: the categories are CATEGORY_NAMES, the languages LANGUAGES, the
projects the registry (a choice showing code and title, never free text). The form's labels
exist in Lithuanian and Russian: the interface language picks them (``?lang=ru``).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from socialsite.languages import codes, default_lang
from socialsite.registry import load_registry, registry_path

FORMAT = "pelican-md"  # registered by admin/editor.js
UI_LANGS = ("lt", "ru")

# label[lang] of each form field; hints say how the site reads the value.
LABELS = {
    "collection": {"lt": "Naujienos", "ru": "Новости"},
    "singular": {"lt": "Naujiena", "ru": "Новость"},
    "title": {"lt": "Pavadinimas", "ru": "Заголовок"},
    "date": {"lt": "Data", "ru": "Дата"},
    "date_hint": {
        "lt": "Būsima data – naujiena bus paskelbta tą dieną.",
        "ru": "Будущая дата – новость будет опубликована в этот день.",
    },
    "category": {"lt": "Kategorija", "ru": "Категория"},
    "project": {"lt": "ES projektas", "ru": "Проект ЕС"},
    "project_hint": {
        "lt": "Svetainė pati prideda projekto informaciją ir ES emblemą.",
        "ru": "Сайт сам добавляет информацию о проекте и эмблему ЕС.",
    },
    "summary": {"lt": "Santrauka", "ru": "Краткое описание"},
    "cover": {"lt": "Pagrindinė nuotrauka", "ru": "Главная фотография"},
    "image": {"lt": "Nuotrauka", "ru": "Фотография"},
    "alt": {"lt": "Kas matyti nuotraukoje", "ru": "Что видно на фотографии"},
    "alt_hint": {
        "lt": "Aprašykite nuotrauką žmogui, kuris jos nemato, pvz. „Senjorai prie arbatos stalo“.",
        "ru": "Опишите фотографию для того, кто её не видит, напр. «Сеньоры за чайным столом».",
    },
    "draft": {"lt": "Juodraštis (dar neskelbti)", "ru": "Черновик (пока не публиковать)"},
    "body": {"lt": "Tekstas", "ru": "Текст"},
}


def _label(key: str, lang: str) -> str:
    return LABELS[key][lang]


def project_options(settings, lang: str) -> list[dict]:
    registry = load_registry(registry_path(settings), settings)
    return [{"label": f"{p.code} – {p.title(lang)}", "value": p.code} for p in registry]


def editor_config(settings, *, api_url: str, lang: str = "lt", content: str = "content", site_url: str = "") -> dict:
    """The whole Decap configuration for the local editor, labels in ``lang`` (lt or ru).

    ``site_url`` is where Decap's „Žiūrėti svetainėje“ leads: the preview that `make edit` runs.
    """
    if lang not in UI_LANGS:
        lang = "lt"
    langs = codes(settings)
    default = default_lang(settings)
    news = f"{content}/{settings['ARTICLE_PATHS'][0]}"
    duplicate = {"i18n": "duplicate"}
    fields = [
        {"name": "title", "label": _label("title", lang), "widget": "string", "i18n": True},
        {
            "name": "date",
            "label": _label("date", lang),
            "widget": "datetime",
            "format": "YYYY-MM-DD",
            "date_format": "YYYY-MM-DD",
            "time_format": False,
            "default": "{{now}}",
            "hint": _label("date_hint", lang),
            **duplicate,
        },
        {
            "name": "category",
            "label": _label("category", lang),
            "widget": "select",
            "options": [
                {"label": names.get(lang, key), "value": key} for key, names in settings["CATEGORY_NAMES"].items()
            ],
            "default": next(iter(settings["CATEGORY_NAMES"])),
            **duplicate,
        },
        {
            "name": "project",
            "label": _label("project", lang),
            "widget": "select",
            "multiple": True,
            "required": False,
            "options": project_options(settings, lang),
            "hint": _label("project_hint", lang),
            **duplicate,
        },
        {"name": "summary", "label": _label("summary", lang), "widget": "text", "required": False, "i18n": True},
        # A list of at most one photo: an optional object with a required alt inside would block
        # every save of an article without a photo (Decap validates the empty object). Each
        # language has its own (a list cannot be "duplicate"): the alt is written in that language.
        {
            "name": "cover",
            "label": _label("cover", lang),
            "widget": "list",
            "max": 1,
            "required": False,
            "collapsed": False,
            "summary": "{{fields.alt}}",
            "i18n": True,
            "fields": [
                {"name": "image", "label": _label("image", lang), "widget": "image", "choose_url": False},
                {
                    "name": "alt",
                    "label": _label("alt", lang),
                    "widget": "string",
                    "hint": _label("alt_hint", lang),
                    "pattern": [r"\S.{3,}", _label("alt_hint", lang)],
                },
            ],
        },
        {
            "name": "draft",
            "label": _label("draft", lang),
            "widget": "boolean",
            "default": False,
            "required": False,
            **duplicate,
        },
        # Raw Markdown only: the rich-text mode rewrites lists, emphasis and {static} links.
        {
            "name": "body",
            "label": _label("body", lang),
            "widget": "markdown",
            "modes": ["raw"],
            "i18n": True,
            "required": False,
        },
    ]
    return {
        "backend": {"name": "proxy", "proxy_url": api_url, "branch": "main"},
        "publish_mode": "simple",  # drafts are `Status: draft`, not Decap's editorial workflow
        "locale": lang,
        "site_url": site_url or settings.get("SITEURL", ""),
        "media_folder": f"{content}/images",
        "public_folder": "images",  # `Image: images/<file>`, as the photo pipeline reads it
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "i18n": {"structure": "multiple_folders", "locales": langs, "default_locale": default},
        "collections": [
            {
                "name": "news",
                "label": _label("collection", lang),
                "label_singular": _label("singular", lang),
                "folder": news,
                "extension": "md",
                "format": FORMAT,
                "create": True,
                "slug": "{{year}}-{{month}}-{{day}}-{{slug}}",
                "identifier_field": "title",
                "summary": "{{date}} · {{title}}",
                "sortable_fields": ["date", "title"],
                "i18n": True,
                "fields": fields,
            }
        ],
    }


def config_yaml(settings, **kwargs) -> str:
    return yaml.safe_dump(editor_config(settings, **kwargs), allow_unicode=True, sort_keys=False)


def write_config(settings, path: Path, **kwargs) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config_yaml(settings, **kwargs), encoding="utf-8")
    return path
