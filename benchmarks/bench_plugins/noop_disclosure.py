"""Bench run (c) only: the disclosure plugin's template globals, rendering nothing.

The theme calls the eu_disclosure plugin's globals (``{{ eu_disclosure(article) }}`` under every
article, ``eu_emblem``, ``eu_landing``, …). Run (c) builds without that plugin to measure what it
costs; rather than let the templates fail, this module gives the theme the same names, each
rendering nothing. So (b) − (c) is the plugin's whole cost: registry look-ups, rendering blocks
and emblems, checking every written page.

The names are the plugin's own: its ``add_template_globals`` runs once against a scratch Jinja2
environment (a few milliseconds per generator) and whatever it defines becomes a no-op here, so
a global the theme starts to call tomorrow needs no change in this file.
"""

from types import SimpleNamespace

from jinja2 import Environment
from markupsafe import Markup
from pelican import signals

NOTHING = Markup("")


def nothing(*_args, **_kwargs) -> Markup:
    return NOTHING


def plugin_globals(settings) -> set[str]:
    """The template globals the real eu_disclosure plugin defines."""
    from pelican.plugins.eu_disclosure.plugin import add_template_globals

    scratch = SimpleNamespace(env=Environment(), settings=settings, context={})
    add_template_globals(scratch)
    return set(scratch.env.globals) - set(Environment().globals)


def add_template_globals(generator) -> None:
    for name in plugin_globals(generator.settings):
        generator.env.globals[name] = nothing


def register() -> None:
    signals.generator_init.connect(add_template_globals)
