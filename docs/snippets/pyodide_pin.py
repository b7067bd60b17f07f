"""The Pyodide release the site runs, read from the one place that names it:
``PYODIDE_VERSION`` and ``PYODIDE_BASE`` in ``docs/javascripts/config.js``, which the browser
modules import. The macros (``{{ pyodide_version }}``) and the CSP hook read it here."""

from __future__ import annotations

import re
from pathlib import Path

CONFIG_JS = Path(__file__).resolve().parent.parent / "javascripts" / "config.js"


def pyodide_version() -> str:
    """``PYODIDE_VERSION`` of ``docs/javascripts/config.js``, the one place that names it."""
    text = CONFIG_JS.read_text(encoding="utf-8")
    match = re.search(r'^export const PYODIDE_VERSION = "([^"]+)";$', text, re.MULTILINE)
    if match is None:
        raise ValueError(f"{CONFIG_JS} has no PYODIDE_VERSION")
    return match[1]


def pyodide_base() -> str:
    """``PYODIDE_BASE`` of ``docs/javascripts/config.js`` (the pinned CDN path), filled in."""
    text = CONFIG_JS.read_text(encoding="utf-8")
    match = re.search(r"^export const PYODIDE_BASE = `([^`]+)`;$", text, re.MULTILINE)
    if match is None:
        raise ValueError(f"{CONFIG_JS} has no PYODIDE_BASE")
    return match[1].replace("${PYODIDE_VERSION}", pyodide_version())
