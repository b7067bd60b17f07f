"""The corrections log cannot go stale for a claim it logs, and its entries chain."""

from __future__ import annotations

from calc.beyond import BEYOND_CLAIMS, evaluate_beyond_claims
from calc.corrections import CORRECTIONS
from calc.ledger import CLAIMS, evaluate
from calc.rule import ClaimResult
from calc.run_claims import RUN_CLAIMS, evaluate_run_claims


def _result(claim_id: str) -> ClaimResult:
    runs = {r.id: r for r in (*evaluate_run_claims(), *evaluate_beyond_claims())}
    return runs[claim_id] if claim_id in runs else evaluate(claim_id)


def test_every_logged_claim_exists() -> None:
    ids = {c.id for c in (*CLAIMS, *RUN_CLAIMS, *BEYOND_CLAIMS)}
    for c in CORRECTIONS:
        assert (c.claim_id in ids) != bool(c.page), c  # a claim, or a page's figure
        assert not c.page or (c.page.endswith(".md") and c.field), c


def test_latest_verdict_entry_is_todays_verdict() -> None:
    latest: dict[str, str] = {}
    for c in sorted(CORRECTIONS, key=lambda c: c.day):
        if c.field == "verdict":
            latest[c.claim_id] = c.new
    assert latest  # the log has verdict changes
    for claim_id, new in latest.items():
        assert _result(claim_id).verdict == new, claim_id


def test_latest_figure_entry_is_todays_figure() -> None:
    for c in CORRECTIONS:
        if c.field == "our figure":
            later = [d for d in CORRECTIONS if d.claim_id == c.claim_id and d.field == c.field
                     and d.day > c.day]
            if not later:
                assert _result(c.claim_id).our_text == c.new


def test_entries_for_one_claim_and_field_chain() -> None:
    by_key: dict[tuple[str, str], list[str]] = {}
    for c in sorted(CORRECTIONS, key=lambda c: c.day):
        chain = by_key.setdefault((c.claim_id, c.field), [])
        if chain:
            assert c.old == chain[-1], (c.claim_id, c.field)
        chain.append(c.new)
        assert c.old != c.new and c.why


def test_latest_clause_entry_is_todays_clause() -> None:
    latest = {c.claim_id: c.new for c in sorted(CORRECTIONS, key=lambda c: c.day)
              if c.field == "clause"}
    assert latest
    for claim_id, clause in latest.items():
        assert _result(claim_id).clause == clause, claim_id
