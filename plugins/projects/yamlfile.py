"""Load a YAML file and remember the line of every key, so errors can say ``path:line:``."""

from __future__ import annotations

import yaml

from sitekit.errors import ContentError
from sitekit.messages import _


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
    try:
        with open(path, encoding="utf-8") as handle:
            node = yaml.compose(handle, Loader=yaml.SafeLoader)
    except UnicodeDecodeError:
        raise ContentError(path, 1, _("the file is not UTF-8; save it again as UTF-8")) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise ContentError(path, line, _("not valid YAML: {problem}", problem=error.problem)) from None
    lines: dict[tuple, int] = {}
    constructor = yaml.SafeLoader("")

    def build(node, keys: tuple):
        lines[keys] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                key = constructor.construct_object(key_node)
                if key in result:
                    raise ContentError(path, key_node.start_mark.line + 1, _("'{key}' is given twice", key=key))
                lines[keys + (key,)] = key_node.start_mark.line + 1
                result[key] = build(value_node, keys + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [build(item, keys + (index,)) for index, item in enumerate(node.value)]
        return constructor.construct_object(node, deep=True)

    data = build(node, ()) if node is not None else None
    return Marked(path, data, lines)
