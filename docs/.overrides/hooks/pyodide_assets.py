"""Build hook: markdown-exec's ``pyodide`` fence assets on the pages that have a fence, only.

markdown-exec adds ``assets/_markdown_exec_pyodide.js`` and ``.css`` to every page once any page
has a ``pyodide`` fence, and its script loads Pyodide and micropip at once on every page. This
hook

* removes both from every page;
* on a page with a fence (the playground), puts the stylesheet and the site's own runtime for the
  fences, ``javascripts/playground.js``, at the end of the page content (so they also come with
  Material's instant navigation, which runs scripts in the content but not new ``<head>``
  entries). playground.js installs ``calc`` from the site's own wheel, without micropip, and
  labels the editors;
* gives the fence's pinned Pyodide loader (``pyodide.js`` from jsDelivr) its Subresource
  Integrity hash, checked against the npm copy by ``tests/browser/test_site_assets.py``.

The release and the loader's hash are ``PYODIDE_VERSION`` and ``PYODIDE_LOADER_SRI`` in
``docs/javascripts/config.js``, read from there. A page whose fence does not pin that version
(``version="{{ pyodide_version }}"``, see ``docs/snippets/macros.py``) fails the build
(``--strict``): the stock default differs from the version the rest of the site runs.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.pyodide_assets")

CONFIG_JS = "javascripts/config.js"  # in docs_dir

_ASSET_TAGS = re.compile(
    r'<script[^>]*src="[^"]*assets/_markdown_exec_pyodide\.js"[^>]*>\s*</script>\s*'
    r'|<link[^>]*href="[^"]*assets/_markdown_exec_pyodide\.css"[^>]*>\s*'
)
_LOADER = re.compile(r'<script type="text/javascript" src="(https://cdn\.jsdelivr\.net/pyodide/'
                     r'v(?P<version>[^/]+)/full/pyodide\.js)"></script>')
_FENCE = '<div class="pyodide"'


def _pinned(config: Any, name: str) -> str:
    """The string constant ``export const <name> = "...";`` of the site's config.js."""
    path = Path(config["docs_dir"]) / CONFIG_JS
    match = re.search(rf'^export const {name} = "([^"]+)";$', path.read_text(encoding="utf-8"),
                      re.MULTILINE)
    if match is None:
        raise PluginError(f"pyodide_assets: {path} has no string constant {name}")
    return match[1]


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Strip the stock assets; on fence pages, add ours and the loader's integrity."""
    output = _ASSET_TAGS.sub("", output)
    if _FENCE not in output:
        return output
    version = _pinned(config, "PYODIDE_VERSION")
    for match in _LOADER.finditer(output):
        if match["version"] != version:
            log.warning(
                "%s: a pyodide fence loads Pyodide %s, not %s; set"
                ' version="{{ pyodide_version }}" on every fence',
                page.file.src_uri, match["version"], version,
            )
    loader = f"https://cdn.jsdelivr.net/pyodide/v{version}/full/pyodide.js"
    output = output.replace(
        f'<script type="text/javascript" src="{loader}"></script>',
        f'<script type="text/javascript" src="{loader}"'
        f' integrity="{_pinned(config, "PYODIDE_LOADER_SRI")}" crossorigin="anonymous"></script>',
    )
    css = get_relative_url("assets/_markdown_exec_pyodide.css", page.url)
    js = get_relative_url("javascripts/playground.js", page.url)
    ours = f'<link rel="stylesheet" href="{css}"><script src="{js}"></script>'
    head, sep, tail = output.rpartition("</article>")
    if not sep:
        log.warning("%s: no </article> to put the playground runtime before", page.file.src_uri)
        return output
    return head + ours + sep + tail
