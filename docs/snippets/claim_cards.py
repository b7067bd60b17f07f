"""The claims ledger as the pages show it: one card per claim (verdict, our number, the rule's
clause, sources), on its topic page, on the All-claims page and in the overview."""

from __future__ import annotations

import calc.constants as K
from calc.formatting import (
    fmt_count,
    fmt_percent,
    fmt_quantity,
    fmt_usd,
)
from calc.ledger import evaluate_all
from calc.moe import m6_10t
from calc.rule import RULE, ClaimResult, clause_text
from docs.snippets.markup import badge, cite, esc, md_table
from docs.snippets.page_tables import flops

# ---------------------------------------------------------------- the claims ledger

TOPIC_PAGE = {"size": "size.md", "compute": "compute.md", "cost": "cost.md", "energy": "energy.md"}


def claim_anchor(claim_id: str) -> str:
    """The id of a claim's card on its topic page and on the All-claims page."""
    return "claim-" + claim_id.replace("_", "-")


def _results() -> dict[str, ClaimResult]:
    return {r.id: r for r in evaluate_all()}


def _sources_line(result: ClaimResult) -> str:
    return ", ".join(cite(key) for key in result.sources)


def _clause_sentence(clause_id: str) -> str:
    """The sentence of the rule's clause ``clause_id``, as the legend gives it."""
    return next(clause_text(c) for c in RULE if c.id == clause_id)


def _clause_line(clause_id: str) -> str:
    """The card's line naming the clause that decided it, linked to the rule."""
    return (
        f'<p class="claim-clause">Decided by clause {clause_id} of the '
        f'<a href="claims.md#verdict-rule">verdict rule</a>: '
        f"{esc(_clause_sentence(clause_id))}</p>"
    )


def _card(
    r: ClaimResult, *, anchor_prefix: str = "", open_details: bool = False, title: bool = True
) -> str:
    """One claim: quote, the article's number against ours, verdict, reason, assumptions."""
    details = "???+" if open_details else "???"
    assumptions = "\n".join(f"    - {a}" for a in r.assumptions)
    return "\n".join(
        [
            f'<div class="claim-card" id="{anchor_prefix}{claim_anchor(r.id)}" markdown>',
            "",
            f"**{esc(r.title)}**" if title else "",
            "",
            f"> “{esc(r.quote)}” ({cite(r.quote_source)})",
            "",
            md_table(
                ("the article says" if r.quote_source == "romero2021" else "they say",
                 "we compute", "verdict"),
                [(esc(r.article_text), esc(r.our_text), badge(r.verdict))],
            ),
            "",
            f"**Why:** {esc(r.reason)}",
            "",
            _clause_line(r.clause),
            "",
            f'{details} info "How we got it: assumptions and sources"',
            assumptions,
            "",
            f"    Sources: {_sources_line(r)}.",
            "",
            "</div>",
            "",
        ]
    )


def claims_table(*claim_ids: str) -> str:
    """The cards of the given claims, for the story page that discusses them."""
    results = _results()
    return "\n".join(_card(results[i]) for i in claim_ids)


def claims_overview() -> str:
    """Home page: one row per claim with the article's number, ours and the verdict."""
    rows = []
    for r in evaluate_all():
        link = f"[{esc(r.title)}]({TOPIC_PAGE[r.topic]}#{claim_anchor(r.id)})"
        rows.append((link, badge(r.verdict), esc(r.article_text), esc(r.our_text)))
    return md_table(("claim", "verdict", "the article", "our number"), rows)


def full_ledger() -> str:
    """All-claims page: every claim in the article's order, grouped by topic."""
    parts = []
    for r in evaluate_all():
        parts.append(f"## {esc(r.title)}\n")
        parts.append(_card(r, open_details=True, title=False))
        parts.append(
            f"Discussed on the [{r.topic} page]({TOPIC_PAGE[r.topic]}#{claim_anchor(r.id)}).\n"
        )
    return "\n".join(parts)


# ---------------------------------------------------------------- green AI page


def green_ai_report_table() -> str:
    """What Schwartz et al. ask a paper to report, and what was published for each model."""
    no = "not published"
    rows = [
        (
            "training FLOPs",
            f"{flops(K.GPT3_FLOPS.value)} ({cite('brown2020')})",
            no,
        ),
        (
            "hardware",
            f"V100s; the count was not published ({cite('brown2020')})",
            f"{fmt_count(K.M610T_GPUS.value)} GPUs, type not published ({cite('lin2021')})",
        ),
        (
            "training time",
            (
                f"not published; {fmt_quantity(K.PATTERSON_GPT3_DAYS.value, 'days')} estimated "
                f"({cite('patterson2021')})"
            ),
            f"{fmt_quantity(K.M610T_DAYS.value, 'days')} ({cite('lin2021')})",
        ),
        (
            "energy",
            (
                f"{fmt_quantity(K.PATTERSON_GPT3_MWH.value, 'MWh', 4)} estimated by others "
                f"({cite('patterson2021')})"
            ),
            (
                f"only as {fmt_percent(K.DAMO_ENERGY_SHARE_PRESS.value)} of GPT-3's, in "
                f"press copies of Alibaba's release (its own English page breaks off before "
                f"naming GPT-3); no method ({cite('infoq2021')}, secondary)"
            ),
        ),
        (
            "emissions",
            (
                f"{fmt_quantity(K.PATTERSON_GPT3_TCO2E.value, 'tCO2e', 4)} estimated by others "
                f"({cite('patterson2021')})"
            ),
            no,
        ),
        (
            "price tag",
            (
                f"not published; {fmt_usd(K.LAMBDA_COST_USD.value)} estimated by others "
                f"({cite('lambda2020')})"
            ),
            no,
        ),
        (
            "parameters used per token",
            f"all {fmt_count(K.GPT3_PARAMS.value)} (dense)",
            (
                f"not published; about {fmt_count(m6_10t().active)} from third-party notes "
                f"({cite('connolly_notes')})"
            ),
        ),
    ]
    return md_table(("Green AI asks for", "GPT-3", "M6-10T"), rows)
