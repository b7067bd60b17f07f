"""Sourced arithmetic behind *Green AI by the Numbers*.

Every figure on the site comes from this package: plain functions of plain numbers with the unit
in each parameter name (:mod:`calc.formulas`), named constants that carry their source
(:mod:`calc.constants`, :mod:`calc.sources`), named input sets (:mod:`calc.scenarios`), the
article's claims recomputed and judged (:mod:`calc.ledger`), the calculators
(:mod:`calc.calculators`: numbers in, typed results out), ranges (:mod:`calc.uncertainty`) and
the solver (:mod:`calc.solver`). Bad input raises :class:`CalcError`, a ``ValueError``. What a
page shows is made from these results by :mod:`calc.web`, which the model never imports.

>>> from calc import training_flops, training_days
>>> flops = training_flops(params=175e9, tokens=300e9, flops_per_param_token=8)
>>> round(training_days(flops, gpus=1024, flops_per_gpu=140e12), 1)
33.9
"""

from .constants import CONSTANTS, ESTIMATES, Constant, Estimate
from .errors import CalcError
from .formulas import (
    ComputeOptimal,
    achieved_flops_per_gpu,
    active_params,
    cloud_cost_usd,
    compute_optimal,
    emissions_tco2e,
    energy_mwh,
    flops_from_gpu_hours,
    gpu_hours,
    gpu_hours_for_budget,
    gpu_years,
    gpus_for_days,
    hours_from_days,
    ratio,
    total_with_rd_usd,
    training_days,
    training_flops,
    usd_per_gpu_hour,
    usd_per_gpu_hour_for_cost,
    utilisation,
    watts_per_gpu_for_energy,
)
from .scenarios import SCENARIOS, Scenario
from .sources import SOURCES, Source

__version__ = "0.1.0"

__all__ = [
    "CONSTANTS",
    "ESTIMATES",
    "SCENARIOS",
    "SOURCES",
    "CalcError",
    "ComputeOptimal",
    "Constant",
    "Estimate",
    "Scenario",
    "Source",
    "achieved_flops_per_gpu",
    "active_params",
    "cloud_cost_usd",
    "compute_optimal",
    "emissions_tco2e",
    "energy_mwh",
    "flops_from_gpu_hours",
    "gpu_hours",
    "gpu_hours_for_budget",
    "gpu_years",
    "gpus_for_days",
    "hours_from_days",
    "ratio",
    "total_with_rd_usd",
    "training_days",
    "training_flops",
    "usd_per_gpu_hour",
    "usd_per_gpu_hour_for_cost",
    "utilisation",
    "watts_per_gpu_for_energy",
]
