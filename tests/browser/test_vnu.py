"""The Nu Html Checker over every built HTML file, in one java call: 0 errors."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from browsing import NODE_MODULES

from support import missing

VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.parametrize("built", ["site", "photo_site"])  # photo_site: pictures, galleries, covers
def test_every_html_file_is_valid(request, built):
    site = request.getfixturevalue(built)
    if not VNU.exists():
        pytest.fail(f"{VNU} is missing: run `npm ci`")
    if not shutil.which("java"):
        missing("java is missing (apt-get install openjdk-17-jre-headless)")
    files = [str(site.path(f)) for f in site.html_files()]
    assert len(files) > 20
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    root = str(site.root) + "/"
    report = "\n".join(
        f"{m.get('url', '').replace('file:', '').replace(root, '')}:{m.get('lastLine', '?')}: "
        f"{m['message']}  «{m.get('extract', '').strip()[:120]}»"
        for m in errors
    )
    assert not errors, f"{len(errors)} vnu errors in {len(files)} files:\n{report}"
