"""Build hook: make every (re)build see the current ``calc`` package and build-time snippets.

``mkdocs serve`` keeps one Python process alive, so modules imported by an earlier build (``calc``
by the macros module and markdown-exec blocks, the ``docs.snippets`` package, and the macros
module the plugin loads by path) would otherwise keep serving stale numbers after a change.
``watch: [calc]`` in mkdocs.yml triggers the rebuild; this hook drops those modules before any
plugin imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

_ROOT = Path(__file__).resolve().parents[3]
_FRESH_DIRS = (_ROOT / "calc", _ROOT / "docs" / "snippets")


def _is_fresh(module: object) -> bool:
    file = getattr(module, "__file__", None)
    if not file:
        return False
    path = Path(file).resolve()
    return any(path.is_relative_to(d) for d in _FRESH_DIRS)


@event_priority(100)  # before the macros plugin imports docs/snippets/macros.py
def on_config(config: Any) -> None:
    """Forget ``calc`` and the snippet modules before each build."""
    stale = [
        name
        for name, module in list(sys.modules.items())
        if name == "calc" or name.startswith("calc.") or _is_fresh(module)
    ]
    for name in stale:
        del sys.modules[name]
