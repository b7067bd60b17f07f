"""The corrections log: every change of a verdict or of a figure the site shows, dated.

Data only: the page layer writes the corrections page from it. A test checks that the latest
entry for each claim's verdict is the verdict the ledger gives today, so the log cannot go stale
for a logged claim, and that each entry's old value is the previous entry's new one.

>>> CORRECTIONS[0].claim_id in {c.claim_id for c in CORRECTIONS}
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["CORRECTIONS", "LAST_CHECKED", "Correction"]

#: When the site's numbers were last checked against the stored copies of their sources.
LAST_CHECKED = date(2026, 12, 3)


@dataclass(frozen=True)
class Correction:
    """One change: which claim, which field ("verdict" or "our figure"), old and new, and why."""

    day: date
    claim_id: str
    field: str
    old: str
    new: str
    why: str


_RULE = (
    "The verdict rule now records what our figure rests on (published inputs of the run itself, "
    "another run's figures, or our assumptions) and applies the same clauses to every claim; "
)

CORRECTIONS: tuple[Correction, ...] = (
    Correction(
        date(2026, 12, 2), "m6_10t_energy", "verdict", "wrong", "implausible",
        _RULE + "M6-10T's power per GPU and PUE were never published, so our figure rests on "
        "assumptions and cannot make the claim wrong. The 1% would need about 95 W per GPU, "
        "far below any plausible value: implausible (clause I).",
    ),
    Correction(
        date(2026, 12, 2), "headline_50x_100x", "verdict", "misleading", "implausible",
        _RULE + "the same energy evidence as the 1% claim now gives the same verdict: the like-"
        "for-like flag no longer overrides a figure far from ours (clause I).",
    ),
    Correction(
        date(2026, 12, 2), "gpt3_cost", "verdict", "accurate", "consistent",
        _RULE + "the $4.6 million reproduces Lambda's estimate, but the $1.50 per V100-hour "
        "behind it was seen only in a secondary source (Dickson 2020): consistent with the "
        "evidence, not confirmed by it (clause C).",
    ),
    Correction(
        date(2026, 12, 2), "m6_vs_gpt3_cost", "our figure", "3.5–3.9% of GPT-3's GPU-hours",
        "3.5–15% of GPT-3's, by GPU type",
        "The old figure divided M6-10T's GPU-hours (GPU type unpublished) by GPT-3's V100-hours "
        "and called the result even less than the article says. Like for like on each GPU type: "
        "15% on the article's own A100 assumptions (GPT-3 as Narayanan et al.'s 1,024-A100 "
        "run), 3.5–3.9% on V100s. The article's 6.7% mixes the two bases (misleading, M1).",
    ),
    Correction(
        date(2026, 12, 2), "m6_1t_baseline", "verdict", "not judged", "wrong",
        "New claim. The article says the 80% and 11× are against \"100-million language "
        "models\"; M6-T's own abstract compares with \"the recent SOTAs on 2048 TPU cores\", "
        "trillion-parameter models such as Switch Transformer (1.5 trillion parameters, "
        "Patterson et al. 2021): primary sources, far off (clause W).",
    ),
    Correction(
        date(2026, 12, 2), "m6_cost_arithmetic", "solver judgement of the price",
        "plausible", "a stretch",
        "The solver's price range ran from a 3-year reserved V100 rate to an on-demand A100 "
        "rate. Prices now have one GPU type per range; the article assumes A100s, and the only "
        "A100 price found (AWS on demand, $4.10 per GPU-hour in copies from 2024) is 1.6 times "
        "the $2.50 the article's $307,200 needs.",
    ),
    Correction(
        date(2026, 12, 3), "m6_1t_announced", "verdict", "not judged", "consistent",
        "New claim. The 25 June 2021 date is in press reports of Alibaba's release only "
        "(Zhidx); the M6-T paper had been on arXiv since 31 May 2021 (clause C).",
    ),
    Correction(
        date(2026, 12, 3), "months_1t_to_10t", "verdict", "not judged", "consistent",
        "New claim. From release to release (25 June to 8 November 2021, press reports) is "
        "4.5 months, from paper to paper (31 May to 8 October 2021, arXiv) 4.3: \"5 months\" "
        "rounds up by 12%, on dates partly from the press (clause C).",
    ),
    Correction(
        date(2026, 12, 3), "first_10t", "verdict", "not judged", "consistent",
        "New claim. No model near ten trillion parameters was published before M6-10T; the "
        "largest, Wu Dao 2.0 at 1.75 trillion, is known from press reports only (clause C).",
    ),
    Correction(
        date(2026, 12, 3), "openai_cluster", "verdict", "not judged", "consistent",
        "New claim. Microsoft's 10,000-GPU supercomputer for OpenAI is known from press copies "
        "of its announcement, which name no GPU model (clause C).",
    ),
    Correction(
        date(2026, 12, 3), "mtnlg_530b", "verdict", "not judged", "accurate",
        "New claim. MT-NLG has 530 billion parameters (Smith et al. 2022, primary), whose paper "
        "came out after the article; the model-sizes table now dates MT-NLG by the article "
        "that names it, not by that later paper (clause A). Whether little had been published "
        "by then is not judged.",
    ),
    Correction(
        date(2026, 12, 3), "m6_vs_gpt3_cost", "cost calculator: against GPT-3",
        "3.9% of GPT-3's cost at this price (3.12 million V100-hours)",
        "3.9% of GPT-3's cost on V100s, 15% on A100s, at this price",
        "The calculator compared any run's GPU-hours with GPT-3's V100-hours, so the article's "
        "A100 run was set against V100-hours. It now shows GPT-3 on each GPU type separately "
        "(V100-hours as Lambda counts them, A100-hours as Narayanan et al. project them), and "
        "the cost chart prices every bar at the reader's price, so the bars compare GPU-hours.",
    ),
    Correction(
        date(2026, 12, 3), "gpt3_cost", "range of V100 prices", "$1.50–$3.06 per V100-hour",
        "$1.50–$2.48 per V100-hour",
        "The top of the range was AWS's on-demand p3 rate from undated secondary copies; it is "
        "now the top of the on-demand U.S. prices Strubell et al. used in 2019 (primary, dated).",
    ),
)
