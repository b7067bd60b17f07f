"""The GitHub workflows cannot run here, so the test suite checks them statically.

* check-jsonschema validates each workflow against its built-in GitHub workflow schema;
* zizmor audits them and dependabot.yml offline (``--persona=pedantic``, the strictest: code
  smells included) and must report nothing. A finding we accept would be suppressed with an inline
  ``# zizmor: ignore[<audit>]`` comment that explains why; there are none today.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_both_workflows_exist() -> None:
    names = sorted(p.name for p in WORKFLOWS.glob("*.yml"))
    assert names == ["ci.yml", "pages.yml"]


@pytest.mark.parametrize("name", ["ci.yml", "pages.yml"])
def test_workflow_matches_github_schema(name: str) -> None:
    result = _run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        str(WORKFLOWS / name),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_offline_audit_is_clean() -> None:
    result = _run(
        str(BIN / "zizmor"),
        "--offline",
        "--persona=pedantic",
        "--no-progress",
        str(ROOT / ".github"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout


# `uses: owner/action@<40-hex commit SHA> # vX.Y.Z`: the SHA is what runs, the comment says which
# release it is (and lets Dependabot move both together).
_PINNED_USES = re.compile(
    r"^\s*(?:- )?\s*uses: (?P<action>[\w.-]+/[\w./-]+)@(?P<sha>[0-9a-f]{40})"
    r" # (?P<tag>v\d+\.\d+\.\d+)$"
)


def _uses_in(node: object) -> list[str]:
    """Every ``uses:`` value in a parsed workflow (steps and reusable-workflow jobs alike)."""
    if isinstance(node, dict):
        found = [str(node["uses"])] if "uses" in node else []
        return found + [u for value in node.values() for u in _uses_in(value)]
    if isinstance(node, list):
        return [u for item in node for u in _uses_in(item)]
    return []


def _pins() -> list[tuple[str, re.Match[str] | None, str]]:
    """(workflow, the line's match or None, the line) for every line that has ``uses:``."""
    pins = []
    for path in sorted(WORKFLOWS.glob("*.yml")):
        text = path.read_text(encoding="utf-8")
        lines = [
            line for line in text.splitlines()
            if "uses:" in line and not line.lstrip().startswith("#")
        ]
        # the line scan sees exactly the uses: the YAML has (none hidden in flow style or quotes)
        assert len(lines) == len(_uses_in(yaml.safe_load(text))), path.name
        pins += [(path.name, _PINNED_USES.match(line), line.strip()) for line in lines]
    return pins


def test_every_action_is_pinned_by_commit_sha_with_its_release_in_a_comment() -> None:
    pins = _pins()
    assert pins
    for name, match, line in pins:
        assert match, f"{name}: `{line}` is not `uses: owner/action@<40-hex SHA> # vX.Y.Z`"


def test_each_action_is_pinned_to_one_release_across_the_workflows() -> None:
    releases: dict[str, set[tuple[str, str]]] = {}
    for _, match, _ in _pins():
        assert match
        releases.setdefault(match["action"], set()).add((match["sha"], match["tag"]))
    assert {a: r for a, r in releases.items() if len(r) > 1} == {}


def test_pages_workflow_builds_strictly_and_deploys_with_least_privilege() -> None:
    text = (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")
    assert "permissions: {}" in text
    assert "make build" in text  # mkdocs build --strict, see the Makefile
    for action in ("configure-pages", "upload-pages-artifact", "deploy-pages"):
        assert f"actions/{action}@" in text
    assert "contents: write" not in text


@pytest.mark.parametrize(
    ("path", "schema"),
    [
        (".github/dependabot.yml", "vendor.dependabot"),
        ("CITATION.cff", "vendor.citation-file-format"),
    ],
)
def test_repository_metadata_matches_its_schema(path: str, schema: str) -> None:
    result = _run(str(BIN / "check-jsonschema"), "--builtin-schema", schema, str(ROOT / path))
    assert result.returncode == 0, result.stdout + result.stderr
