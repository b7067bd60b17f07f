"""Our runs beside Epoch AI's public data on AI models: where both give a figure, do they agree?

Epoch AI publishes estimates for thousands of models (CC BY 4.0). ``data/epoch.csv`` holds its
rows for the runs in ``data/runs.toml``, copied cell for cell from one snapshot whose repository,
path and commit each row names. :func:`crosscheck` sets each of our figures beside Epoch's:
parameters, training compute, GPU type, GPU count and GPU-hours (Epoch's GPUs × its training
hours: elapsed GPU time). Two figures agree when they are within :data:`TOLERANCE` of each other;
a difference is reported with the row's note on what each side counts, never failed on. Costs
are shown side by side and not compared: each row's ``cost_basis`` says what Epoch's counts (its
hardware-and-energy estimate in 2023 dollars, or a developer's figure converted to them), never
the basis of ours.

>>> rows = crosscheck()
>>> next(r for r in rows if r.run == "opt_175b" and r.figure == "GPU-hours").agrees
True
>>> print(next(r for r in rows if r.run == "m6_10t").note)
not in Epoch AI's data (it has M6-T, a model of about a trillion parameters, not M6-10T)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources
from typing import Final

from .runs import RUNS, Run, has_compute, training_flops_of
from .units import HOURS_PER_DAY

__all__ = ["EPOCH_ROWS", "TOLERANCE", "Check", "crosscheck", "epoch_gpu"]

#: Two figures agree when the larger is within this fraction of the smaller.
TOLERANCE: Final = 0.10
#: Runs Epoch AI's data does not hold, and why.
ABSENT: Final = {
    "m6_10t": "not in Epoch AI's data (it has M6-T, a model of about a trillion parameters, not "
              "M6-10T)",
}


@dataclass(frozen=True)
class Check:
    """One figure of one run, ours beside Epoch AI's."""

    run: str
    figure: str
    ours: float | str | None
    epoch: float | str | None
    agrees: bool | None  # None: not both given, or not comparable
    note: str = ""


def _read() -> list[dict[str, str]]:
    text = resources.files(__package__).joinpath("data", "epoch.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


#: Epoch AI's rows, keyed by our run key.
EPOCH_ROWS: Final[dict[str, dict[str, str]]] = {row["run_key"]: row for row in _read()}


def epoch_gpu(hardware: str) -> str | None:
    """Epoch's hardware name as one of our GPU types (``None`` where it names none)."""
    for chip in ("V100", "H100", "H800"):
        if chip in hardware:
            return chip
    if "A100" in hardware:
        return "A100-80GB" if "80 GB" in hardware or "80GB" in hardware else "A100"
    return None


def _num(cell: str) -> float | None:
    return float(cell) if cell.strip() else None


def _agree(ours: float | None, theirs: float | None) -> bool | None:
    if ours is None or theirs is None or ours <= 0 or theirs <= 0:
        return None
    return max(ours, theirs) / min(ours, theirs) - 1 <= TOLERANCE


def _checks(run: Run, row: dict[str, str]) -> list[Check]:
    gpus = run.figure("gpus")
    params = run.params.value if run.params else None
    flops = training_flops_of(run) if has_compute(run) else None
    quantity, hours = _num(row["hardware_quantity"]), _num(row["training_time_hours"])
    epoch_hours = quantity * hours if quantity and hours else None
    theirs_gpu = epoch_gpu(row["hardware"])
    ours_gpu = run.gpu
    same_gpu = None if not (ours_gpu and theirs_gpu) else (
        ours_gpu == theirs_gpu or {ours_gpu, theirs_gpu} <= {"A100", "A100-80GB"})
    pairs: list[Check] = [
        Check(run.key, "parameters", params, _num(row["parameters"]),
              _agree(params, _num(row["parameters"]))),
        Check(run.key, "training compute (FLOPs)", flops, _num(row["training_compute_flop"]),
              _agree(flops, _num(row["training_compute_flop"])),
              "" if "flops" not in run.figures else "ours is Epoch AI's own estimate"),
        Check(run.key, "GPU type", ours_gpu, row["hardware"] or None, same_gpu),
        Check(run.key, "GPU count", gpus.value if gpus else None, quantity,
              _agree(gpus.value if gpus else None, quantity)),
        Check(run.key, "GPU-hours", run.gpu_hours, epoch_hours,
              _agree(run.gpu_hours, epoch_hours),
              "Epoch's GPUs × its training hours (elapsed)" if epoch_hours else ""),
    ]
    if run.gpu_hours is not None and hours is not None and gpus is not None:
        pairs.append(Check(run.key, "training days", run.gpu_hours / gpus.value / HOURS_PER_DAY,
                           hours / HOURS_PER_DAY,
                           _agree(run.gpu_hours / gpus.value, hours)))
    cost = run.figure("cost_usd")
    theirs_cost = _num(row["cost_usd"])
    if cost is not None or theirs_cost is not None:
        pairs.append(Check(run.key, "cost (USD)", cost.value if cost else None, theirs_cost,
                           None, "not compared: " + row["cost_basis"]))
    why = row.get("note", "")
    return [Check(c.run, c.figure, c.ours, c.epoch, c.agrees,
                  "; ".join(x for x in (c.note, why) if x)) if c.agrees is False else c
            for c in pairs]


def crosscheck() -> list[Check]:
    """Every run's figures beside Epoch AI's, in the order of ``data/runs.toml``; a run Epoch
    lacks is one row saying so."""
    rows: list[Check] = []
    for key, run in RUNS.items():
        row = EPOCH_ROWS.get(key)
        if row is None:
            rows.append(Check(key, "", None, None, None, ABSENT.get(key, "not in Epoch AI's data")))
            continue
        rows += _checks(run, row)
    return rows
