"""Ranges carried through a calculator, and which input moves a result most.

Every formula behind the calculators is monotone in each input, so the lowest and highest value
of an output over a box of input ranges lie at its corners; :func:`run_range` evaluates them all
(at most 2⁵ = 32 runs).

>>> r = run_range("energy", {"gpus": "512", "days": "10", "watts_per_gpu": "350", "pue": "1.1",
...                          "grid_gco2e_per_kwh": "429"}, {"watts_per_gpu": ("300", "400")})
>>> r["ok"], r["outputs"]["vs_gpt3"]["text"]
(True, "3.2% of GPT-3's energy (Patterson) to 4.2% of GPT-3's energy (Patterson)")
>>> r["sensitivity"][0]["input"]
'watts_per_gpu'
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from . import constants as k
from .calculators import CALCULATORS, read_number, run, scenario_inputs
from .scenarios import SCENARIOS

__all__ = ["default_ranges", "run_range"]

RangeInput = Mapping[str, tuple[str | float, str | float]]


#: One price range per GPU type: a price has a hardware type (and its constants a date).
PRICE_RANGES = {
    "V100": k.ESTIMATES["USD_PER_V100_HOUR"],
    "A100": k.ESTIMATES["USD_PER_A100_HOUR"],
    "H100": k.ESTIMATES["USD_PER_H100_HOUR"],
    "H800": k.ESTIMATES["USD_PER_H100_HOUR"],  # the H100's export variant, same compute
}


def _price_range(scenario_key: str) -> tuple[float, float, str] | None:
    """The price range for the scenario's GPU type, or None if we found no price for it.

    >>> _price_range("gpt3_lambda")[:2]
    (1.5, 2.48)
    >>> _price_range("gpt3_h100_2026")[:2]
    (2.0, 12.29)
    """
    gpu = SCENARIOS[scenario_key].gpu
    est = PRICE_RANGES.get(gpu) if gpu is not None else None
    return None if est is None else (est.low.value, est.high.value, est.note)


def default_ranges(calculator_name: str, scenario_key: str) -> dict[str, dict[str, Any]]:
    """Low and high (display units) for the uncertain inputs of a calculator's scenario.

    Each range is widened to include the scenario's own value, so low ≤ central ≤ high.

    >>> default_ranges("energy", "m6_10t_article")["watts_per_gpu"]["low"]
    300.0
    """
    spec = CALCULATORS[calculator_name]
    central = scenario_inputs(calculator_name, scenario_key)
    generic: dict[str, tuple[float, float, str]] = {
        "pue": (k.ESTIMATES["PUE"].low.value, k.ESTIMATES["PUE"].high.value,
                k.ESTIMATES["PUE"].note),
        "grid_gco2e_per_kwh": (k.ESTIMATES["GRID"].low.value, k.ESTIMATES["GRID"].high.value,
                               k.ESTIMATES["GRID"].note),
    }
    price = _price_range(scenario_key)
    if price is not None:
        generic["usd_per_gpu_hour"] = price
    if scenario_key.startswith("m6_"):
        w = k.ESTIMATES["M610T_WATTS_PER_GPU"]
        generic["watts_per_gpu"] = (w.low.value, w.high.value, w.note)
    out: dict[str, dict[str, Any]] = {}
    for field in spec.inputs:
        if field.name in generic:
            lo, hi, note = generic[field.name]
            lo, hi = lo / field.scale, hi / field.scale
            c = central[field.name]
            out[field.name] = {"low": min(lo, c), "high": max(hi, c), "note": note}
    return out


def run_range(
    calculator_name: str, inputs: Mapping[str, str | float], ranges: RangeInput
) -> dict[str, Any]:
    """Outputs over the box of ``ranges`` (input name → (low, high)), plus a sensitivity list.

    Returns ``ok``, ``errors`` (as :func:`calc.calculators.run`, also for a low above its high),
    ``outputs`` (name → low, central, high and text) and ``sensitivity``: the ranged inputs,
    each with how far it alone moves the first output, largest first.
    """
    spec = CALCULATORS[calculator_name]
    central = run(calculator_name, inputs)
    errors = dict(central["errors"])
    bounds: dict[str, tuple[float, float]] = {}
    for name, (lo_raw, hi_raw) in ranges.items():
        spec.input(name)  # KeyError for an unknown input
        lo = run(calculator_name, {**inputs, name: lo_raw})
        hi = run(calculator_name, {**inputs, name: hi_raw})
        if not lo["ok"] or not hi["ok"]:
            errors.setdefault(name, (lo["errors"] or hi["errors"]).get(name, "bad range"))
            continue
        lo_v, hi_v = read_number(spec.input(name), lo_raw), read_number(spec.input(name), hi_raw)
        if lo_v > hi_v:
            errors[name] = f"{spec.input(name).label}: the low end must not exceed the high end."
            continue
        bounds[name] = (lo_v, hi_v)
    if errors:
        return {"ok": False, "errors": errors, "outputs": {}, "sensitivity": []}
    names = list(bounds)
    corners = [run(calculator_name, {**inputs, **dict(zip(names, combo, strict=True))})
               for combo in itertools.product(*(bounds[n] for n in names))]
    outputs: dict[str, dict[str, Any]] = {}
    for out in spec.outputs:
        c = central["outputs"][out.name]
        low = min(corners, key=lambda r: r["outputs"][out.name]["value"])["outputs"][out.name]
        high = max(corners, key=lambda r: r["outputs"][out.name]["value"])["outputs"][out.name]
        text = low["text"] if low["text"] == high["text"] else f"{low['text']} to {high['text']}"
        outputs[out.name] = {"low": low["value"], "central": c["value"], "high": high["value"],
                             "text": text}
    alone = {n: [run(calculator_name, {**inputs, n: b}) for b in bounds[n]] for n in names}
    by_output: dict[str, list[dict[str, Any]]] = {}
    for out in spec.outputs:
        base = central["outputs"][out.name]["value"]
        rows = []
        for n in names:
            values = [r["outputs"][out.name]["value"] for r in alone[n]]
            spread = (max(values) - min(values)) / base if base else 0.0
            rows.append({"input": n, "label": spec.input(n).label, "output": out.name,
                         "relative_spread": spread, "moves": max(values) != min(values)})
        rows.sort(key=lambda row: -float(row["relative_spread"]))
        by_output[out.name] = rows
    first = spec.outputs[0].name
    return {"ok": True, "errors": {}, "outputs": outputs, "sensitivity": by_output[first],
            "sensitivity_by_output": by_output}
