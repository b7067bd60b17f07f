"""Build hook: this checkout's ``calc`` and ``docs/snippets`` first on ``sys.path``.

So that a markdown-exec block can ``from site_tables import claims_table`` and every snippet,
macro and hook imports the ``calc`` of this checkout, whatever is installed. Runs first
(priority 100), before markdown-exec or the macros plugin import anything; ``fresh_calc.py``
forgets modules an earlier build of ``mkdocs serve`` cached.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[3]
SNIPPETS = ROOT / "docs" / "snippets"


@event_priority(100)
def on_config(config: Any) -> Any:
    """Put this checkout and ``docs/snippets`` at the front of ``sys.path``."""
    for path in (str(ROOT), str(SNIPPETS)):
        if path in sys.path:
            sys.path.remove(path)
        sys.path.insert(0, path)
    return config
