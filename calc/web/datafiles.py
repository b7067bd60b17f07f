"""The data behind the site's tables, as files at stable URLs: ``data/runs.csv``,
``data/claims.csv`` and ``data/constants.json`` (written at build by a hook).

The Five years on page draws its tables from :func:`run_rows`, the same rows ``runs.csv`` holds,
so the file and the page cannot disagree (a test compares them).

>>> rows = run_rows()
>>> [r["run"] for r in rows][:3]
['GPT-3', 'M6-10T', 'OPT-175B']
>>> next(r for r in rows if r["key"] == "deepseek_v3")["gpu_hours"]
2788000.0
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .. import __version__
from .. import constants as k
from ..beyond import evaluate_beyond_claims
from ..costs import cost_lines
from ..crosscheck import EPOCH_ROWS, crosscheck
from ..formatting import fmt_count
from ..formulas import date_of
from ..ledger import evaluate_all
from ..run_claims import evaluate_run_claims
from ..runs import (
    CHIP_BASIS,
    RUNS,
    TDP_WATTS,
    USD_PER_GPU_HOUR,
    Disclosed,
    disclosure,
    energy_per_flop,
    has_compute,
    training_flops_of,
)

__all__ = [
    "DISCLOSED_WORDS", "FILES", "beyond_csv", "beyond_rows", "claim_rows", "claims_csv",
    "constants_json", "cost_rows", "costs_csv", "crosscheck_csv", "crosscheck_rows",
    "model_rows", "models_csv", "run_rows", "runs_csv", "scorecard_csv", "scorecard_rows",
]


_COUNTED = f"{fmt_count(k.FLOPS_PER_PARAM_TOKEN.value)} × active parameters × tokens"


def run_rows() -> list[dict[str, Any]]:
    """One row per run: who, when, hardware, GPU-hours, cost and energy each on one named basis,
    compute, the energy as published with its own basis, emissions. Numbers are plain floats
    (``None`` where not published or not computable)."""
    rows = []
    for r in RUNS.values():
        flops = training_flops_of(r) if has_compute(r) else None
        published, energy, cost = r.published_energy, r.energy, r.cost
        rows.append({
            "key": r.key,
            "run": r.name,
            "org": r.org,
            "org_kind": r.org_kind,
            "date": date_of(r.date.value).isoformat(),
            "date_is": r.date_note,
            "source": r.source_key,
            "gpu": r.gpu or "",
            "gpu_hours": r.gpu_hours,
            "usd_per_gpu_hour": USD_PER_GPU_HOUR[r.gpu].value if r.gpu else None,
            "cost_usd": round(cost.value, 2) if cost else None,  # to the cent
            "cost_basis": str(cost.basis) if cost else "",
            "training_flops": flops,
            "flops_by": ("third-party estimate" if "flops" in r.figures
                         else _COUNTED if flops else ""),
            "tdp_watts": TDP_WATTS[r.gpu].value if r.gpu else None,
            "energy_mwh": energy.value if energy else None,
            "energy_basis": str(energy.basis) if energy else "",
            "mwh_per_1e21_flops": energy_per_flop(r) if flops and energy else None,
            "published_mwh": published.value if published else None,
            "published_energy_basis": str(published.basis) if published else "",
            "emissions": "; ".join(
                f"{fmt_count(e.tco2e.value, 5)} tCO2e ({e.accounting}; grid: {e.grid})"
                for e in r.emissions
            ),
            "stand_ins": "; ".join(s.what for s in r.stand_ins),
            "constants": " ".join(c.key for c in r.constants()),
        })
    return rows


#: What a scorecard cell holds, in words, for the data file and the page.
DISCLOSED_WORDS: dict[Disclosed, str] = {
    "P": "published (primary)", "S": "published (secondary copy only)",
    "derived": "from its GPUs × days", "others": "others only", "": "not published",
}


def scorecard_rows() -> list[dict[str, Any]]:
    """The disclosure scorecard: for every run, which figures its makers published, at what
    level (:func:`calc.runs.disclosure`), and how many of the columns."""
    rows = []
    for r in RUNS.values():
        cells = disclosure(r)
        rows.append({
            "key": r.key, "run": r.name, "org_kind": r.org_kind,
            "source": r.source_key,
            "published": sum(v in ("P", "S", "derived") for v in cells.values()),
            "of": len(cells),
            **{column: DISCLOSED_WORDS[v] for column, v in cells.items()},
        })
    return rows


def claim_rows() -> list[dict[str, Any]]:
    """Every judged claim: the article's and the later runs' own."""
    return [
        {
            "id": c.id,
            "whose": c.quote_source,
            "title": c.title,
            "quote": c.quote,
            "they_say": c.article_text,
            "we_compute": c.our_text,
            "verdict": c.verdict,
            "clause": c.clause,
            "sources": " ".join(c.sources),
        }
        for c in [*evaluate_all(), *evaluate_run_claims(), *evaluate_beyond_claims()]
    ]


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows({key: "" if v is None else v for key, v in row.items()} for row in rows)
    return out.getvalue()


def cost_rows() -> list[dict[str, Any]]:
    """Every run's cost on every basis (:func:`calc.costs.cost_lines`), with what it locks in."""
    return [
        {"key": r.key, "run": r.name, "kind": line.basis.kind, "basis": str(line.basis),
         "price_date": line.basis.date, "newest": line.latest,
         "usd_per_gpu_hour": line.usd_per_gpu_hour,
         "cost_usd": round(line.usd, 2), "locks_in": line.lock,
         "locked_usd": round(line.locked_usd, 2) if line.locked_usd is not None else None,
         "estimate": r.estimate, "constants": " ".join(c.key for c in line.constants)}
        for r in RUNS.values() for line in cost_lines(r)
    ]


def beyond_rows() -> list[dict[str, Any]]:
    """Each run's training energy (chips' rated power) in prompts of Llama 3.1 70B as ML.ENERGY
    measured it, on the same basis (the serving calculator's first scenario)."""
    from ..beyond import prompts_per_training_run
    from ..calculators import calculate, scenario_inputs

    wh = calculate("serving", scenario_inputs("serving", "serve_llama31_70b")).outputs[
        "wh_per_prompt"]
    return [
        {"key": r.key, "run": r.name, "training_mwh": r.energy_mwh,
         "basis": str(r.energy.basis), "wh_per_prompt": wh,
         "prompts": prompts_per_training_run(r.energy_mwh, wh)}
        for r in RUNS.values()
        if r.energy is not None and r.energy.basis == CHIP_BASIS and not r.estimate
    ]


def beyond_csv() -> str:
    """``data/prompts_per_run.csv``."""
    return _csv(beyond_rows())


def model_rows() -> list[dict[str, Any]]:
    """The published parameter counts behind the size chart (:mod:`calc.models`)."""
    from ..models import MODELS

    return [{"model": m.name, "year": m.year, "month": m.month, "kind": m.kind,
             "parameters": m.params.value, "constant": m.params.key,
             "date_basis": m.date_basis} for m in MODELS]


def models_csv() -> str:
    """``data/model_sizes.csv``."""
    return _csv(model_rows())


def costs_csv() -> str:
    """``data/cost_bases.csv``."""
    return _csv(cost_rows())


def crosscheck_rows() -> list[dict[str, Any]]:
    """Our runs' figures beside Epoch AI's (:func:`calc.crosscheck.crosscheck`)."""
    return [
        {"key": c.run, "run": RUNS[c.run].name, "figure": c.figure, "ours": c.ours,
         "epoch_ai": c.epoch,
         "agree": "" if c.agrees is None else ("yes" if c.agrees else "no"), "note": c.note,
         **{f"epoch_{name}": EPOCH_ROWS.get(c.run, {}).get(column, "")
            for name, column in (("system", "epoch_system"), ("confidence", "confidence"),
                                 ("repo", "repo"), ("path", "path"), ("commit", "commit"))}}
        for c in crosscheck()
    ]


def crosscheck_csv() -> str:
    """``data/epoch_crosscheck.csv``."""
    return _csv(crosscheck_rows())


def scorecard_csv() -> str:
    """``data/scorecard.csv``."""
    return _csv(scorecard_rows())


def runs_csv() -> str:
    """``data/runs.csv``."""
    return _csv(run_rows())


def claims_csv() -> str:
    """``data/claims.csv``."""
    return _csv(claim_rows())


def constants_json() -> str:
    """``data/constants.json``: every sourced constant with its source and verification level."""
    doc = {
        "calc_version": __version__,
        "constants": [
            {"key": c.key, "label": c.label, "value": c.value, "unit": c.unit,
             "source": c.source_key, "cite": c.source.cite(), "quote": c.quote,
             "level": c.level, "note": c.note, "derived_from": [b.key for b in c.derived_from]}
            for c in k.CONSTANTS.values()
        ],
    }
    return json.dumps(doc, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


#: path in the site → function writing it
FILES = {
    "data/runs.csv": runs_csv,
    "data/scorecard.csv": scorecard_csv,
    "data/epoch_crosscheck.csv": crosscheck_csv,
    "data/cost_bases.csv": costs_csv,
    "data/model_sizes.csv": models_csv,
    "data/prompts_per_run.csv": beyond_csv,
    "data/claims.csv": claims_csv,
    "data/constants.json": constants_json,
}
