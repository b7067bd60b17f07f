"""Tables and cards of the Five years on page, from ``calc.runs`` through ``calc.web.datafiles``
(the rows of ``data/runs.csv``), so the page and the data file show the same numbers.

A page imports it in a markdown-exec block and prints one table::

    ```python exec="on" idprefix=""
    from docs.snippets.runs_page import demonopolisation_table
    print(demonopolisation_table())
    ```
"""

from __future__ import annotations

import calc.constants as K
import calc.formulas as F
import calc.quantities as Q
from calc.formatting import fmt_count, fmt_multiple, fmt_price, fmt_quantity, fmt_usd
from calc.runs import CHIP_BASIS, USD_PER_GPU_HOUR, evaluate_run_claims
from calc.web.datafiles import run_rows
from docs.snippets.claim_cards import _card
from docs.snippets.markup import cite, md_table

_SOURCE = {
    "gpt3": "patterson2021",
    "m6_10t": "lin2021",
    "opt": "zhang2022",
    "bloom": "bigscience2022",
    "llama2_70b": "llama2",
    "llama31_405b": "llama31",
    "dsv3": "deepseek2024",
    "llama4_scout": "llama4",
    "llama4_maverick": "llama4",
}


def _who(row: dict[str, object]) -> str:
    return f"{row['run']} ({cite(_SOURCE[str(row['key'])])})"


def _times(x: float) -> str:
    return fmt_multiple(x, 2) if x >= 1 else f"{x:.2g}×"


def demonopolisation_table() -> str:
    """Who trained each run, its GPU-hours, and its cost at one dated price of its GPU type.

    No column divides one run's cost by another's: the runs used different GPU types, whose
    prices are different bases (a ratio of them is refused by :func:`calc.basis.ratio_of`)."""
    rows = []
    for r in run_rows():
        rows.append((
            _who(r),
            f"{r['org']}: {r['org_kind']}",
            str(r["date"])[:7] + f" ({r['date_is']})",
            str(r["gpu"]),
            fmt_count(float(r["gpu_hours"])),
            fmt_usd(float(r["cost_usd"])),
            f"{fmt_price(float(r['usd_per_gpu_hour']))} per GPU-hour: {r['cost_basis']}",
        ))
    return md_table(
        ("run", "who trained it", "date (what it is)", "GPU", "GPU-hours", "cost",
         "price (basis)"),
        rows, numeric="45",
    )


def green_table() -> str:
    """Compute, energy on one basis (GPU-hours × the GPU type's TDP), energy per FLOP, and the
    energy and emissions as each run published them, each with its own basis."""
    rows = []
    for r in run_rows():
        flops = r["training_flops"]
        per = r["mwh_per_1e21_flops"]
        published = r["published_mwh"]
        rows.append((
            _who(r),
            fmt_quantity(float(flops), "") if flops is not None else "tokens not published",
            f"{float(r['energy_mwh']):,.0f} ({fmt_count(float(r['tdp_watts']))} W)",
            f"{float(per):.2f}" if per is not None else "—",
            (f"{float(published):,.0f} ({r['published_energy_basis']})"
             if published is not None else "not published"),
            str(r["emissions"]) or "not published",
            str(r["stand_ins"]) or "—",
        ))
    return md_table(
        ("run", "training FLOPs", f"energy (MWh), {CHIP_BASIS} × GPU-hours",
         "MWh per 10²¹ FLOPs", "energy as published (MWh, its basis)", "emissions as published",
         "filled in by us"),
        rows, numeric="123",
    )


def run_notes() -> str:
    """What each run's row rests on beyond its figures, as a list under the tables."""
    from calc.runs import RUNS

    lines = [f"- **{r.name}**: " + "; ".join(r.notes) + "." for r in RUNS.values() if r.notes]
    return "\n".join(lines)


def budget_then_now_table() -> str:
    """What GPT-3's estimated $4.6M buys on each GPU type at AWS on-demand prices, at the A100
    model FLOPs utilisation Narayanan et al.'s run implies."""
    budget = K.ARTICLE_GPT3_COST_USD.value
    peaks = {"V100": K.V100_PEAK_FLOP_PER_S, "A100": K.A100_PEAK_FLOP_PER_S,
             "H100": K.H100_PEAK_DENSE_FLOP_PER_S}
    rows = []
    for gpu, peak in peaks.items():
        price = USD_PER_GPU_HOUR[gpu].value  # type: ignore[index]
        hours = F.gpu_hours_for_budget(budget, price)
        flops = F.flops_from_gpu_hours(hours, peak.value * Q.A100_MFU_NARAYANAN)
        rows.append((
            gpu, fmt_price(price), fmt_count(hours), fmt_quantity(flops, ""),
            _times(F.ratio(flops, K.GPT3_FLOPS.value)),
        ))
    return md_table(
        ("GPU", "AWS on-demand per GPU-hour", "GPU-hours bought", "FLOPs", "× GPT-3's compute"),
        rows, numeric="1234",
    )


def run_claim_cards() -> str:
    """Each run's own published claim, judged by the same verdict rule as the article's."""
    return "\n".join(_card(r) for r in evaluate_run_claims())
