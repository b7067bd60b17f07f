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
from calc.runs import USD_PER_GPU_HOUR, evaluate_run_claims
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
}


def _who(row: dict[str, object]) -> str:
    return f"{row['run']} ({cite(_SOURCE[str(row['key'])])})"


def _times(x: float) -> str:
    return fmt_multiple(x, 2) if x >= 1 else f"{x:.2g}×"


def demonopolisation_table() -> str:
    """Who trained each run, its GPU-hours, and its cost at one dated price per GPU type."""
    rows = []
    for r in run_rows():
        rows.append((
            _who(r),
            f"{r['org']}: {r['org_kind']}",
            str(r["date"])[:7],
            str(r["gpu"]),
            fmt_count(float(r["gpu_hours"])),
            f"{fmt_usd(float(r['cost_usd']))} at {fmt_price(float(r['usd_per_gpu_hour']))}",
            _times(float(r["cost_vs_gpt3"])),
            _times(float(r["cost_vs_m6_10t"])),
        ))
    return md_table(
        ("run", "who trained it", "date", "GPU", "GPU-hours", "cost at AWS on-demand",
         "× GPT-3", "× M6-10T"),
        rows, numeric="4567",
    )


def green_table() -> str:
    """Compute, energy (published or GPU-hours × power), energy per FLOP, and emissions."""
    rows = []
    for r in run_rows():
        flops = r["training_flops"]
        mwh = r["energy_mwh"]
        per = r["mwh_per_1e21_flops"]
        how = "published" if r["energy_published"] else "GPU-hours × power per GPU"
        rows.append((
            _who(r),
            fmt_quantity(float(flops), "") if flops is not None else "tokens not published",
            f"{fmt_count(float(mwh))} ({how})" if mwh is not None else "not published",
            fmt_quantity(float(per), "", 2) if per is not None else "—",
            str(r["emissions"]) or "not published",
            str(r["stand_ins"]) or "—",
        ))
    return md_table(
        ("run", "training FLOPs", "energy (MWh)", "MWh per 10²¹ FLOPs", "emissions as published",
         "filled in by us"),
        rows, numeric="123",
    )


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
