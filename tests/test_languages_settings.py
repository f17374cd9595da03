"""socialsite.languages.read: the one reader of LANGUAGES and DEFAULT_LANG, its defaults and checks."""

from __future__ import annotations

import pytest

from socialsite.languages import codes, default_lang, fill_in, language, read, route
from socialsite.messages import set_language
from socialsite.settings import SettingError

VSPC = {
    "lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""},
    "ru": {"name": "Русский", "babel": "ru", "og_locale": "ru_RU", "prefix": "ru/"},
    "en": {"name": "English", "babel": "en_GB", "og_locale": "en_GB", "prefix": "en/"},
}


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language(None)


def test_the_settings_order_and_facts():
    settings = {"LANGUAGES": VSPC, "DEFAULT_LANG": "lt"}
    assert codes(settings) == ["lt", "ru", "en"] and default_lang(settings) == "lt"
    assert language(settings, "en").babel == "en_GB"
    assert route(settings, "category", "ru", slug="x") == "ru/category/x.html"


def test_one_language_needs_only_default_lang():
    settings = {"DEFAULT_LANG": "lt"}
    lt = language(settings, "lt")
    assert (lt.name, lt.babel, lt.og_locale, lt.prefix) == ("Lietuvių", "lt", "lt_LT", "")
    assert codes({}) == ["en"]  # Pelican's own default language
    fill_in(settings)  # for code that still reads the raw setting
    assert settings["LANGUAGES"] == {"lt": {"name": "Lietuvių", "babel": "lt", "og_locale": "lt_LT", "prefix": ""}}


@pytest.mark.parametrize(
    ("languages", "default", "line"),
    [
        (VSPC, "de", "settings: DEFAULT_LANG = 'de' is wrong: one of: lt, ru, en"),
        (None, "xx", "settings: DEFAULT_LANG = 'xx' is wrong: a language code Babel knows, e.g. en (or set LANGUAGES)"),
        (VSPC, ["lt"], "settings: DEFAULT_LANG = ['lt'] is wrong: a language code Babel knows"),
        (
            {},
            "lt",
            "settings: LANGUAGES = {} is wrong: a mapping of language codes, each with its name, babel and prefix",
        ),
        (
            ["lt"],
            "lt",
            "settings: LANGUAGES = ['lt'] is wrong: a mapping of language codes, each with its name, babel and prefix",
        ),
        (
            {"lt": {"name": "Lietuvių", "babel": "lt"}},
            "lt",
            "settings: LANGUAGES['lt'] = {'name': 'Lietuvių', 'babel': 'lt'} is wrong: name (a text), babel "
            '(a locale Babel knows, e.g. en_GB) and prefix ("" or a folder ending in /, e.g. ru/)',
        ),
        ({**VSPC, "ru": {**VSPC["ru"], "babel": "russian"}}, "lt", "settings: LANGUAGES['ru'] = "),
        ({**VSPC, "ru": {**VSPC["ru"], "prefix": "/ru/"}}, "lt", "settings: LANGUAGES['ru'] = "),
        ({**VSPC, "ru": {**VSPC["ru"], "prefix": "../ru/"}}, "lt", "settings: LANGUAGES['ru'] = "),
        ({**VSPC, "ru": {**VSPC["ru"], "name": ""}}, "lt", "settings: LANGUAGES['ru'] = "),
        (
            {**VSPC, "en": {**VSPC["en"], "prefix": "ru/"}},
            "lt",
            "settings: LANGUAGES['en']['prefix'] = 'ru/' is wrong: a prefix no other language has",
        ),
    ],
)
def test_a_wrong_value_is_one_line_naming_the_setting(languages, default, line):
    settings = {"DEFAULT_LANG": default} if languages is None else {"LANGUAGES": languages, "DEFAULT_LANG": default}
    with pytest.raises(SettingError) as error:
        read(settings)
    assert str(error.value).startswith(line) and "\n" not in str(error.value)
