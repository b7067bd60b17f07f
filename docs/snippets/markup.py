"""Markdown and links the page snippets share: citations, verdict badges, legends and tables.

Every function returns Markdown (or HTML inside Markdown) and types no number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from calc.rule import RULE, clause_text
from calc.sources import SOURCES

# ---------------------------------------------------------------- links and badges

SOURCES_PAGE = "sources.md"

#: The legend, written from the verdict rule itself (``calc.rule.RULE``): clause id → meaning.
VERDICT_MEANING: dict[str, str] = {}
for _clause in RULE:
    VERDICT_MEANING.setdefault(_clause.verdict, "")
    VERDICT_MEANING[_clause.verdict] += (
        (" Or: " if VERDICT_MEANING[_clause.verdict] else "")
        + f"({_clause.id}) " + clause_text(_clause)
    )

LEVEL_MEANING = {
    "P": "read in the primary source, or in a verbatim copy of it.",
    "S": "seen only in secondary sources (press, summaries, third-party notes).",
    "N": "not verified at all.",
}


def source_anchor(key: str) -> str:
    """The id of a source's entry on the Sources page."""
    return "src-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


def short_authors(key: str) -> str:
    """``Patterson et al.``, ``Lambda``: the source's short name (``calc.sources``)."""
    return SOURCES[key].short_name


def cite(key: str, *, page: str = "") -> str:
    """A Markdown link to a source's entry on the Sources page: ``[Authors (year)](...)``."""
    src = SOURCES[key]
    return f"[{short_authors(key)} ({src.year})]({page}{SOURCES_PAGE}#{source_anchor(key)})"


def badge(verdict: str) -> str:
    """An inline verdict badge (coloured, with the verdict as text)."""
    v = html.escape(verdict)
    return f'<span class="verdict verdict--{v}">{v}</span>'


def level_text(level: str) -> str:
    """A verification level spelled out for readers."""
    return {"P": "primary", "S": "secondary only", "N": "not verified"}.get(level, level)


def verdict_legend() -> str:
    """A definition list of the verdicts, as Markdown."""
    return "\n".join(f"- {badge(v)} {meaning}" for v, meaning in VERDICT_MEANING.items())


def verdict_rule() -> str:
    """The rule as a numbered list: clauses in the order they are tried (``calc.rule.RULE``)."""
    return "\n".join(
        f"{i}. **{c.id}** {badge(c.verdict)} {clause_text(c)}" for i, c in enumerate(RULE, 1)
    )


def level_legend() -> str:
    """The verification levels, as Markdown."""
    return "\n".join(
        f"- **{level_text(k)}** ({k}): {meaning}" for k, meaning in LEVEL_MEANING.items()
    )


def esc(text: str) -> str:
    """Escape text for HTML, leaving quotes as they are (they read better in Markdown)."""
    return html.escape(text, quote=False)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def md_table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: str = "") -> str:
    """A Markdown table; columns whose index is listed in ``numeric`` are right-aligned."""
    head = "| " + " | ".join(headers) + " |"
    rule = "|" + "|".join("---:" if str(i) in numeric else "---" for i in range(len(headers))) + "|"
    body = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])
