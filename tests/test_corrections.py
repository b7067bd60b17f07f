"""The corrections log cannot go stale for a claim it logs, and its entries chain."""

from __future__ import annotations

from calc.corrections import CORRECTIONS
from calc.ledger import CLAIMS, evaluate


def test_every_logged_claim_exists() -> None:
    ids = {c.id for c in CLAIMS}
    assert {c.claim_id for c in CORRECTIONS} <= ids


def test_latest_verdict_entry_is_todays_verdict() -> None:
    latest: dict[str, str] = {}
    for c in sorted(CORRECTIONS, key=lambda c: c.day):
        if c.field == "verdict":
            latest[c.claim_id] = c.new
    assert latest  # the log has verdict changes
    for claim_id, new in latest.items():
        assert evaluate(claim_id).verdict == new, claim_id


def test_latest_figure_entry_is_todays_figure() -> None:
    for c in CORRECTIONS:
        if c.field == "our figure":
            later = [d for d in CORRECTIONS if d.claim_id == c.claim_id and d.field == c.field
                     and d.day > c.day]
            if not later:
                assert evaluate(c.claim_id).our_text == c.new


def test_entries_for_one_claim_and_field_chain() -> None:
    by_key: dict[tuple[str, str], list[str]] = {}
    for c in sorted(CORRECTIONS, key=lambda c: c.day):
        chain = by_key.setdefault((c.claim_id, c.field), [])
        if chain:
            assert c.old == chain[-1], (c.claim_id, c.field)
        chain.append(c.new)
        assert c.old != c.new and c.why
