"""Build hook: ship the ``calc`` wheel with the site, so the browser runs the package we test.

On every build (``mkdocs build`` and each rebuild of ``mkdocs serve``) this hook

* puts this checkout and ``docs/snippets`` first on ``sys.path`` so a markdown-exec block can
  ``from calculator_html import render``;
* lets the browser fetch the calculator modules in parallel from the start of each page
  (``<link rel="modulepreload">``), instead of discovering them one import level at a time;
* builds the wheel in-process with flit_core (no network, no subprocess) into
  ``<site>/assets/wheels/`` and writes ``calc-wheel.json`` beside it::

      {"wheel": "calc-0.1.0-py3-none-any.whl", "sha256": "...", "version": "0.1.0"}

  The page code (``docs/javascripts/python-client.js``) reads that manifest to find the wheel
  and to bust caches when the wheel's content changes. The wheel is never committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from flit_core import buildapi  # type: ignore[import-untyped]
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parents[3]
SNIPPETS = ROOT / "docs" / "snippets"
WHEEL_DIR = "assets/wheels"
MANIFEST = "calc-wheel.json"
# Fixed zip timestamps make the wheel, and so its hash, depend on its content only.
_EPOCH_1980 = "315532800"
_OWN_MODULES = ("calculator_html", "solver_html")
# The entry module (mkdocs.yml extra_javascript); every module it imports, directly or not, is
# preloaded on every page. The list is read from the modules' own import lines, so it is never
# kept by hand.
ENTRY_MODULE = "javascripts/calculators.js"
_IMPORT = re.compile(r'^import\s[^;]*?from\s+"\./(?P<name>[a-z0-9-]+\.js)";', re.MULTILINE)


def preloaded_modules(docs: Path = ROOT / "docs") -> tuple[str, ...]:
    """Everything the entry module imports, directly or not (static imports, discovery order);
    the entry module itself is loaded by its own ``<script>``."""
    seen: list[str] = []
    todo = [ENTRY_MODULE]
    while todo:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.append(path)
        text = (docs / path).read_text(encoding="utf-8")
        todo.extend(f"javascripts/{m['name']}" for m in _IMPORT.finditer(text))
    return tuple(seen[1:])


def _forget_stale_modules() -> None:
    for name in list(sys.modules):
        if name == "calc" or name.startswith("calc.") or name in _OWN_MODULES:
            del sys.modules[name]


@event_priority(100)  # before markdown-exec or macros import calc for this build
def on_config(config: Any) -> Any:
    """Make this checkout's ``calc`` and ``docs/snippets`` importable (fresh_calc.py forgets
    modules cached by an earlier build of ``mkdocs serve``)."""
    for path in (str(ROOT), str(SNIPPETS)):  # this checkout's calc, whatever is installed
        if path in sys.path:
            sys.path.remove(path)
        sys.path.insert(0, path)
    return config


def build_calc_wheel(destination: Path) -> dict[str, str]:
    """Build the ``calc`` wheel into ``destination``; return the manifest written beside it."""
    destination.mkdir(parents=True, exist_ok=True)
    saved_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = saved_epoch or _EPOCH_1980
    try:
        with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(ROOT):
            name = str(buildapi.build_wheel(tmp))
            data = (Path(tmp) / name).read_bytes()
    finally:
        if saved_epoch is None:
            del os.environ["SOURCE_DATE_EPOCH"]
    for old in destination.glob("calc-*.whl"):
        old.unlink()
    (destination / name).write_bytes(data)
    version = name.split("-")[1]
    manifest = {"wheel": name, "sha256": hashlib.sha256(data).hexdigest(), "version": version}
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Add ``<link rel="modulepreload">`` for the calculator modules to the page's head."""
    links = "".join(
        f'<link rel="modulepreload" href="{get_relative_url(path, page.url)}">'
        for path in preloaded_modules()
    )
    return output.replace("</head>", links + "</head>", 1)


def on_post_build(config: Any) -> None:
    """Put the wheel and its manifest into the built site."""
    build_calc_wheel(Path(config["site_dir"]) / WHEEL_DIR)
