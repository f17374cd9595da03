"""Nothing the Content-Security-Policy of deploy/nginx.conf would block.

Under ``script-src 'self'; style-src 'self'`` a browser refuses an inline ``<script>`` that runs
(data blocks such as JSON-LD and ``application/json`` are never run, so they are fine), a
``<style>``, a ``style=`` attribute, an ``on…=`` handler and a ``javascript:`` URL: the page
would lose its look or its behaviour only on the real host. The same rules are checked earlier
on the Markdown itself (socialsite/rules/html_rules.py); this is the last wall, on what the theme
and the plugins really wrote. Needs no SITEURL: run by every build.
"""

from __future__ import annotations

from socialsite.messages import _
from socialsite.sitechecks.page import PageCheck

# <script type> values a browser runs (HTML's JavaScript MIME types, modules, import maps and
# speculation rules): inline, CSP script-src 'self' blocks them. Any other type (JSON-LD,
# application/json) is a data block: never executed, so the CSP lets it be.
EXECUTED_SCRIPT_TYPES = frozenset(
    ["", "module", "importmap", "speculationrules", "text/jscript", "text/livescript"]
    + [
        f"{kind}/{name}"
        for kind in ("application", "text")
        for name in ("ecmascript", "javascript", "x-ecmascript", "x-javascript")
    ]
    + [f"text/javascript1.{minor}" for minor in range(6)]
)


class ContentSecurity(PageCheck):
    def start(self, tag: str, attributes: dict, line: int, self_closing: bool) -> None:
        if not attributes and tag not in ("style", "script"):
            return  # most tags: nothing the policy could block
        if "style" in attributes:
            self.problem(
                line,
                _(
                    "<{tag} style=…> is blocked by the Content-Security-Policy (style-src 'self'); "
                    "use a class in the stylesheet",
                    tag=tag,
                ),
            )
        handlers = [name for name in attributes if name[:2] == "on"]
        if handlers:
            self.problem(
                line,
                _(
                    "<{tag} {handler}=…> is inline JavaScript, blocked by the Content-Security-Policy; "
                    "use a script file",
                    tag=tag,
                    handler=min(handlers),
                ),
            )
        if tag == "style":
            self.problem(
                line,
                _("<style> is blocked by the Content-Security-Policy (style-src 'self'); move it to the stylesheet"),
            )
        if tag == "script" and not attributes.get("src"):
            kind = (attributes.get("type") or "").split(";")[0].strip().lower()
            if kind in EXECUTED_SCRIPT_TYPES:
                self.problem(
                    line,
                    _(
                        "inline <script> is blocked by the Content-Security-Policy (script-src 'self'); "
                        "use a script file"
                    ),
                )
        for name in ("href", "src", "action"):
            value = attributes.get(name)
            if value and value.lstrip()[:11].lower() == "javascript:":
                self.problem(
                    line,
                    _('{name}="javascript:…" is blocked by the Content-Security-Policy; use a script file', name=name),
                )
