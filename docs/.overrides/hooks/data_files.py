"""Build hook: the data behind the site's tables as downloadable files at stable URLs.

``data/runs.csv``, ``data/claims.csv``, ``data/constants.json`` and the others are written
from ``calc.web.datafiles`` (``data/corrections.json`` from ``docs.snippets.corrections_page``)
and added to the build's files, so pages link to them like any other file
(``--strict`` checks the links) and ``mkdocs serve`` serves them.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files


def on_files(files: Files, config: Any) -> Files:
    """Add every data file to the build."""
    from calc.web.datafiles import FILES  # imported at build time: fresh_calc.py reloads calc
    from docs.snippets.corrections_page import corrections_json

    for path, write in {**FILES, "data/corrections.json": corrections_json}.items():
        files.append(File.generated(config, path, content=write()))
    return files
