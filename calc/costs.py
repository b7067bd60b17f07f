"""A run's cost on every basis, and what each basis makes a buyer put up first.

The article priced M6-10T at one rate and called it cheap enough for "smaller players". What a
run costs depends on the kind of price, and the cheap kinds are a big player's: a committed rate
is paid for every hour of a year or three whether the GPUs run or not, and owning means buying
the cluster. :func:`cost_lines` gives, for a run with GPU-hours, its cost on each basis the
price table (:mod:`calc.prices`) holds for its GPU type, each with its
:class:`~calc.basis.Cost` basis and what it locks in:

- on demand, at the price of the run's date and at the newest price;
- committed for one and for three years, at the run's date: the run's GPU-hours at that rate,
  and the commitment, GPUs × the term × the rate;
- the price its makers assumed, where they published one;
- owning, by Epoch AI's method simplified as :mod:`calc.prices` says: the value the hardware
  loses over the run plus its energy (PUE 1.1 in a hyperscaler's own data centre, else 1.25),
  and the capital, GPUs × the price of one GPU's share of a cluster.

An H800 run is rented at the H100's prices (AWS sells no H800) and bought at an H800's.

Costs of different kinds are shown side by side and never divided (:func:`calc.basis.ratio_of`
refuses it).

>>> from calc.runs import RUNS
>>> lines = {line.basis.kind: line for line in cost_lines(RUNS["m6_10t"])}
>>> round(lines["committed for one year"].usd), round(lines["committed for one year"].locked_usd)
(294912, 10764288)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from . import constants as k
from .basis import Cost
from .formulas import cloud_cost_usd, date_of
from .prices import (
    GpuType,
    capital_per_gpu_usd,
    commitment_usd,
    latest,
    owner_cost_usd,
    price_at,
    purchase,
    usd_per_kwh_at,
)
from .runs import TDP_WATTS, Run
from .units import HOURS_PER_DAY

__all__ = ["TERM_YEARS", "CostLine", "cost_lines"]

#: How many years each committed kind binds a buyer to.
TERM_YEARS: Final = {"committed for one year": 1.0, "committed for three years": 3.0}

Lock = Literal["nothing", "a commitment", "capital"]


@dataclass(frozen=True)
class CostLine:
    """A run's cost on one basis, and what a buyer must put up to get that basis."""

    basis: Cost
    usd: float
    rate: k.Constant | None  # the price as its source states it, where the basis is one
    usd_per_gpu_hour: float | None  # that price for one GPU-hour
    lock: Lock
    locked_usd: float | None  # the commitment or the capital; None where its GPUs are unknown
    constants: tuple[k.Constant, ...]
    latest: bool = False  # the newest on-demand price, not the one of the run's date


def _rented(run: Run, gpu: GpuType, hours: float) -> list[CostLine]:
    rental_gpu: GpuType = "H100" if gpu == "H800" else gpu  # AWS sells no H800
    gpus = run.figure("gpus")
    lines = []
    for kind in ("on-demand", "committed for one year", "committed for three years"):
        row = price_at(rental_gpu, kind, run.date.value)
        if row is None:
            continue
        term = TERM_YEARS.get(kind)
        days = run.figure("days")
        locked = (None if term is None or gpus is None else commitment_usd(
            gpus.value, days.value if days else hours / gpus.value / HOURS_PER_DAY, term,
            row.usd_per_gpu_hour))
        lines.append(CostLine(row.basis, cloud_cost_usd(hours, row.usd_per_gpu_hour), row.figure,
                              row.usd_per_gpu_hour, "nothing" if term is None else "a commitment",
                              locked, (row.figure,)))
        newest = latest(rental_gpu, kind)
        if term is None and newest is not None and newest.key != row.key:
            lines.append(CostLine(newest.basis, cloud_cost_usd(hours, newest.usd_per_gpu_hour),
                                  newest.figure, newest.usd_per_gpu_hour, "nothing", None,
                                  (newest.figure,), latest=True))
    return lines


def cost_lines(run: Run) -> list[CostLine]:
    """The run's cost on every basis the price table gives for its GPU type (none where its
    GPU-hours or GPU type were not published)."""
    gpu, hours = run.gpu, run.gpu_hours
    if gpu is None or hours is None:
        return []
    lines = _rented(run, gpu, hours)
    assumed = run.figure("usd_per_gpu_hour")
    if assumed is not None:
        lines.append(CostLine(
            Cost("publisher's assumption", run.maker, gpu,
                 date=date_of(run.date.value).isoformat(), scope=run.scope),
            cloud_cost_usd(hours, assumed.value), assumed, assumed.value, "nothing", None,
            (assumed,)))
    bought = purchase(gpu)
    capital = capital_per_gpu_usd(bought)
    kwh = usd_per_kwh_at(run.date.value)
    tdp = TDP_WATTS[gpu]
    gpus = run.figure("gpus")
    pue = k.EPOCH_PUE_HYPERSCALER if run.own_data_centre else k.EPOCH_PUE_OTHER
    lines.append(CostLine(
        Cost("owner's cost", "Epoch AI's method, simplified", gpu, date=bought.as_of,
             scope=run.scope),
        owner_cost_usd(hours, capital, k.EPOCH_DEPRECIATION_OOM_PER_YEAR.value, tdp.value,
                       pue.value, kwh.value),
        None, None, "capital", gpus.value * capital if gpus else None,
        (bought.figure, k.EPOCH_DEPRECIATION_OOM_PER_YEAR, k.EPOCH_INTERCONNECT_SHARE, pue, tdp,
         kwh)))
    return lines
