"""Build hook: resolve ``page.md#anchor`` links inside HTML generated at build time.

MkDocs rewrites links to ``.md`` files in a page's own Markdown, but not in the HTML that
markdown-exec blocks return (it is stashed before MkDocs' link processing). The snippets under
``docs/snippets/`` therefore write links the usual way (``sources.md#src-brown2020``), and this
hook turns each one that names a known page into the URL MkDocs would have produced. A link to an
unknown ``.md`` file is reported as a warning, so ``--strict`` fails on it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger("mkdocs.hooks.generated_links")

_HREF = re.compile(r'href="(?P<path>[A-Za-z0-9_./-]+\.md)(?P<frag>#[^"]*)?"')


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Rewrite ``href="x.md#y"`` to the built page's URL relative to this page."""

    def replace(match: re.Match[str]) -> str:
        target = files.get_file_from_path(match["path"])
        if target is None:
            log.warning("%s: generated link to unknown page %s", page.file.src_uri, match["path"])
            return match.group(0)
        return f'href="{target.url_relative_to(page.file)}{match["frag"] or ""}"'

    return _HREF.sub(replace, html)
