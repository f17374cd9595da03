"""What the build's Pelican process changes in Pelican 4.12, and why: an order, and a quadratic step.

``socialsite.build.render`` applies both before Pelican runs; neither changes a byte of the site.

- ``read_in_sorted_order``: Pelican lists source files as a set, iterated in the order of the
  Python hash seed (a new one every run) and of the disk, and ties in its sorts (two articles of
  one date) keep that order. The order pages are written in, and so the search index fed while
  they are written (``socialsite.build.search``), changed from run to run; sorted, it is one
  order everywhere.
- ``translations_in_linear_time``: ``pelican.utils.process_translations`` ends with
  ``[x for x in content_list if x not in index]``, a list searched once per article: quadratic
  in the number of articles (at 15,000 it took 13 s of a 940 s profile, growing ×25 for ×5
  articles; benchmarks/README.md). Pelican's own function is called once per translation group
  instead, each group already sorted together, so every result (originals, translations, each
  article's ``translations``, the warnings) is Pelican's and only the search is gone.
"""

from __future__ import annotations

import functools
from itertools import groupby
from operator import attrgetter

import pelican.generators
from pelican.generators import Generator


class _SortedSet(set):
    """A set that iterates in sorted order."""

    def __iter__(self):
        return iter(sorted(set.__iter__(self)))


def read_in_sorted_order() -> None:
    listed = Generator.get_files
    if getattr(listed, "sorted_by_us", False):
        return

    def get_files(self, *args, **kwargs):
        return _SortedSet(listed(self, *args, **kwargs))

    get_files.sorted_by_us = True
    Generator.get_files = get_files


def translations_in_linear_time() -> None:
    original = pelican.generators.process_translations
    if getattr(original, "linear_by_us", False):
        return

    @functools.wraps(original)
    def process_translations(content_list, translation_id=None):
        if not translation_id:
            return original(content_list, translation_id)
        key = attrgetter(*({translation_id} if isinstance(translation_id, str) else translation_id))
        try:
            content_list.sort(key=key)  # as Pelican sorts it: a group's items are then side by side
        except (TypeError, AttributeError):
            return original(content_list, translation_id)  # Pelican's own message for a bad id
        index, translations = [], []
        for _value, items in groupby(content_list, key):
            originals, others = original(list(items), translation_id)
            index.extend(originals)
            translations.extend(others)
        return index, translations

    process_translations.linear_by_us = True
    pelican.generators.process_translations = process_translations
