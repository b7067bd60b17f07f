"""The corrections page, written from calc.corrections (newest first)."""

from __future__ import annotations

import html
import json

from calc.beyond import BEYOND_CLAIMS
from calc.corrections import CORRECTIONS, LAST_CHECKED, Correction
from calc.ledger import CLAIMS
from calc.run_claims import RUN_CLAIMS

#: Where each claim's card is: the article's on All claims, the later runs' on Five years on.
CLAIM_PAGE = ({c.id: "claims.md" for c in CLAIMS} | {c.id: "five-years-on.md" for c in RUN_CLAIMS}
              | {c.id: "beyond.md" for c in BEYOND_CLAIMS})
TITLES = {c.id: c.title for c in (*CLAIMS, *RUN_CLAIMS, *BEYOND_CLAIMS)}


def target(c: Correction) -> tuple[str, str]:
    """(title, page#anchor) of what an entry changed: a claim's card, or a page's figure."""
    if c.claim_id:
        anchor = "claim-" + c.claim_id.replace("_", "-")
        return TITLES[c.claim_id], f"{CLAIM_PAGE[c.claim_id]}#{anchor}"
    return c.field, c.page


def _day(d: object) -> str:
    return f"{d:%-d %B %Y}"


def corrections_table() -> str:
    """Every logged change as a Markdown table, newest first, each claim linked to its card."""
    rows = [
        "| Date | Claim | What changed | Old | New | Why |",
        "|---|---|---|---|---|---|",
    ]
    for c in sorted(CORRECTIONS, key=lambda c: c.day, reverse=True):
        title, where = target(c)
        link = f"[{html.escape(title)}]({where})"
        cells = (_day(c.day), link, c.field, c.old, c.new, c.why)
        rows.append("| " + " | ".join(str(x).replace("|", "\\|") for x in cells) + " |")
    return (
        "\n".join(rows)
        + f"\n\nNumbers last checked against the stored copies of their sources on "
        f"{_day(LAST_CHECKED)}."
    )


def _site_path(where: str) -> str:
    """``claims.md#x`` as a path below the site's root, ``claims/#x`` (``index.md`` is ``""``)."""
    page, _, anchor = where.partition("#")
    path = "" if page == "index.md" else page.removesuffix(".md") + "/"
    return path + (f"#{anchor}" if anchor else "")


def corrections_json() -> str:
    """``data/corrections.json``: every logged change, newest first, with where it is, for the
    notice a reader sees on opening a link made before a correction (``since.js``)."""
    entries = []
    for c in sorted(CORRECTIONS, key=lambda c: c.day, reverse=True):
        title, where = target(c)
        entries.append({"day": c.day.isoformat(), "title": title, "field": c.field,
                        "old": c.old, "new": c.new, "where": _site_path(where)})
    doc = {"data_version": LAST_CHECKED.isoformat(), "corrections": entries}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
