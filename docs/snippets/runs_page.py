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
from calc.run_claims import evaluate_run_claims
from calc.runs import CHIP_BASIS, DISCLOSURE, RUNS, USD_PER_GPU_HOUR
from calc.web.datafiles import cost_rows, crosscheck_rows, run_rows, scorecard_rows
from docs.snippets.claim_cards import _card
from docs.snippets.markup import cite, md_table


def _who(row: dict[str, object]) -> str:
    return f"{row['run']} ({cite(str(row['source']))})"


def _times(x: float) -> str:
    return fmt_multiple(x, 2) if x >= 1 else f"{x:.2g}×"


def demonopolisation_table() -> str:
    """Who trained each run, its GPU-hours, and its cost at one dated price of its GPU type.

    No column divides one run's cost by another's: the runs used different GPU types, whose
    prices are different bases (a ratio of them is refused by :func:`calc.basis.ratio_of`)."""
    rows = []
    for r in run_rows():
        hours, cost = r["gpu_hours"], r["cost_usd"]
        rows.append((
            _who(r),
            f"{r['org']}: {r['org_kind']}",
            str(r["date"])[:7] + f" ({r['date_is']})",
            str(r["gpu"]) or "not published",
            fmt_count(float(hours)) if hours is not None else "not published",
            ((fmt_usd(float(cost)) + (" (an estimate)" if RUNS[str(r["key"])].estimate else ""))
             if cost is not None else "—"),
            (f"{fmt_price(float(r['usd_per_gpu_hour']))} per GPU-hour: {r['cost_basis']}"
             if cost is not None else "—"),
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
        energy = r["energy_mwh"]
        rows.append((
            _who(r),
            (fmt_quantity(float(flops), "") + (f" ({r['flops_by']})"
                                               if r["flops_by"] == "third-party estimate" else "")
             if flops is not None else "tokens not published"),
            (f"{float(energy):,.0f} ({fmt_count(float(r['tdp_watts']))} W)"
             if energy is not None else "GPU-hours not published"),
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


#: The scorecard's orders: an anchor, its name, and the sort key of a row.
_ORDERS = (
    ("scorecard-most", "most published first", lambda r: (-int(r["published"]), r["run"])),
    ("scorecard-date", "by date", lambda r: (RUNS[str(r["key"])].date.value, r["run"])),
    ("scorecard-who", "by who trained it",
     lambda r: (str(r["org_kind"]), -int(r["published"]), r["run"])),
)
_CELL = {"published (primary)": "yes", "published (secondary copy only)": "yes (S)",
         "from its GPUs × days": "GPUs × days", "others only": "others",
         "not published": "no"}


def scorecard() -> str:
    """The disclosure scorecard: which figures each run's makers published. Three orders, each
    its own table, switched by links (CSS :target), so it sorts with JavaScript off too."""
    rows = scorecard_rows()
    columns = [name for name, _ in DISCLOSURE]
    links = " · ".join(f"[{label}](#{anchor})" for anchor, label, _ in _ORDERS)
    parts = [f"Order: {links}", "", '<div class="gabn-orders" markdown>']
    for anchor, label, key in _ORDERS:
        table = md_table(
            ("run", "who", "published", *columns),
            [(f"{r['run']} ({cite(str(r['source']))})", str(r["org_kind"]),
              f"{r['published']} of {r['of']}",
              *(_CELL[str(r[c])] for c in columns)) for r in sorted(rows, key=key)],
            numeric="2",
        )
        parts += ["", f'<div class="gabn-order" id="{anchor}" markdown>', "",
                  f"*Scorecard, {label}.*", "", table, "", "</div>"]
    parts += ["", "</div>"]
    return "\n".join(parts)


def _figure(value: object, figure: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    x = float(str(value))
    if "FLOPs" in figure:
        return fmt_quantity(x, "")
    if "cost" in figure:
        return fmt_usd(x)
    return fmt_count(x, 3)


def crosscheck_table() -> str:
    """Each run's figures beside Epoch AI's: every difference beyond the tolerance, and the runs
    Epoch lacks; the agreements are counted, and all rows are in the data file."""
    rows = crosscheck_rows()
    differ = [r for r in rows if r["agree"] == "no" or not r["figure"]]
    if not differ:
        return "No figure differs beyond the tolerance."
    return md_table(
        ("run", "figure", "ours", "Epoch AI's", "note"),
        [(f"{r['run']}", str(r["figure"]) or "—", _figure(r["ours"], str(r["figure"])),
          _figure(r["epoch_ai"], str(r["figure"])), str(r["note"]) or "—") for r in differ],
        numeric="23",
    )


_KINDS = ("on-demand", "committed for one year", "committed for three years",
          "publisher's assumption", "owner's cost")


def cost_bases_table() -> str:
    """Each run with GPU-hours on every basis of the price table: the cost, its price's date,
    and what the basis locks in first (a commitment, or the capital to own). No column divides
    one basis by another."""
    by_run: dict[str, dict[str, list[dict[str, object]]]] = {}
    for row in cost_rows():
        by_run.setdefault(str(row["key"]), {}).setdefault(str(row["kind"]), []).append(row)

    def cell(rows: list[dict[str, object]] | None) -> str:
        if not rows:
            return "—"
        parts = []
        for r in rows:
            text = fmt_usd(float(str(r["cost_usd"])))
            when = str(r["price_date"])[:7]
            if r["newest"]:
                text += f", at the newest price ({when})"
            elif r["kind"] != "owner's cost":
                text += f" ({when})"
            if r["locks_in"] == "a commitment":
                text += (f"; commits {fmt_usd(float(str(r['locked_usd'])))}"
                         if r["locked_usd"] is not None
                         else "; commitment: GPU count not published")
            if r["locks_in"] == "capital":
                text += (f"; capital {fmt_usd(float(str(r['locked_usd'])))}"
                         if r["locked_usd"] is not None else "; capital: GPU count not published")
            parts.append(text)
        return "<br>".join(parts)

    rows = []
    for key, kinds in by_run.items():
        run = RUNS[key]
        name = run.name + (" (an estimate)" if run.estimate else "")
        rows.append((f"{name} ({cite(run.source_key)})", *(cell(kinds.get(k)) for k in _KINDS)))
    return md_table(
        ("run", "on demand", "committed for a year", "committed for three years",
         "its makers' price", "owned (Epoch AI's method)"),
        rows,
    )
