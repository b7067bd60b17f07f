"""Build hook: the hashes of the site's inline scripts and styles, for the Content-Security-Policy.

GitHub Pages sends no headers, so the policy is a ``<meta http-equiv>`` written by the template
(``docs/.overrides/main.html``). The template cannot know the inline code of the finished pages,
so it leaves two markers that this hook replaces once every page is written:

* ``'inline-scripts'`` by the sha256 of every inline ``<script>`` of the site that a browser runs
  (Material's own, the notebook's), so no other inline script can run;
* ``'inline-styles'`` by the sha256 of every ``<style>`` element and, with ``'unsafe-hashes'``,
  every ``style=""`` attribute (tables' alignment, matplotlib's SVG), so no other inline style
  applies.

Every page gets the hashes of the whole site, not only its own: Material's instant navigation
keeps the first page's policy while it swaps in the next page's content.

The template also reads ``config.extra.csp_pyodide``, set here from ``PYODIDE_BASE`` of
``docs/javascripts/config.js``: the only other origin a page may name. No page compiles
WebAssembly (Pyodide runs in a worker, under the worker's own policy), so no page's policy has
``'wasm-unsafe-eval'``.

Under ``mkdocs serve`` the live-reload script that mkdocs injects changes on every request and
cannot be hashed: there, inline scripts are allowed with ``'unsafe-inline'`` and a log line says so.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.csp")

SCRIPTS_MARKER = "'inline-scripts'"
STYLES_MARKER = "'inline-styles'"
# <script type> values a browser runs (no type at all is JavaScript too).
_RUNNABLE = {"", "text/javascript", "application/javascript", "module"}
_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_STYLE = re.compile(r"<style[^>]*>(?P<body>.*?)</style>", re.DOTALL | re.IGNORECASE)
_STYLE_ATTR = re.compile(r"""\sstyle=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)
_TYPE = re.compile(r"""\stype=["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\ssrc=", re.IGNORECASE)

class _State:
    serving = False  # set by on_startup: mkdocs serve or build


def sha256(text: str) -> str:
    """The CSP source expression of ``text``: ``'sha256-<base64 of its UTF-8 digest>'``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def inline_scripts(page: str) -> list[str]:
    """The code of every inline script of ``page`` a browser would run."""
    found = []
    for match in _SCRIPT.finditer(page):
        attrs = match["attrs"]
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind["type"].lower() not in _RUNNABLE):
            continue
        found.append(match["body"])
    return found


def inline_styles(page: str) -> list[str]:
    """Every ``<style>`` body and every ``style`` attribute value (unescaped) of ``page``."""
    bodies = [m["body"] for m in _STYLE.finditer(page)]
    attrs = [html.unescape(m["dq"] if m["dq"] is not None else m["sq"])
             for m in _STYLE_ATTR.finditer(page)]
    return bodies + attrs


def on_startup(command: str, dirty: bool) -> None:
    _State.serving = command == "serve"


def on_config(config: Any) -> Any:
    """``config.extra.csp_pyodide``: the pinned Pyodide path, read from config.js by the same
    module as the ``{{ pyodide_version }}`` macro."""
    from docs.snippets.pyodide_pin import pyodide_base

    try:
        config["extra"]["csp_pyodide"] = pyodide_base()
    except ValueError as error:
        raise PluginError(f"csp: {error}") from None
    return config


def on_post_build(config: Any) -> None:
    """Replace the markers in every HTML file of the site by the site's hashes."""
    site = Path(config["site_dir"])
    pages = {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}
    scripts = sorted({sha256(s) for page in pages.values() for s in inline_scripts(page)})
    styles = sorted({sha256(s) for page in pages.values() for s in inline_styles(page)})
    if _State.serving:
        log.info("csp: mkdocs serve injects a live-reload script; inline scripts are allowed")
        script_sources = "'unsafe-inline'"
    else:
        script_sources = " ".join(scripts)
    style_sources = " ".join(["'unsafe-hashes'", *styles]) if styles else ""
    for path, page in pages.items():
        if SCRIPTS_MARKER not in page:
            if "<html" in page:
                raise PluginError(f"csp: {path} has no Content-Security-Policy from the template")
            continue
        path.write_text(page.replace(SCRIPTS_MARKER, script_sources)
                        .replace(STYLES_MARKER, style_sources), encoding="utf-8")
