"""The Sources page: every source, grouped, with each figure it supports as the source states it."""

from __future__ import annotations

from calc.constants import CONSTANTS, Constant
from calc.sources import SOURCES
from docs.snippets.markup import esc, level_text, md_table, short_authors, source_anchor

# ---------------------------------------------------------------- sources page


# How the Sources page groups the sources (presentation only; unknown keys go to "Other").
SOURCE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The article checked", ("romero2021",)),
    (
        "Papers",
        (
            "brown2020",
            "patterson2021",
            "strubell2019",
            "schwartz2019",
            "narayanan2021",
            "kaplan2020",
            "hoffmann2022",
            "yang2021",
            "lin2021",
            "smith2022",
            "zhang2022",
            "luccioni2022",
            "bigscience2022",
            "deepseek2024",
        ),
    ),
    ("Company statements, datasheets, prices and model cards", ()),
    (
        "Blogs, press and third-party notes",
        ("lambda2020", "dickson2020", "wudao_press", "zhidx2021", "infoq2021", "microsoft2020",
         "genci2022", "connolly_notes"),
    ),
)
_VENDORS = ("damo2021", "nvidia_", "aws_", "llama", "metaseq", "bigscience_tr11")


def _group_of(key: str) -> str:
    for title, keys in SOURCE_GROUPS:
        if key in keys:
            return title
    if key.startswith(_VENDORS):
        return SOURCE_GROUPS[2][0]
    return "Other sources"


def sources_page() -> str:
    """Every source, grouped, with each figure it supports exactly as the source states it."""
    by_source: dict[str, list[Constant]] = {}
    for const in CONSTANTS.values():
        by_source.setdefault(const.source_key, []).append(const)
    groups: dict[str, list[str]] = {}
    for key in SOURCES:
        groups.setdefault(_group_of(key), []).append(key)
    order = [title for title, _ in SOURCE_GROUPS] + ["Other sources"]
    parts = []
    for title in order:
        if title not in groups:
            continue
        parts.append(f"## {title}\n")
        for key in sorted(
            groups[title], key=lambda k: (SOURCES[k].authors.lower(), SOURCES[k].year)
        ):
            src = SOURCES[key]
            parts.append(f"### {esc(short_authors(key))} ({src.year}) {{#{source_anchor(key)}}}\n")
            where = f"[{src.url}]({src.url})" if src.url else "no address recorded"
            extra = f" arXiv:{src.arxiv}." if src.arxiv else ""
            venue = f" {src.venue}." if src.venue else ""
            authors = esc(src.authors).removesuffix(".")  # "Brown et al." ends with one already
            parts.append(f"{authors}. *{esc(src.title)}*.{venue}{extra} {where}\n")
            if src.note:
                parts.append(f'!!! note "How we read it"\n    {src.note}\n')
            consts = by_source.get(key, [])
            if consts:
                rows = [
                    (
                        c.label,
                        f"“{c.quote}”",
                        level_text(c.level) + (f": {c.note}" if c.note else ""),
                    )
                    for c in consts
                ]
                parts.append(md_table(("figure", "as the source states it", "verified"), rows))
                parts.append("")
            else:
                parts.append("*Cited for context; no figure on this site is taken from it.*\n")
    return "\n".join(parts)
