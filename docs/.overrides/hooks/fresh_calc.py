"""Build hook: make every (re)build see the current ``calc`` package.

``mkdocs serve`` keeps one Python process alive, so a ``calc`` module imported by an earlier
build (by the macros module or a markdown-exec block) would otherwise keep serving stale
numbers after ``calc/`` changes. ``watch: [calc]`` in mkdocs.yml triggers the rebuild; this hook
drops the cached modules before any plugin imports them again.
"""

from __future__ import annotations

import sys
from typing import Any

from mkdocs.plugins import event_priority


@event_priority(100)  # before the macros plugin imports docs/snippets/macros.py
def on_config(config: Any) -> None:
    """Forget ``calc`` and the build-time snippet modules before each build."""
    stale = [
        name for name in sys.modules if name == "calc" or name.startswith(("calc.", "snippets"))
    ]
    for name in stale:
        del sys.modules[name]
