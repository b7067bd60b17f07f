"""The corrections page, written from calc.corrections (newest first)."""

from __future__ import annotations

import html

from calc.corrections import CORRECTIONS, LAST_CHECKED
from calc.ledger import CLAIMS


def _day(d: object) -> str:
    return f"{d:%-d %B %Y}"


def corrections_table() -> str:
    """Every logged change as a Markdown table, newest first, each claim linked to its card."""
    titles = {c.id: c.title for c in CLAIMS}
    rows = [
        "| Date | Claim | What changed | Old | New | Why |",
        "|---|---|---|---|---|---|",
    ]
    for c in sorted(CORRECTIONS, key=lambda c: c.day, reverse=True):
        claim = html.escape(titles.get(c.claim_id, c.claim_id))
        link = f"[{claim}](claims.md#claim-{c.claim_id.replace('_', '-')})"
        cells = (_day(c.day), link, c.field, c.old, c.new, c.why)
        rows.append("| " + " | ".join(str(x).replace("|", "\\|") for x in cells) + " |")
    return (
        "\n".join(rows)
        + f"\n\nNumbers last checked against the stored copies of their sources on "
        f"{_day(LAST_CHECKED)}."
    )
