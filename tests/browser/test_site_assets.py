"""The site's assets: the calc wheel the browser installs (docs/.overrides/hooks/wheel.py), the
pinned Pyodide hashes, and no file from another host without Subresource Integrity."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
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
        # No page names a Pyodide file to load: only the worker fetches it, once asked to.
        soup = BeautifulSoup(html, "html.parser")
        urls = [str(t.get("src") or "") for t in soup.find_all("script")]
        urls += [str(t.get("href") or "") for t in soup.find_all("link")]
        assert not [u for u in urls if "pyodide" in u.lower()], page
        # Only pages that run Python ask for it early (early-start.js reads this).
        runs_python = 'data-calculator="' in html or "data-playground" in html
        assert bool(soup.find("meta", attrs={"name": "green-ai-python"})) == runs_python, page


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


def test_no_page_loads_a_charting_library(site: SiteServer) -> None:
    """The calculators' charts are SVG drawn by calc.web.svgchart: no library, no CDN."""
    config = CONFIG_JS.read_text(encoding="utf-8")
    assert "CHART_JS" not in config
    for page in site.root.rglob("*.html"):
        assert "chart.umd" not in page.read_text(encoding="utf-8"), page
    assert not (ROOT / "docs" / "javascripts" / "chart-loader.js").exists()


# <link rel> values that name a page rather than load a file into this one.
_NAVIGATION_RELS = {"canonical", "alternate", "next", "prev", "author", "license", "search", "me"}


def external_assets_without_integrity(html: str, site_url: str) -> list[str]:
    """Every <script src> and file-loading <link href> of ``html`` on another host than
    ``site_url`` that has no ``integrity`` attribute (a relative URL is the site's own)."""
    soup = BeautifulSoup(html, "html.parser")
    own = urlsplit(site_url).netloc
    found = []
    for tag in soup.find_all(["script", "link"]):
        url = tag.get("src") if tag.name == "script" else tag.get("href")
        if not url or urlsplit(str(url)).netloc in ("", own):
            continue
        rels = set(tag.get("rel") or []) if tag.name == "link" else set()
        if rels and rels <= _NAVIGATION_RELS:
            continue
        if not tag.get("integrity"):
            found.append(f"<{tag.name}> {url}")
    return found


def test_the_integrity_check_finds_what_it_must() -> None:
    page = """<head><script src="https://cdn.example/a.js"></script>
      <script src="https://cdn.example/b.js" integrity="sha384-x" crossorigin></script>
      <script src="../javascripts/own.js"></script><script>inline()</script>
      <link rel="stylesheet" href="//fonts.example/c.css">
      <link rel="modulepreload" href="https://cdn.example/d.mjs">
      <link rel="canonical" href="https://elsewhere.example/page/"></head>"""
    assert external_assets_without_integrity(page, "http://127.0.0.1:8000/") == [
        "<script> https://cdn.example/a.js",
        "<link> //fonts.example/c.css",
        "<link> https://cdn.example/d.mjs",
    ]


def test_no_external_script_or_stylesheet_lacks_integrity(site: SiteServer) -> None:
    """Every page of the built site (and the 404 page): nothing from another host without
    Subresource Integrity. Today nothing at all: Pyodide is fetched by the worker, checked."""
    pages = sorted(site.root.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        missing = external_assets_without_integrity(path.read_text(encoding="utf-8"), site.url)
        assert missing == [], f"{path.relative_to(site.root)}: {missing}"
