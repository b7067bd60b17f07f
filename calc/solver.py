"""What would make a claim true? Solve one input of a claim's formula for the article's number.

Each solvable claim is a forward formula of named inputs whose result the article states. The
reader picks one input; :func:`solve` finds the value it would need, holding the others at their
published values, and sets it beside the plausible range of that input, with the sources of
both ends. The root finder brackets the answer on a log scale and bisects, so it needs only that
the formula is monotone in the chosen input (all of these are).

>>> s = solve("m6_10t_energy", "watts_per_gpu")
>>> round(s.value), s.judgement
(95, 'implausible')

A value outside the input's own domain is an answer too, not an error: the claim is impossible.

>>> s = solve("m6_10t_energy", "pue")
>>> round(s.value, 2), s.judgement, s.possible
(0.3, 'impossible', False)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from . import constants as k
from .errors import CalcError
from .formatting import fmt_count, fmt_percent, fmt_price, fmt_quantity, fmt_usd
from .formulas import cloud_cost_usd, energy_mwh_for_days, gpu_hours, ratio

__all__ = ["SOLVABLE", "ClaimModel", "Solution", "SolverInput", "claim_model", "find_root", "solve"]

Judgement = Literal["plausible", "a stretch", "implausible", "impossible"]
NEAR = 0.05  # within 5% of the range counts as inside it (the range ends are rounded figures)
STRETCH = 2.0  # up to twice outside the range is a stretch; beyond that, implausible


@dataclass(frozen=True)
class SolverInput:
    """An input of a claim's formula: its published value and plausible range with sources."""

    name: str
    label: str
    unit: str
    value: float
    low: float
    high: float
    basis: str
    minimum: float = 0.0
    allow_equal: bool = False


@dataclass(frozen=True)
class ClaimModel:
    """A claim as a formula: inputs, the forward function and the article's target value."""

    claim_id: str
    title: str
    target: float
    target_text: str
    inputs: tuple[SolverInput, ...]
    forward: Callable[[Mapping[str, float]], float]

    def input(self, name: str) -> SolverInput:
        """The input called ``name``."""
        for i in self.inputs:
            if i.name == name:
                return i
        raise CalcError("input", name, "one of " + ", ".join(i.name for i in self.inputs))

    def defaults(self) -> dict[str, float]:
        """Published values of every input."""
        return {i.name: i.value for i in self.inputs}


@dataclass(frozen=True)
class Solution:
    """The value an input would need, beside its plausible range, and a plain judgement."""

    claim_id: str
    input_name: str
    value: float
    low: float
    high: float
    judgement: Judgement
    factor: float  # how far outside the range (1 inside); >1 means that many times off
    sentence: str  # how far outside the range, in words ("" when impossible)

    @property
    def possible(self) -> bool:
        """False when the value needed lies outside the input's domain (a PUE below 1)."""
        return self.judgement != "impossible"


def find_root(
    f: Callable[[float], float], target: float, start: float, *, tol: float = 1e-12
) -> float:
    """Solve ``f(x) = target`` for x > 0, with f monotone, starting the bracket at ``start``.

    >>> round(find_root(lambda x: x * x, 2.0, 1.0), 9)
    1.414213562
    """
    if not (start > 0 and math.isfinite(start)):
        raise CalcError("start", start, "a positive finite number")
    lo = hi = start
    f0 = f(start) - target
    if f0 == 0:
        return start
    increasing = f(start * 2) > f(start)
    want_up = (f0 < 0) == increasing
    for _ in range(2000):  # expand the bracket by factors of 2 (up to ~2^±2000 … capped below)
        if want_up:
            lo, hi = hi, hi * 2
            if not math.isfinite(hi) or hi > 1e300:
                raise CalcError("target", target, "reachable by a finite input")
            if (f(hi) - target > 0) == increasing:
                break
        else:
            hi, lo = lo, lo / 2
            if lo < 1e-300:
                raise CalcError("target", target, "reachable by a positive input")
            if (f(lo) - target < 0) == increasing:
                break
    for _ in range(300):  # bisect on a log scale
        mid = math.sqrt(lo * hi)
        if (f(mid) < target) == increasing:
            lo = mid
        else:
            hi = mid
        if hi / lo - 1 < tol:
            break
    return math.sqrt(lo * hi)


def claim_model(claim_id: str) -> ClaimModel:
    """The solvable claim ``claim_id``, or :class:`CalcError` naming the ones there are."""
    if claim_id not in SOLVABLE:
        raise CalcError("claim", claim_id, "one of " + ", ".join(SOLVABLE))
    return SOLVABLE[claim_id]


def solve(
    claim_id: str, input_name: str, overrides: Mapping[str, float] | None = None
) -> Solution:
    """The value of ``input_name`` that makes claim ``claim_id`` come out at the article's number.

    Other inputs stay at their published values unless ``overrides`` sets them. When only a
    value outside the input's domain meets the claim (a PUE below 1), the solution says so:
    its judgement is ``"impossible"`` and its value is the one the claim would need. Raises
    :class:`CalcError` for an unknown claim or input.
    """
    model = claim_model(claim_id)
    spec = model.input(input_name)
    values = model.defaults() | dict(overrides or {})

    def f(x: float) -> float:
        return model.forward(values | {input_name: x})

    x0 = spec.value
    power = math.log2(f(2 * x0) / f(x0))
    if abs(power) > 1e-9 and abs(power - round(power)) < 1e-9:
        # f ∝ x^power (every claim model is a product of its inputs): solve exactly, even when
        # the answer lies outside the input's domain, so we can say what it would need.
        x = x0 * (model.target / f(x0)) ** (1 / round(power))
    else:
        x = find_root(f, model.target, x0)
    too_low = x < spec.minimum if spec.allow_equal else x <= spec.minimum
    if too_low:
        factor = spec.low / x if x > 0 else math.inf
        return Solution(claim_id, spec.name, x, spec.low, spec.high, "impossible", factor, "")
    return _judge(claim_id, spec, x)


def _judge(claim_id: str, spec: SolverInput, x: float) -> Solution:
    """Set the needed value beside the plausible range and say how realistic it is."""
    factor = spec.low / x if x < spec.low else (x / spec.high if x > spec.high else 1.0)
    side = "below the lowest" if x < spec.low else "above the highest"
    judgement: Judgement
    if factor <= 1 + NEAR:
        judgement = "plausible"
        sentence = (
            "within the published or plausible range"
            if factor == 1.0
            else f"{abs(x / (spec.low if x < spec.low else spec.high) - 1) * 100:.1g}% {side} "
            "published or plausible value: within rounding"
        )
    elif factor <= STRETCH:
        judgement = "a stretch"
        pct = (1 - x / spec.low) if x < spec.low else (x / spec.high - 1)
        sentence = f"{pct * 100:.0f}% {side} published or plausible value"
    else:
        judgement = "implausible"
        sentence = f"{factor:.2g} times {side} published or plausible value"
    return Solution(claim_id, spec.name, x, spec.low, spec.high, judgement, factor, sentence)


# ---------------------------------------------------------------- the solvable claims
_CAR_T = k.STRUBELL_CAR_LIFETIME_TCO2E.value
_NAS_T = k.STRUBELL_NAS_TCO2E.value


def _energy_share(v: Mapping[str, float]) -> float:
    mwh = energy_mwh_for_days(v["gpus"], v["days"], v["watts_per_gpu"], v["pue"])
    return ratio(mwh, v["gpt3_mwh"])


def _m6_cost(v: Mapping[str, float]) -> float:
    return cloud_cost_usd(gpu_hours(v["gpus"], v["days"]), v["usd_per_gpu_hour"])


def _size_multiple(v: Mapping[str, float]) -> float:
    return ratio(v["m6_params"], v["gpt3_params"])


def _cars(v: Mapping[str, float]) -> float:
    return ratio(v["model_tco2e"], v["car_tco2e"])


#: The article prices A100s, so its price is judged against A100 prices only (one GPU type).
_PRICE = k.ESTIMATES["USD_PER_A100_HOUR"]


_LIN_GPUS = f"{k.M610T_GPUS.value:g}, as Lin et al. 2021 state"


def _w(c: k.Constant) -> str:
    return fmt_quantity(c.value, "W")


def _t(tonnes: float) -> str:
    return fmt_quantity(tonnes, "t", 3)

_PUE = k.ESTIMATES["PUE"]
_WATTS = k.ESTIMATES["M610T_WATTS_PER_GPU"]
# The article's claims, as it states them (from its constants, not typed again).
_SHARE = fmt_percent(k.ARTICLE_ENERGY_SHARE.value)
_COST = fmt_usd(k.ARTICLE_M6_COST_USD.value)
_SIZE = f"{fmt_count(k.ARTICLE_10T_MULTIPLE.value)}×"
_CARS = f"{fmt_count(k.ARTICLE_CAR_MULTIPLE.value)}×"

SOLVABLE: dict[str, ClaimModel] = {
    m.claim_id: m
    for m in (
        ClaimModel(
            "m6_10t_energy", f"M6-10T used {_SHARE} of GPT-3's training energy",
            k.ARTICLE_ENERGY_SHARE.value, f"{_SHARE} of GPT-3's energy",
            (
                SolverInput("watts_per_gpu",
                            "Average power per GPU, with its share of the host", "W",
                            k.ESTIMATES["M610T_WATTS_PER_GPU"].central,
                            _WATTS.low.value, _WATTS.high.value,
                            f"{_w(_WATTS.low)} (P100s, the lowest average per GPU Patterson et "
                            "al. 2021 measured in training, host share included) to "
                            f"{_w(_WATTS.high)} (OpenAI's V100s for GPT-3)"),
                SolverInput("pue", "PUE", "", k.PATTERSON_GPT3_PUE.value, _PUE.low.value,
                            _PUE.high.value,
                            f"{_PUE.low.value:g} (Google's best, Patterson et al.) to "
                            f"{_PUE.high.value:g} (the average Strubell et al. used)",
                            minimum=1.0, allow_equal=True),
                SolverInput("gpus", "GPU count", "GPUs", k.M610T_GPUS.value, k.M610T_GPUS.value,
                            k.M610T_GPUS.value, _LIN_GPUS),
                SolverInput("days", "Training time", "days", k.M610T_DAYS.value,
                            k.M610T_DAYS.value, k.M610T_DAYS.value,
                            f"{k.M610T_DAYS.value:g}, as Lin et al. 2021 state"),
                SolverInput("gpt3_mwh", "GPT-3's training energy", "MWh",
                            k.PATTERSON_GPT3_MWH.value, k.PATTERSON_GPT3_MWH.value,
                            k.PATTERSON_GPT3_MWH.value,
                            f"{fmt_count(k.PATTERSON_GPT3_MWH.value)} MWh (Patterson et al. 2021)"),
            ),
            _energy_share,
        ),
        ClaimModel(
            "m6_cost_arithmetic", f"M6-10T cost {_COST}", k.ARTICLE_M6_COST_USD.value,
            _COST,
            (
                SolverInput("usd_per_gpu_hour", "Price per GPU-hour", "USD", _PRICE.high.value,
                            _PRICE.low.value, _PRICE.high.value,
                            f"{fmt_price(_PRICE.low.value)} (committed for three years) to "
                            f"{fmt_price(_PRICE.high.value)} (on demand) per A100-hour: AWS's "
                            "p4d.24xlarge in June 2021, as Epoch AI records it"),
                SolverInput("gpus", "GPU count", "GPUs", k.M610T_GPUS.value, k.M610T_GPUS.value,
                            k.M610T_GPUS.value, _LIN_GPUS),
                SolverInput("days", "Training time", "days", k.M610T_DAYS.value,
                            k.M610T_DAYS.value, k.M610T_DAYS.value,
                            f"{k.M610T_DAYS.value:g}, as Lin et al. 2021 state"),
            ),
            _m6_cost,
        ),
        ClaimModel(
            "m6_10t_size", f"M6-10T is {_SIZE} GPT-3's size", k.ARTICLE_10T_MULTIPLE.value,
            _SIZE,
            (
                SolverInput("m6_params", "M6-10T parameters", "parameters",
                            k.M610T_PARAMS.value, k.M610T_PARAMS.value, k.M610T_PARAMS.value,
                            f"{fmt_count(k.M610T_PARAMS.value)} (Lin et al. 2021)"),
                SolverInput("gpt3_params", "GPT-3 parameters", "parameters",
                            k.GPT3_PARAMS.value, k.GPT3_PARAMS.value, k.GPT3_PARAMS.value,
                            f"{fmt_count(k.GPT3_PARAMS.value)} (Brown et al. 2020)"),
            ),
            _size_multiple,
        ),
        ClaimModel(
            "car_lifetimes", f"A large model emits {_CARS} a car's lifetime",
            k.ARTICLE_CAR_MULTIPLE.value, _CARS,
            (
                SolverInput("model_tco2e", "Emissions of the model", "tCO2e", _NAS_T,
                            k.PATTERSON_NAS_ACTUAL_TCO2E.value, _NAS_T,
                            f"{_t(k.PATTERSON_NAS_ACTUAL_TCO2E.value)} (the search as run, "
                            "Patterson et al.) "
                            f"to {_t(_NAS_T)} (Strubell's estimate)"),
                SolverInput("car_tco2e", "A car's lifetime emissions", "tCO2e", _CAR_T, _CAR_T,
                            _CAR_T,
                            f"{fmt_count(k.STRUBELL_CAR_LIFETIME_LBS.value)} lbs = {_t(_CAR_T)} "
                            "(Strubell et al. 2019)"),
            ),
            _cars,
        ),
    )
}
