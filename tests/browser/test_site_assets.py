"""The calc wheel the browser installs is built into the site by docs/.overrides/hooks/wheel.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest
from harness import CONFIG_JS, PYODIDE_DIR, ROOT, SiteServer, pyodide_base

pytestmark = pytest.mark.browser


def test_wheel_and_manifest_are_in_the_site(site: SiteServer) -> None:
    manifest = json.loads((site.root / "assets/wheels/calc-wheel.json").read_text())
    wheel = site.root / "assets/wheels" / manifest["wheel"]
    data = wheel.read_bytes()
    assert hashlib.sha256(data).hexdigest() == manifest["sha256"]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        # the very modules of this checkout, byte for byte
        for module in sorted((ROOT / "calc").glob("*.py")):
            assert archive.read(f"calc/{module.name}") == module.read_bytes(), module.name
    assert not any(n.startswith(("docs/", "tests/")) for n in names)
    assert list((site.root / "assets/wheels").glob("*.whl")) == [wheel]


def test_wheel_is_never_committed() -> None:
    tracked = Path(ROOT / ".gitignore").read_text()
    assert "/site/" in tracked
    assert not list((ROOT / "docs").rglob("*.whl"))


def test_pages_load_the_calculator_module_and_styles(site: SiteServer) -> None:
    for page in site.pages():
        html = (site.root / page / "index.html").read_text(encoding="utf-8")
        assert re.search(r'<script src="[./]*javascripts/calculators\.js" type="module">', html)
        assert "stylesheets/calculators.css" in html
        if page != "playground/":  # the one page with markdown-exec's pyodide fences
            assert "pyodide" not in html.lower().replace("_markdown_exec_pyodide", ""), page


def test_pyodide_integrity_hashes_match_the_pinned_release() -> None:
    """config.js pins the version and the sha384 of every core file; they must agree."""
    config = CONFIG_JS.read_text(encoding="utf-8")
    version = json.loads((PYODIDE_DIR / "package.json").read_text())["version"]
    assert f'PYODIDE_VERSION = "{version}"' in config
    assert f"/v{version}/full/" in pyodide_base()
    pinned = dict(re.findall(r'"([\w.-]+)": "(sha384-[^"]+)"', config))
    assert set(pinned) == {
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    }
    for name, integrity in pinned.items():
        digest = hashlib.sha384((PYODIDE_DIR / name).read_bytes()).digest()
        assert integrity == "sha384-" + base64.b64encode(digest).decode(), name


def _sri(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def test_no_page_loads_a_charting_library(site: SiteServer) -> None:
    """The calculators' charts are SVG drawn by calc.web.svgchart: no library, no CDN."""
    config = CONFIG_JS.read_text(encoding="utf-8")
    assert "CHART_JS" not in config
    for page in site.root.rglob("*.html"):
        assert "chart.umd" not in page.read_text(encoding="utf-8"), page
    assert not (ROOT / "docs" / "javascripts" / "chart-loader.js").exists()


def test_playground_pyodide_loader_is_pinned_with_integrity(site: SiteServer) -> None:
    """The hook takes the loader's version and hash from config.js; both match the npm copy."""
    config = CONFIG_JS.read_text(encoding="utf-8")
    assert f'PYODIDE_LOADER_SRI = "{_sri(PYODIDE_DIR / "pyodide.js")}"' in config
    hook = (ROOT / "docs/.overrides/hooks/pyodide_assets.py").read_text(encoding="utf-8")
    assert not re.search(r"\d+\.\d+\.\d+|sha384-", hook), "the hook must not copy config.js's pins"
    html = (site.root / "playground/index.html").read_text(encoding="utf-8")
    tag = re.search(r'<script[^>]*src="([^"]*/pyodide\.js)"[^>]*>', html)
    assert tag and tag[1] == pyodide_base() + "pyodide.js"
    assert f'integrity="{_sri(PYODIDE_DIR / "pyodide.js")}"' in tag[0]
