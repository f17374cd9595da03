"""Load a YAML file and remember the line of every key, so errors can say ``path:line:``.

Hardened, since a registry file may come from anyone with commit access: no symbolic links,
at most ``MAX_BYTES``, at most ``MAX_ALIASES`` aliases and ``MAX_VALUES`` values once aliases are
expanded (an alias bomb stops at once instead of taking minutes and gigabytes), and only the
plain YAML types (``!!python/…`` and other tags are refused, never constructed).
"""

from __future__ import annotations

import os

import yaml

from socialsite.errors import ContentError
from socialsite.messages import _

MAX_BYTES = 1_000_000  # a project file is a few kilobytes
MAX_ALIASES = 50  # the registry needs none; a bomb needs many
MAX_VALUES = 100_000
PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


class _TooManyAliases(yaml.MarkedYAMLError):
    """More than MAX_ALIASES aliases: said in the run's language by ``load``."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that counts aliases while composing (a bomb is caught before it is built)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.aliases = getattr(self, "aliases", 0) + 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark
                raise _TooManyAliases(problem_mark=mark)
        return super().compose_node(parent, index)


class Marked:
    """A loaded YAML document plus the line where each key path starts."""

    def __init__(self, path: str, data, lines: dict[tuple, int]):
        self.path = path
        self.data = data
        self._lines = lines

    def line(self, *keys) -> int:
        """Line of the deepest key of ``keys`` that exists (1 when none does)."""
        while keys:
            if keys in self._lines:
                return self._lines[keys]
            keys = keys[:-1]
        return 1

    def error(self, message: str, *keys) -> ContentError:
        return ContentError(self.path, self.line(*keys), message)


def load(path) -> Marked:
    path = str(path)
    if os.path.islink(path):
        raise ContentError(path, 0, _("a symbolic link; the registry reads only real files"))
    if os.path.getsize(path) > MAX_BYTES:
        raise ContentError(
            path, 1, _("the file is larger than {size} kB; a project file is a few kB", size=MAX_BYTES // 1000)
        )
    try:
        with open(path, encoding="utf-8") as handle:
            node = yaml.compose(handle, Loader=_Loader)
    except UnicodeDecodeError:
        raise ContentError(path, 1, _("the file is not UTF-8; save it again as UTF-8")) from None
    except _TooManyAliases as error:
        raise ContentError(
            path,
            error.problem_mark.line + 1,
            _("not valid YAML: more than {count} aliases (*name); write the values out", count=MAX_ALIASES),
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise ContentError(path, line, _("not valid YAML: {problem}", problem=error.problem)) from None
    lines: dict[tuple, int] = {}
    constructor = yaml.SafeLoader("")
    count = [0]

    def build(node, keys: tuple):
        count[0] += 1
        if count[0] > MAX_VALUES:
            raise ContentError(
                path,
                node.start_mark.line + 1,
                _("more than {count} values once aliases are expanded; write the values out", count=MAX_VALUES),
            )
        if node.tag not in PLAIN_TAGS:
            raise ContentError(
                path,
                node.start_mark.line + 1,
                _("the tag '{tag}' is not allowed; write plain text, numbers and dates", tag=node.tag),
            )
        lines[keys] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                if key_node.tag not in PLAIN_TAGS:
                    raise ContentError(
                        path,
                        key_node.start_mark.line + 1,
                        _("the tag '{tag}' is not allowed; write plain text, numbers and dates", tag=key_node.tag),
                    )
                key = constructor.construct_object(key_node)
                if key in result:
                    raise ContentError(path, key_node.start_mark.line + 1, _("'{key}' is given twice", key=key))
                lines[(*keys, key)] = key_node.start_mark.line + 1
                result[key] = build(value_node, (*keys, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [build(item, (*keys, index)) for index, item in enumerate(node.value)]
        return constructor.construct_object(node, deep=True)

    try:
        data = build(node, ()) if node is not None else None
    except yaml.MarkedYAMLError as error:  # a value no plain type can hold, e.g. a bad date
        mark = error.problem_mark or error.context_mark
        raise ContentError(
            path, mark.line + 1 if mark else 1, _("not valid YAML: {problem}", problem=error.problem)
        ) from None
    except RecursionError:
        raise ContentError(path, 1, _("an alias (*name) contains itself; write the values out")) from None
    except (TypeError, ValueError) as error:  # e.g. a list used as a key
        raise ContentError(path, 1, _("not valid YAML: {problem}", problem=str(error))) from None
    return Marked(path, data, lines)
