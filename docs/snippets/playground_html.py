"""Build-time HTML for the playground's editable Python blocks.

A page embeds one with a markdown-exec block::

    ```python exec="on" html="1"
    from docs.snippets.playground_html import render
    print(render("m6_cost_article", "The article's cost of M6-10T"))
    ```

``render`` reads ``docs/snippets/playground/<name>.py``, runs it here (CPython, at build time) and
writes a labelled ``<textarea>`` holding the code and, below it, what the code printed: the page
shows the code and its output with JavaScript off. ``docs/javascripts/playground.js`` then runs
the code, as the reader edits it, in the site's one verified Python worker
(``pyodide-worker.js``), the same one the calculators use.

Why not markdown-exec's ``pyodide`` fence: its markup loads Ace and highlight.js from cdnjs
without Subresource Integrity, calls its runtime from inline scripts, and its runtime boots a
second Pyodide on the main thread. Keeping it meant rewriting its HTML after every release. A plain
``<textarea>`` needs no third-party code, has the browser's own accessible name, keyboard use and
phone editing, and costs no byte; what it lacks is syntax colouring.

The markup contract that ``playground.js`` and the tests rely on:

* the root has ``data-playground`` and ``data-session`` (blocks with the same session share
  names, as in one Python session);
* ``data-code`` is the ``<textarea>`` (its ``<label>`` names the block);
* ``data-run``, ``data-stop`` and ``data-reset`` are buttons, hidden until JavaScript runs;
* ``data-output`` holds the output (the build-time output until the first run),
  ``data-output-label`` says which, and ``data-status`` (``role="status"``) says what Python is
  doing.
"""

from __future__ import annotations

import contextlib
import html
import io
from pathlib import Path

SNIPPETS = Path(__file__).resolve().parent / "playground"
MAX_ROWS = 30


def source(name: str) -> str:
    """The code of ``docs/snippets/playground/<name>.py``."""
    path = SNIPPETS / f"{name}.py"
    if not path.is_file():
        raise ValueError(f"no playground snippet {name!r}: expected {path}")
    return path.read_text(encoding="utf-8")


def build_output(code: str, name: str) -> str:
    """What ``code`` prints when run on its own in CPython (a fresh namespace)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"<playground {name}>", "exec"), {"__name__": "__main__"})  # noqa: S102
    return out.getvalue()


def render(name: str, title: str, session: str = "calc") -> str:
    """The editable block for snippet ``name``, titled ``title`` (its label and buttons' names)."""
    code = source(name)
    printed = build_output(code, name)
    key = f"playground-{name.replace('_', '-')}"
    rows = min(code.count("\n") + 1, MAX_ROWS)
    t = html.escape(title)
    return f"""<div class="playground" data-playground data-session="{html.escape(session)}">
<label class="playground__label" for="{key}-code">Python code: {t}</label>
<textarea id="{key}-code" class="playground__code" data-code rows="{rows}" spellcheck="false"
 autocapitalize="off" autocomplete="off" autocorrect="off" wrap="off"
 aria-describedby="{key}-help">{html.escape(code)}</textarea>
<p class="playground__help" id="{key}-help" hidden>Ctrl+Enter runs the code. Tab leaves the
 editor; indent with spaces.</p>
<div class="playground__controls">
<button type="button" data-run hidden aria-label="Run: {t}">Run</button>
<button type="button" data-stop hidden aria-label="Stop: {t}">Stop</button>
<button type="button" data-reset hidden aria-label="Restore code: {t}">Restore code</button>
<span class="playground__status" data-status role="status"></span>
</div>
<p class="playground__label" id="{key}-output-label" data-output-label>
Output (computed when this page was built):</p>
<pre class="playground__output" data-output aria-labelledby="{key}-output-label"
 tabindex="0"><code>{html.escape(printed)}</code></pre>
</div>"""
