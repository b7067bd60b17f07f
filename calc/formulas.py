"""The formulas: compute, time, energy, emissions, cost, and their inverses.

Plain functions of plain numbers, with the unit in every parameter name. Each one checks its
input and raises :class:`calc.errors.CalcError` (a ``ValueError``) naming the argument and the
allowed range; none returns NaN or infinity.

>>> flops = training_flops(params=175e9, tokens=300e9)
>>> f"{flops:.3g}"
'3.15e+23'
>>> round(training_days(flops, gpus=1024, flops_per_gpu=140e12) * 8 / 6, 1)
33.9
"""

from __future__ import annotations

import math
from datetime import date
from typing import NamedTuple

from .errors import CalcError, check_number, divide, finite
from .units import (
    DAYS_PER_MONTH,
    DAYS_PER_YEAR,
    GRAMS_PER_TONNE,
    HOURS_PER_DAY,
    KWH_PER_MWH,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    WATTS_PER_KW,
)

__all__ = [
    "ComputeOptimal",
    "achieved_flops_per_gpu",
    "active_params",
    "cloud_cost_usd",
    "compute_optimal",
    "date_of",
    "days_between",
    "emissions_tco2e",
    "energy_mwh",
    "energy_mwh_for_days",
    "flops_from_gpu_hours",
    "gpu_hours",
    "gpu_hours_for_budget",
    "gpu_years",
    "gpus_for_days",
    "grid_gco2e_per_kwh_for",
    "hours_from_days",
    "months_from_days",
    "ratio",
    "seconds_from_hours",
    "total_with_rd_usd",
    "training_days",
    "training_flops",
    "usd_per_gpu_hour",
    "usd_per_gpu_hour_for_cost",
    "utilisation",
    "watts_per_gpu_for_energy",
]


class ComputeOptimal(NamedTuple):
    """A compute-optimal dense model: parameter count and training tokens."""

    params: float
    tokens: float


def training_flops(params: float, tokens: float, flops_per_param_token: float = 6.0) -> float:
    """Total training compute in FLOPs: ``flops_per_param_token · params · tokens``.

    6 FLOPs per parameter per token is the rule of Brown et al. 2020 (GPT-3, Table D.1 caption:
    one add and one multiply per parameter forward, three times that with the backward pass) and
    Kaplan et al. 2020 (C ≈ 6N per token). Narayanan et al. 2021 use 8 with activation
    recomputation (an extra forward pass). For a mixture-of-experts model pass the *active*
    parameters per token, not the total.

    >>> training_flops(params=175e9, tokens=300e9)
    3.15e+23
    >>> training_flops(175e9, 300e9, flops_per_param_token=8.0)
    4.2e+23
    """
    p = check_number("params", params)
    t = check_number("tokens", tokens)
    k = check_number("flops_per_param_token", flops_per_param_token)
    return finite("training_flops", k * p * t)


def training_days(flops: float, gpus: float, flops_per_gpu: float) -> float:
    """Wall-clock days to do ``flops`` on ``gpus`` each sustaining ``flops_per_gpu`` FLOP/s.

    days = flops / (gpus · flops_per_gpu · 86,400 s). This is Narayanan et al. 2021's
    "end-to-end training time ≈ 8TP/nX" when ``flops`` = 8·T·P.

    >>> round(training_days(8 * 300e9 * 175e9, gpus=1024, flops_per_gpu=140e12), 1)
    33.9
    """
    f = check_number("flops", flops)
    n = check_number("gpus", gpus)
    x = check_number("flops_per_gpu", flops_per_gpu)
    return divide("training_days", f, n * x * SECONDS_PER_DAY)


def gpu_hours(gpus: float, days: float) -> float:
    """GPU-hours: ``gpus · days · 24``.

    >>> gpu_hours(gpus=512, days=10)
    122880.0
    """
    n = check_number("gpus", gpus)
    d = check_number("days", days)
    return finite("gpu_hours", n * d * HOURS_PER_DAY)


def achieved_flops_per_gpu(flops: float, gpus: float, days: float) -> float:
    """Sustained FLOP/s per GPU needed to do ``flops`` on ``gpus`` in ``days``.

    The inverse of :func:`training_days`: flops / (gpus · days · 86,400 s).

    >>> round(achieved_flops_per_gpu(3.14e23, gpus=10_000, days=14.8) / 1e12, 1)
    24.6
    """
    f = check_number("flops", flops)
    n = check_number("gpus", gpus)
    d = check_number("days", days)
    return divide("achieved_flops_per_gpu", f, n * d * SECONDS_PER_DAY)


def gpus_for_days(flops: float, days: float, flops_per_gpu: float) -> float:
    """GPUs needed to finish ``flops`` in ``days`` at ``flops_per_gpu`` sustained (not rounded).

    >>> round(gpus_for_days(8 * 300e9 * 175e9, days=34, flops_per_gpu=140e12))
    1021
    """
    f = check_number("flops", flops)
    d = check_number("days", days)
    x = check_number("flops_per_gpu", flops_per_gpu)
    return divide("gpus_for_days", f, d * x * SECONDS_PER_DAY)


def flops_from_gpu_hours(gpu_hours: float, flops_per_gpu: float) -> float:
    """FLOPs done in ``gpu_hours`` at ``flops_per_gpu`` sustained: gpu_hours · 3,600 s · FLOP/s.

    At a chip's datasheet peak this is the most compute those GPU-hours can do.

    >>> f"{flops_from_gpu_hours(gpu_hours=512 * 240, flops_per_gpu=125e12):.3g}"
    '5.53e+22'
    """
    h = check_number("gpu_hours", gpu_hours)
    x = check_number("flops_per_gpu", flops_per_gpu)
    return finite("flops", h * SECONDS_PER_HOUR * x)


def gpu_years(flops: float, flops_per_gpu: float) -> float:
    """Years one GPU would take at ``flops_per_gpu`` sustained (365-day years), as Lambda counts.

    >>> round(gpu_years(3.14e23, 28e12), 1)
    355.6
    """
    f = check_number("flops", flops)
    x = check_number("flops_per_gpu", flops_per_gpu)
    return divide("gpu_years", f, x * SECONDS_PER_DAY * DAYS_PER_YEAR)


def utilisation(achieved_flops_per_gpu: float, peak_flops_per_gpu: float) -> float:
    """Fraction of peak: achieved / peak FLOP/s (model FLOPs utilisation, MFU).

    Values above 1 are returned as they are: they mean the scenario is physically impossible on
    that chip, which is a finding, not an error.

    >>> round(utilisation(140e12, 312e12), 3)
    0.449
    """
    a = check_number("achieved_flops_per_gpu", achieved_flops_per_gpu)
    p = check_number("peak_flops_per_gpu", peak_flops_per_gpu)
    return divide("utilisation", a, p)


def energy_mwh(gpus: float, hours: float, watts_per_gpu: float, pue: float = 1.0) -> float:
    """Facility energy in MWh: gpus · hours · watts_per_gpu · PUE / 10⁶.

    ``watts_per_gpu`` is the average power drawn per accelerator (Patterson et al. 2021 measure it
    per chip including its share of the host); PUE (power usage effectiveness, ≥ 1) scales IT
    energy up to facility energy.

    >>> round(energy_mwh(gpus=10_000, hours=14.8 * 24, watts_per_gpu=330, pue=1.10))
    1289
    """
    n = check_number("gpus", gpus)
    h = check_number("hours", hours)
    w = check_number("watts_per_gpu", watts_per_gpu)
    e = check_number("pue", pue, minimum=1.0, allow_equal=True)
    return finite("energy_mwh", n * h * w * e / (WATTS_PER_KW * KWH_PER_MWH))


def energy_mwh_for_days(gpus: float, days: float, watts_per_gpu: float, pue: float = 1.0) -> float:
    """Facility energy of a run given in days: :func:`energy_mwh` over ``days`` × 24 hours.

    >>> round(energy_mwh_for_days(10_000, 14.8, 330, 1.1), 1)
    1289.4
    """
    return energy_mwh(gpus, hours_from_days(days), watts_per_gpu, pue)


def watts_per_gpu_for_energy(
    energy_mwh: float, gpus: float, hours: float, pue: float = 1.0
) -> float:
    """Average watts per GPU that would make ``gpus`` running ``hours`` use ``energy_mwh``.

    The inverse of :func:`energy_mwh`.

    >>> round(watts_per_gpu_for_energy(1287, gpus=10_000, hours=355.2, pue=1.1), 1)
    329.4
    """
    m = check_number("energy_mwh", energy_mwh)
    n = check_number("gpus", gpus)
    h = check_number("hours", hours)
    e = check_number("pue", pue, minimum=1.0, allow_equal=True)
    return divide("watts_per_gpu", m * WATTS_PER_KW * KWH_PER_MWH, n * h * e)


def emissions_tco2e(energy_mwh: float, grid_gco2e_per_kwh: float) -> float:
    """Tonnes CO2-equivalent: energy_mwh · 1000 kWh/MWh · grid_gco2e_per_kwh / 10⁶ g/t.

    A grid intensity of 0 (a claimed carbon-free supply) is allowed and gives 0.

    >>> round(emissions_tco2e(1287, grid_gco2e_per_kwh=429), 1)
    552.1
    """
    m = check_number("energy_mwh", energy_mwh, allow_equal=True)
    g = check_number("grid_gco2e_per_kwh", grid_gco2e_per_kwh, allow_equal=True)
    return finite("emissions_tco2e", m * KWH_PER_MWH * g / GRAMS_PER_TONNE)


def grid_gco2e_per_kwh_for(tco2e: float, energy_mwh: float) -> float:
    """The grid intensity that turns ``energy_mwh`` into ``tco2e``: the inverse of
    :func:`emissions_tco2e`, tco2e · 10⁶ g/t ÷ (energy_mwh · 1000 kWh/MWh).

    >>> round(grid_gco2e_per_kwh_for(552.1, 1287))
    429
    """
    t = check_number("tco2e", tco2e, allow_equal=True)
    m = check_number("energy_mwh", energy_mwh)
    return divide("grid_gco2e_per_kwh", t * GRAMS_PER_TONNE, m * KWH_PER_MWH)


def cloud_cost_usd(gpu_hours: float, usd_per_gpu_hour: float) -> float:
    """Rental cost in US dollars: gpu_hours · usd_per_gpu_hour.

    >>> cloud_cost_usd(gpu_hours=122_880, usd_per_gpu_hour=2.5)
    307200.0
    """
    h = check_number("gpu_hours", gpu_hours)
    p = check_number("usd_per_gpu_hour", usd_per_gpu_hour)
    return finite("cloud_cost_usd", h * p)


def usd_per_gpu_hour(usd_per_instance_hour: float, gpus_per_instance: float) -> float:
    """Price per GPU-hour from an instance price: usd_per_instance_hour / gpus_per_instance.

    >>> usd_per_gpu_hour(usd_per_instance_hour=20, gpus_per_instance=8)
    2.5
    """
    p = check_number("usd_per_instance_hour", usd_per_instance_hour)
    n = check_number("gpus_per_instance", gpus_per_instance)
    return divide("usd_per_gpu_hour", p, n)


def usd_per_gpu_hour_for_cost(cost_usd: float, gpu_hours: float) -> float:
    """The price per GPU-hour at which ``gpu_hours`` cost ``cost_usd`` (inverse of the cost).

    >>> round(usd_per_gpu_hour_for_cost(4.6e6, gpu_hours=3.115e6), 2)
    1.48
    """
    c = check_number("cost_usd", cost_usd)
    h = check_number("gpu_hours", gpu_hours)
    return divide("usd_per_gpu_hour", c, h)


def gpu_hours_for_budget(budget_usd: float, usd_per_gpu_hour: float) -> float:
    """GPU-hours a budget rents: budget_usd / usd_per_gpu_hour.

    >>> gpu_hours_for_budget(budget_usd=307_200, usd_per_gpu_hour=2.5)
    122880.0
    """
    b = check_number("budget_usd", budget_usd)
    p = check_number("usd_per_gpu_hour", usd_per_gpu_hour)
    return divide("gpu_hours", b, p)


def total_with_rd_usd(final_run_usd: float, rd_multiple: float) -> float:
    """Cost of a model including research: the final run plus ``rd_multiple`` times it on top.

    total = final_run_usd · (1 + rd_multiple), as Dickson (2020) applies "1.5 to five times"
    to Lambda's $4.6 million.

    >>> total_with_rd_usd(4.6e6, rd_multiple=1.5)
    11500000.0
    """
    f = check_number("final_run_usd", final_run_usd)
    m = check_number("rd_multiple", rd_multiple, allow_equal=True)
    return finite("total_with_rd_usd", f * (1 + m))


def compute_optimal(flops: float, tokens_per_param: float = 20.0) -> ComputeOptimal:
    """Compute-optimal dense model for a compute budget (Hoffmann et al. 2022, "Chinchilla").

    With C = 6·N·D and D = k·N: N = √(C / 6k), D = k·N. Hoffmann et al. trained 70B parameters on
    1.4T tokens, 20 tokens per parameter.

    >>> opt = compute_optimal(5.76e23)
    >>> round(opt.params / 1e9), round(opt.tokens / 1e12, 2)
    (69, 1.39)
    """
    c = check_number("flops", flops)
    k = check_number("tokens_per_param", tokens_per_param)
    params = finite("params", math.sqrt(divide("params", c, 6.0 * k)))
    return ComputeOptimal(params=params, tokens=finite("tokens", k * params))


def active_params(total_params: float, active_fraction: float) -> float:
    """Parameters used per token by a sparse (mixture-of-experts) model: total · fraction.

    Compute per token follows active parameters, not the total: Patterson et al. 2021 list Switch
    Transformer at 1,500B parameters with 0.10% activated per token.

    >>> active_params(1500e9, 0.001)
    1500000000.0
    """
    p = check_number("total_params", total_params)
    f = check_number("active_fraction", active_fraction, maximum=1.0)
    return finite("active_params", p * f)


def ratio(numerator: float, denominator: float, *, name: str = "ratio") -> float:
    """``numerator / denominator`` for positive finite inputs (``x`` times, or a share).

    >>> ratio(10e12, 175e9)
    57.142857142857146
    """
    a = check_number(f"{name} numerator", numerator, allow_equal=True)
    b = check_number(f"{name} denominator", denominator)
    return divide(name, a, b)


def hours_from_days(days: float) -> float:
    """Hours in ``days`` (24 per day, exact).

    >>> hours_from_days(10)
    240.0
    """
    return check_number("days", days) * HOURS_PER_DAY


def seconds_from_hours(hours: float) -> float:
    """Seconds in ``hours`` (3,600 per hour, exact).

    >>> seconds_from_hours(2)
    7200.0
    """
    return check_number("hours", hours) * SECONDS_PER_HOUR



def date_of(yyyymmdd: float) -> date:
    """The calendar date a constant with unit ``date`` holds, written as YYYYMMDD.

    Dates are kept as numbers like every other constant (20210625 is 25 June 2021), so the
    exported constants stay one table of numbers.

    >>> date_of(20210625)
    datetime.date(2021, 6, 25)
    """
    n = check_number("date (YYYYMMDD)", yyyymmdd)
    if n != int(n):
        raise CalcError("date", n, "a whole number YYYYMMDD, such as 20210625")
    year, rest = divmod(int(n), 10_000)
    month, day = divmod(rest, 100)
    try:
        return date(year, month, day)
    except ValueError as err:
        raise CalcError("date", int(n), f"a real date written YYYYMMDD ({err})") from None


def days_between(start_yyyymmdd: float, end_yyyymmdd: float) -> float:
    """Calendar days from ``start`` to ``end`` (both YYYYMMDD), end after start.

    >>> days_between(20210625, 20211108)
    136.0
    """
    days = (date_of(end_yyyymmdd) - date_of(start_yyyymmdd)).days
    if days < 0:
        raise CalcError("end date", int(end_yyyymmdd), f"on or after {int(start_yyyymmdd)}")
    return float(days)


def months_from_days(days: float) -> float:
    """Mean months in ``days``: days ÷ (365.25 / 12).

    >>> round(months_from_days(136), 2)
    4.47
    """
    return check_number("days", days, allow_equal=True) / DAYS_PER_MONTH
