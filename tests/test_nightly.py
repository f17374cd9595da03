"""Issue 15: the nightly CI build — its schedule, its date, and publishing only a changed site.

The workflow's own shell steps are run here as GitHub runs them (bash, GITHUB_OUTPUT), with the
instant of the run given; the digest comparison against a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import datetime
import functools
import http.server
import os
import subprocess
import threading
from pathlib import Path

import pytest
import yaml

from socialsite.deploy.digest import DIGEST_FILE, site_digest, write_digest
from socialsite.sourcedate import midnight_epoch
from support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
WINTER, SUMMER = "5 22 * * *", "5 21 * * *"  # 00:05 in Vilnius at UTC+2 and at UTC+3


@functools.cache
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def step(job: str, step_id: str) -> dict:
    return next(s for s in workflow()["jobs"][job]["steps"] if s.get("id") == step_id)


def run_step(job: str, step_id: str, env: dict, tmp_path: Path) -> dict[str, str]:
    """Run one `run:` step with bash as Actions does; return what it wrote to GITHUB_OUTPUT."""
    output = tmp_path / "github_output"
    output.write_text("")
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", step(job, step_id)["run"]],
        cwd=ROOT,
        env={**os.environ, **env, "GITHUB_OUTPUT": str(output)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split("=", 1) for line in output.read_text().splitlines())


def test_the_workflow_runs_on_push_and_every_night():
    triggers = workflow().get("on", workflow().get(True))  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers and "pull_request" in triggers
    assert sorted(entry["cron"] for entry in triggers["schedule"]) == [SUMMER, WINTER]
    jobs = workflow()["jobs"]
    assert jobs["test"]["if"] == "needs.when.outputs.go == 'true'"  # everything waits for `when`
    for job, _name in (("publish", "make publish"), ("pages-build", None)):
        steps = [s for s in jobs[job]["steps"] if s.get("env", {}).get("SOURCE_DATE_EPOCH")]
        assert [s["env"]["SOURCE_DATE_EPOCH"] for s in steps] == ["${{ needs.when.outputs.epoch }}"], job
    assert jobs["pages-deploy"]["if"] == "needs.pages-build.outputs.changed == 'true'"


def utc(text: str) -> int:
    return int(datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC).timestamp())


@pytest.mark.parametrize(
    ("event", "cron", "at", "go", "day"),
    [
        ("schedule", WINTER, "2026-12-31T22:05", "true", "2027-01-01"),  # 00:05 on 1 January in Vilnius
        ("schedule", SUMMER, "2026-12-31T21:05", "false", "2026-12-31"),  # 23:05 the evening before: nothing
        ("schedule", WINTER, "2026-12-31T23:50", "true", "2027-01-01"),  # delayed by GitHub: still that day
        ("schedule", SUMMER, "2027-07-14T21:05", "true", "2027-07-15"),
        ("schedule", WINTER, "2027-07-14T22:05", "false", "2027-07-15"),  # 01:05 in summer: the other line did it
        ("schedule", WINTER, "2027-03-27T22:05", "true", "2027-03-28"),  # the night clocks go forward
        ("schedule", SUMMER, "2027-10-30T21:05", "true", "2027-10-31"),  # the night clocks go back
        ("schedule", WINTER, "2027-10-30T22:05", "false", "2027-10-31"),
        ("push", "", "2027-07-14T10:00", "true", "2027-07-14"),
    ],
)
def test_one_build_a_night_just_after_midnight_in_vilnius(tmp_path, event, cron, at, go, day):
    out = run_step("when", "date", {"EVENT": event, "CRON": cron, "RUN_AT": str(utc(at))}, tmp_path)
    assert out == {"go": go, "epoch": str(midnight_epoch(datetime.date.fromisoformat(day)))}


# --- publishing only a changed site -------------------------------------------------------------


def test_the_digest_changes_exactly_when_a_file_does(tmp_path):
    (tmp_path / "ru").mkdir()
    (tmp_path / "index.html").write_text("a")
    (tmp_path / "ru" / "index.html").write_text("b")
    first = write_digest(tmp_path)
    assert (tmp_path / DIGEST_FILE).read_text() == first + "\n"
    assert site_digest(tmp_path) == first  # its own file does not count
    (tmp_path / "ru" / "index.html").write_text("c")
    assert site_digest(tmp_path) != first
    (tmp_path / "ru" / "index.html").rename(tmp_path / "ru" / "other.html")
    assert len({first, site_digest(tmp_path)}) == 2


@pytest.fixture
def live(tmp_path):
    """A live site on 127.0.0.1: a folder served over HTTP."""
    root = tmp_path / "live"
    root.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_pages_deploys_only_a_site_that_differs_from_the_live_one(tmp_path, live):
    live_root, url = live
    built = tmp_path / "site"
    built.mkdir()
    (built / "index.html").write_text("<p>vakar</p>")
    env = {"SITE": str(built), "LIVE": url}
    assert run_step("pages-build", "digest", env, tmp_path) == {"changed": "true"}  # nothing live yet
    (live_root / DIGEST_FILE).write_text((built / DIGEST_FILE).read_text())  # as deployed
    assert run_step("pages-build", "digest", env, tmp_path) == {"changed": "false"}
    (built / "index.html").write_text("<p>šiandien</p>")  # a scheduled news is due
    assert run_step("pages-build", "digest", env, tmp_path) == {"changed": "true"}
