"""The GitHub workflows cannot run here, so the test suite checks them statically.

* check-jsonschema validates each workflow against its built-in GitHub workflow schema;
* zizmor audits them and dependabot.yml offline (``--persona=pedantic``, the strictest: code
  smells included) and must report nothing. A finding we accept would be suppressed with an inline
  ``# zizmor: ignore[<audit>]`` comment that explains why; there are none today.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def test_every_action_is_pinned_by_commit_sha() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                ref = line.split("uses:", 1)[1].split("#", 1)[0].strip()
                sha = ref.rsplit("@", 1)[1]
                assert len(sha) == 40, f"{path.name}: {ref} is not pinned to a commit SHA"
                assert all(c in "0123456789abcdef" for c in sha), ref


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
