"""Ranges carried through a calculator, and which input moves a result most.

Every formula behind the calculators is monotone in each input, so the lowest and highest value
of an output over a box of input ranges lie at its corners; :func:`run_range` evaluates them all
(at most 2⁵ = 32 calculations).

>>> inputs = {"gpus": 512, "days": 10, "watts_per_gpu": 350, "pue": 1.1,
...           "grid_gco2e_per_kwh": 429}
>>> r = run_range("energy", inputs, {"watts_per_gpu": (300, 400)})
>>> s = r.outputs["vs_gpt3_tdp"]  # chip power, against GPT-3 at its V100s' rated power
>>> round(s.low, 4), round(s.central, 4), round(s.high, 4)
(0.0346, 0.0404, 0.0461)
>>> r.sensitivity("vs_gpt3")[0].input
'watts_per_gpu'
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from . import constants as k
from .calculators import calculate, calculator, check_input, scenario_inputs
from .errors import CalcError
from .scenarios import SCENARIOS

__all__ = ["PRICE_RANGES", "Range", "RangeResult", "Sensitivity", "Spread", "default_ranges",
           "run_range"]


@dataclass(frozen=True)
class Range:
    """A low and high value of an input (display units), and where the range comes from."""

    low: float
    high: float
    note: str


@dataclass(frozen=True)
class Spread:
    """An output over a box of input ranges: lowest, central (the inputs as given), highest."""

    low: float
    central: float
    high: float


@dataclass(frozen=True)
class Sensitivity:
    """How far one ranged input alone moves one output, relative to its central value."""

    input: str
    output: str
    relative_spread: float
    moves: bool


@dataclass(frozen=True)
class RangeResult:
    """Every output of a calculator over a box of input ranges, and what moves each."""

    calculator: str
    outputs: dict[str, Spread]
    sensitivities: dict[str, tuple[Sensitivity, ...]]

    def sensitivity(self, output: str) -> tuple[Sensitivity, ...]:
        """The ranged inputs by how far each alone moves ``output``, largest first."""
        return self.sensitivities[output]


#: One price range per GPU type: a price has a hardware type (and its constants a date).
PRICE_RANGES = {
    "V100": k.ESTIMATES["USD_PER_V100_HOUR"],
    "A100": k.ESTIMATES["USD_PER_A100_HOUR"],
    "H100": k.ESTIMATES["USD_PER_H100_HOUR"],
    "H800": k.ESTIMATES["USD_PER_H100_HOUR"],  # the H100's export variant, same compute
}


def _estimate(e: k.Estimate) -> tuple[float, float, str]:
    return e.low.value, e.high.value, e.note


def _price_range(scenario_key: str) -> tuple[float, float, str] | None:
    """The price range for the scenario's GPU type, or None if we found no price for it.

    >>> _price_range("gpt3_lambda")[:2]
    (1.5, 2.48)
    >>> _price_range("gpt3_h100_2026")[:2]
    (2.0, 12.29)
    """
    gpu = SCENARIOS[scenario_key].gpu
    est = PRICE_RANGES.get(gpu) if gpu is not None else None
    return None if est is None else _estimate(est)


def default_ranges(calculator_name: str, scenario_key: str) -> dict[str, Range]:
    """Low and high (display units) for the uncertain inputs of a calculator's scenario.

    Each range is widened to include the scenario's own value, so low ≤ central ≤ high.

    >>> default_ranges("energy", "m6_10t_article")["watts_per_gpu"].low
    300.0
    """
    spec = calculator(calculator_name)
    central = scenario_inputs(calculator_name, scenario_key)  # CalcError for a foreign scenario
    generic = {"pue": _estimate(k.ESTIMATES["PUE"]),
               "grid_gco2e_per_kwh": _estimate(k.ESTIMATES["GRID"])}
    price = _price_range(scenario_key)
    if price is not None:
        generic["usd_per_gpu_hour"] = price
    if scenario_key.startswith("m6_"):
        generic["watts_per_gpu"] = _estimate(k.ESTIMATES["M610T_TDP_WATTS"])
    out: dict[str, Range] = {}
    for field in spec.inputs:
        if field.name in generic:
            lo, hi, note = generic[field.name]
            lo, hi = lo / field.scale, hi / field.scale
            c = central[field.name]
            out[field.name] = Range(min(lo, c), max(hi, c), note)
    return out


def run_range(
    calculator_name: str,
    inputs: Mapping[str, float],
    ranges: Mapping[str, tuple[float, float]],
) -> RangeResult:
    """Outputs over the box of ``ranges`` (input name → (low, high), display units).

    Raises :class:`CalcError` for a bad input, a range end outside its field's range, or a low
    end above the high end.
    """
    spec = calculator(calculator_name)
    central = calculate(calculator_name, inputs)
    bounds: dict[str, tuple[float, float]] = {}
    for name, (lo_raw, hi_raw) in ranges.items():
        field = spec.input(name)
        lo, hi = check_input(field, lo_raw), check_input(field, hi_raw)
        if lo > hi:
            raise CalcError(name, (lo, hi), "a range whose low end does not exceed its high end")
        bounds[name] = (lo, hi)
    names = list(bounds)
    given = central.inputs
    corners = [calculate(calculator_name, {**given, **dict(zip(names, combo, strict=True))})
               for combo in itertools.product(*(bounds[n] for n in names))]
    alone = {n: [calculate(calculator_name, {**given, n: b}) for b in bounds[n]] for n in names}
    outputs: dict[str, Spread] = {}
    sensitivities: dict[str, tuple[Sensitivity, ...]] = {}
    for out in spec.outputs:
        values = [c.outputs[out.name] for c in corners]
        base = central.outputs[out.name]
        outputs[out.name] = Spread(min(values), base, max(values))
        rows = []
        for n in names:
            moved = [c.outputs[out.name] for c in alone[n]]
            spread = (max(moved) - min(moved)) / base if base else 0.0
            rows.append(Sensitivity(n, out.name, spread, max(moved) != min(moved)))
        rows.sort(key=lambda row: -row.relative_spread)
        sensitivities[out.name] = tuple(rows)
    return RangeResult(calculator_name, outputs, sensitivities)
