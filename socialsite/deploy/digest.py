"""One line that changes exactly when the built site does: ``site-digest.txt``.

GitHub Pages has no rsync to compare files with, and every deploy replaces the whole site; the
nightly CI build (.github/workflows/ci.yml) would redeploy an unchanged site every night. So the
Pages job writes this digest into the site and deploys only when it differs from the live
site's ``/site-digest.txt``. Builds are reproducible (the same commit and date give the same
bytes), so an equal digest means the same site.

    python -m deploy.digest FOLDER    writes FOLDER/site-digest.txt, prints the digest
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

DIGEST_FILE = "site-digest.txt"


def site_digest(root) -> str:
    """sha256 over every file's path and content, in path order; the digest file left out."""
    root = Path(root)
    total = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        if relative == DIGEST_FILE:
            continue
        total.update(relative.encode("utf-8") + b"\0" + hashlib.sha256(path.read_bytes()).hexdigest().encode() + b"\n")
    return f"sha256:{total.hexdigest()}"


def write_digest(root) -> str:
    digest = site_digest(root)
    (Path(root) / DIGEST_FILE).write_text(digest + "\n", encoding="utf-8")
    return digest


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python -m deploy.digest FOLDER (a built site)", file=sys.stderr)
        return 2
    print(write_digest(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
