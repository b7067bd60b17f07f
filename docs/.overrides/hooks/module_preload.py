"""Build hook: ``<link rel="modulepreload">`` for every browser module, on every page.

The browser then fetches the calculator modules in parallel from the start of each page instead
of discovering them one import level at a time. The list is read from the modules' own import
lines, starting at the entry module (``mkdocs.yml`` ``extra_javascript``), so it is never kept by
hand.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parents[3]
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


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Add the preload links to the page's head."""
    links = "".join(
        f'<link rel="modulepreload" href="{get_relative_url(path, page.url)}">'
        for path in preloaded_modules(Path(config["docs_dir"]))
    )
    return output.replace("</head>", links + "</head>", 1)
