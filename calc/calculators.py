"""The calculators: input specs, scenarios and one ``run`` function for page and browser.

The same :func:`run` renders the build-time defaults and answers every edit in the reader's
browser (Pyodide), so both always agree. Inputs are in display units (billions, TFLOP/s, %);
outputs carry a value and the text a reader sees.

>>> r = run("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"})
>>> r["ok"], r["outputs"]["cost_usd"]["text"]
(True, '$307,200')
>>> bad = run("cost", {"gpus": "-1", "days": "10", "usd_per_gpu_hour": "2.5"})
>>> bad["ok"], bad["errors"]["gpus"]
(False, 'GPUs must be a whole number at least 1 and at most 10,000,000 (you typed “-1”).')
"""

from __future__ import annotations

import copy
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import constants as k
from . import quantities as q
from .errors import CalcError
from .formatting import fmt_count, fmt_exact, fmt_multiple, fmt_percent, fmt_quantity, fmt_usd
from .formulas import (
    active_params,
    cloud_cost_usd,
    compute_optimal,
    emissions_tco2e,
    energy_mwh_for_days,
    flops_from_gpu_hours,
    gpu_hours,
    gpu_hours_for_budget,
    ratio,
    training_days,
    training_flops,
    utilisation,
)
from .scenarios import SCENARIOS
from .units import BILLION, TERA

__all__ = ["CALCULATORS", "CalculatorSpec", "InputSpec", "OutputSpec", "run", "scenario_inputs"]


@dataclass(frozen=True)
class InputSpec:
    """One field: HTML ``name``, label, display unit, scale to base units and allowed range."""

    name: str
    label: str
    unit: str
    scale: float  # base value = display value × scale
    scenario_key: str  # the scenario input it reads
    minimum: float = 0.0
    allow_equal: bool = False
    maximum: float = 1e9
    whole: bool = False  # counts (GPUs): only whole numbers
    help: str = ""

    @property
    def min(self) -> float:
        """Smallest allowed display value (inclusive only with ``allow_equal``)."""
        return self.minimum


@dataclass(frozen=True)
class OutputSpec:
    """One result: ``data-output`` name, label and display unit."""

    name: str
    label: str
    unit: str = ""


Result = dict[str, tuple[float, str]]


@dataclass(frozen=True)
class CalculatorSpec:
    """A calculator: its fields, results, formula and the scenarios it can start from."""

    name: str
    title: str
    inputs: tuple[InputSpec, ...]
    outputs: tuple[OutputSpec, ...]
    scenarios: tuple[str, ...]
    compute: Callable[[dict[str, float]], Result]
    formula: Callable[[dict[str, float]], str]

    @property
    def default_scenario(self) -> str:
        """The scenario shown before the reader changes anything."""
        return self.scenarios[0]

    def output(self, name: str) -> OutputSpec:
        """The output spec called ``name``."""
        for spec in self.outputs:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def input(self, name: str) -> InputSpec:
        """The input spec called ``name``."""
        for spec in self.inputs:
            if spec.name == name:
                return spec
        raise KeyError(name)


# ---------------------------------------------------------------- reference values
_GPT3_FLOPS = k.GPT3_FLOPS.value
_GPT3_MWH = k.PATTERSON_GPT3_MWH.value
_GPT3_PARAMS = k.GPT3_PARAMS.value
_CAR_T = k.STRUBELL_CAR_LIFETIME_TCO2E.value


#: At one price per GPU-hour of one GPU type, a run's cost against GPT-3's is its GPU-hours
#: against GPT-3's on that type: V100-hours as Lambda counts them (3.14e23 FLOPs at 28 TFLOP/s)
#: and A100-hours as Narayanan et al. project them (1,024 A100s × 34 days).
_GPT3_V100_HOURS = q.GPT3_V100_HOURS_LAMBDA
_GPT3_A100_HOURS = q.GPT3_A100_HOURS_NARAYANAN


def _same_price(share: float, gpt3_hours: float, gpu: str) -> str:
    """"3.9% of GPT-3's cost on V100s at this price (3.12 million V100-hours)"."""
    basis = f"GPT-3's cost on {gpu}s at this price ({fmt_count(gpt3_hours)} {gpu}-hours)"
    return f"{fmt_percent(share)} of {basis}" if share < 1 else f"{fmt_multiple(share)} {basis}"


def _num(value: float) -> str:
    """A number inside a formula: digits grouped, never Python's 1e+06 (fmt_exact).

    >>> _num(1e6), _num(1e-6), _num(2.5), _num(24_000_000.0)
    ('1,000,000', '1 × 10⁻⁶', '2.5', '24,000,000')
    """
    return fmt_exact(value)


def _fmt_days(d: float) -> str:
    if d >= 3650:
        return fmt_quantity(d / 365.0, "years")
    return fmt_quantity(d, "days")


# ---------------------------------------------------------------- compute
def _compute(v: dict[str, float]) -> Result:
    flops = training_flops(v["params"], v["tokens"], v["flops_per_param_token"])
    days = training_days(flops, v["gpus"], v["flops_per_gpu"])
    hours = gpu_hours(v["gpus"], days)
    use = utilisation(v["flops_per_gpu"], v["peak_flops_per_gpu"])
    # Against GPT-3 counted the same way as its 3.14e23 FLOPs: 6 per parameter per token, so
    # that a count with recomputation (Narayanan et al.'s 8) does not look like a bigger model.
    rule = k.FLOPS_PER_PARAM_TOKEN.value
    model_flops = training_flops(v["params"], v["tokens"], rule)
    share = ratio(model_flops, _GPT3_FLOPS, name="flops vs GPT-3")
    compared = fmt_multiple(share) + " GPT-3's compute"
    if v["flops_per_param_token"] != rule:
        compared += f" (both counted at {fmt_count(rule)} FLOPs per parameter per token)"
    return {
        "flops": (flops, fmt_quantity(flops, "FLOPs")),
        "days": (days, _fmt_days(days)),
        "gpu_hours": (hours, fmt_count(hours) + " GPU-hours"),
        "utilisation": (use, fmt_percent(use)),
        "vs_gpt3": (share, compared),
    }


def _compute_formula(v: dict[str, float]) -> str:
    return (
        f"FLOPs = {_num(v['flops_per_param_token'])} × {fmt_count(v['params'], 12)} parameters "
        f"× {fmt_count(v['tokens'], 12)} tokens; days = FLOPs ÷ ({fmt_count(v['gpus'])} GPUs × "
        f"{_num(v['flops_per_gpu'] / TERA)} TFLOP/s × 86,400 s)"
    )


# ---------------------------------------------------------------- cost
def _cost(v: dict[str, float]) -> Result:
    hours = gpu_hours(v["gpus"], v["days"])
    cost = cloud_cost_usd(hours, v["usd_per_gpu_hour"])
    # Like for like: GPT-3 priced at the reader's own rate, on each GPU type separately (the
    # reader's GPU type is not an input, so both are shown, each on one basis).
    v100 = ratio(hours, _GPT3_V100_HOURS, name="cost vs GPT-3 on V100s")
    a100 = ratio(hours, _GPT3_A100_HOURS, name="cost vs GPT-3 on A100s")
    return {
        "gpu_hours": (hours, fmt_count(hours) + " GPU-hours"),
        "cost_usd": (cost, fmt_usd(cost)),
        "vs_gpt3": (v100, _same_price(v100, _GPT3_V100_HOURS, "V100")),
        "vs_gpt3_a100": (a100, _same_price(a100, _GPT3_A100_HOURS, "A100")),
    }


def _cost_formula(v: dict[str, float]) -> str:
    return (
        f"cost = {fmt_count(v['gpus'])} GPUs × {_num(v['days'])} days × 24 h × "
        f"{fmt_usd(v['usd_per_gpu_hour'])} per GPU-hour"
    )


# ---------------------------------------------------------------- energy
def _energy(v: dict[str, float]) -> Result:
    mwh = energy_mwh_for_days(v["gpus"], v["days"], v["watts_per_gpu"], v["pue"])
    t = emissions_tco2e(mwh, v["grid_gco2e_per_kwh"])
    share = ratio(mwh, _GPT3_MWH, name="energy vs GPT-3")
    cars = ratio(t, _CAR_T, name="car lifetimes")
    return {
        "energy_mwh": (mwh, fmt_quantity(mwh, "MWh")),
        "emissions_tco2e": (t, fmt_quantity(t, "tCO2e")),
        "vs_gpt3": (share, (fmt_percent(share) if share < 1 else fmt_multiple(share))
                    + (" of" if share < 1 else "") + " GPT-3's energy (Patterson)"),
        "car_lifetimes": (cars, fmt_quantity(cars, "car lifetimes (Strubell)", 2)),
    }


def _energy_formula(v: dict[str, float]) -> str:
    return (
        f"MWh = {fmt_count(v['gpus'])} GPUs × {_num(v['days'] * 24)} h × "
        f"{_num(v['watts_per_gpu'])} W × "
        f"PUE {_num(v['pue'])} ÷ 10⁶; tCO2e = MWh × {_num(v['grid_gco2e_per_kwh'])} g/kWh ÷ 1,000"
    )


# ---------------------------------------------------------------- size (mixture of experts)
def _size(v: dict[str, float]) -> Result:
    active = active_params(v["total_params"], v["active_fraction"])
    total_x = ratio(v["total_params"], _GPT3_PARAMS, name="total vs GPT-3")
    active_x = ratio(active, _GPT3_PARAMS, name="active vs GPT-3")
    return {
        "active_params": (active, fmt_count(active) + " parameters per token"),
        "total_vs_gpt3": (total_x, fmt_multiple(total_x) + " GPT-3 (total parameters)"),
        "active_vs_gpt3": (active_x, fmt_multiple(active_x) + " GPT-3 (compute per token)"),
    }


def _size_formula(v: dict[str, float]) -> str:
    return (
        f"active = {fmt_count(v['total_params'])} × {fmt_percent(v['active_fraction'], 3)}; "
        f"GPT-3 = {fmt_count(_GPT3_PARAMS)} parameters, all active"
    )


# ---------------------------------------------------------------- budget
def _budget(v: dict[str, float]) -> Result:
    hours = gpu_hours_for_budget(v["budget_usd"], v["usd_per_gpu_hour"])
    flops = flops_from_gpu_hours(hours, v["peak_flops_per_gpu"] * v["utilisation"])
    opt = compute_optimal(flops, v["tokens_per_param"])
    share = ratio(flops, _GPT3_FLOPS, name="flops vs GPT-3")
    return {
        "gpu_hours": (hours, fmt_count(hours) + " GPU-hours"),
        "flops": (flops, fmt_quantity(flops, "FLOPs")),
        "vs_gpt3": (share, fmt_multiple(share) + " GPT-3's compute"),
        "optimal_params": (opt.params, fmt_count(opt.params) + " parameters"),
        "optimal_tokens": (opt.tokens, fmt_count(opt.tokens) + " tokens"),
    }


def _budget_formula(v: dict[str, float]) -> str:
    return (
        f"FLOPs = {fmt_usd(v['budget_usd'])} ÷ {fmt_usd(v['usd_per_gpu_hour'])}/GPU-hour × "
        f"3,600 s × {_num(v['peak_flops_per_gpu'] / TERA)} TFLOP/s × "
        f"{fmt_percent(v['utilisation'], 3)}; N = √(FLOPs ÷ (6 × {_num(v['tokens_per_param'])}))"
    )


# ---------------------------------------------------------------- specs
_GPUS = InputSpec("gpus", "GPUs", "", 1.0, "gpus", minimum=1, allow_equal=True, maximum=1e7,
                  whole=True)
_DAYS = InputSpec("days", "Training time", "days", 1.0, "days", maximum=1e7)
#: The runs after the article (calc.runs), as starting points of the cost and energy calculators.
_RUNS = ("opt_175b", "bloom_176b", "llama2_70b", "llama31_405b", "deepseek_v3")
_PRICE = InputSpec(
    "usd_per_gpu_hour", "Price per GPU-hour", "USD", 1.0, "usd_per_gpu_hour", maximum=1e4
)

CALCULATORS: dict[str, CalculatorSpec] = {
    c.name: c
    for c in (
        CalculatorSpec(
            "compute",
            "Training compute and time",
            (
                InputSpec("params", "Parameters (active per token)", "billion", BILLION,
                          "params", maximum=1e6),
                InputSpec("tokens", "Training tokens", "billion", BILLION, "tokens",
                          maximum=1e7),
                InputSpec("flops_per_param_token", "FLOPs per parameter per token", "FLOPs",
                          1.0, "flops_per_param_token", maximum=100),
                _GPUS,
                InputSpec("flops_per_gpu", "Sustained throughput per GPU", "TFLOP/s", TERA,
                          "flops_per_gpu", maximum=1e5),
                InputSpec("peak_flops_per_gpu", "Peak throughput per GPU (datasheet)",
                          "TFLOP/s", TERA, "peak_flops_per_gpu", maximum=1e5),
            ),
            (
                OutputSpec("flops", "Training compute", "FLOPs"),
                OutputSpec("days", "Wall-clock time", "days"),
                OutputSpec("gpu_hours", "GPU-hours", "GPU-hours"),
                OutputSpec("utilisation", "Utilisation (sustained ÷ peak)", "%"),
                OutputSpec("vs_gpt3", "Compared with GPT-3", "×"),
            ),
            ("gpt3_narayanan", "gpt3_patterson", "gpt3_lambda", "gpt3_h100_2026"),
            _compute,
            _compute_formula,
        ),
        CalculatorSpec(
            "cost",
            "Cloud cost of one training run",
            (_GPUS, _DAYS, _PRICE),
            (
                OutputSpec("gpu_hours", "GPU-hours", "GPU-hours"),
                OutputSpec("cost_usd", "Rental cost", "USD"),
                OutputSpec("vs_gpt3", "If these are V100-hours: against GPT-3 on V100s, same price",
                           "%"),
                OutputSpec("vs_gpt3_a100",
                           "If these are A100-hours: against GPT-3 on A100s, same price", "%"),
            ),
            ("m6_10t_article", "m6_10t_v100", "gpt3_patterson", "gpt3_narayanan", *_RUNS),
            _cost,
            _cost_formula,
        ),
        CalculatorSpec(
            "energy",
            "Energy and emissions",
            (
                _GPUS,
                _DAYS,
                InputSpec("watts_per_gpu", "Average power per GPU", "W", 1.0, "watts_per_gpu",
                          maximum=1e5),
                InputSpec("pue", "PUE (facility ÷ IT energy)", "", 1.0, "pue", minimum=1.0,
                          allow_equal=True, maximum=10),
                InputSpec("grid_gco2e_per_kwh", "Grid carbon intensity", "gCO2e/kWh", 1.0,
                          "grid_gco2e_per_kwh", allow_equal=True, maximum=5000),
            ),
            (
                OutputSpec("energy_mwh", "Facility energy", "MWh"),
                OutputSpec("emissions_tco2e", "Emissions", "tCO2e"),
                OutputSpec("vs_gpt3", "Compared with GPT-3 (Patterson)", "%"),
                OutputSpec("car_lifetimes", "Car lifetimes (Strubell)", ""),
            ),
            ("m6_10t_article", "m6_10t_v100", "gpt3_patterson", "gpt3_narayanan",
             "gpt3_h100_2026", *_RUNS),
            _energy,
            _energy_formula,
        ),
        CalculatorSpec(
            "size",
            "Parameters: total against active per token",
            (
                InputSpec("total_params", "Total parameters", "billion", BILLION,
                          "total_params", maximum=1e6),
                InputSpec("active_fraction", "Share of parameters active per token", "%", 0.01,
                          "active_fraction", maximum=100),
            ),
            (
                OutputSpec("active_params", "Active parameters per token", "parameters"),
                OutputSpec("total_vs_gpt3", "Total parameters vs GPT-3", "×"),
                OutputSpec("active_vs_gpt3", "Compute per token vs GPT-3", "×"),
            ),
            ("m6_10t_article", "gpt3_patterson"),
            _size,
            _size_formula,
        ),
        CalculatorSpec(
            "budget",
            "What a budget buys",
            (
                InputSpec("budget_usd", "Budget", "USD", 1.0, "budget_usd", maximum=1e12),
                _PRICE,
                InputSpec("peak_flops_per_gpu", "Peak throughput per GPU (datasheet)",
                          "TFLOP/s", TERA, "peak_flops_per_gpu", maximum=1e5),
                InputSpec("utilisation", "Utilisation (share of peak, in model FLOPs)", "%", 0.01,
                          "utilisation", maximum=100),
                InputSpec("tokens_per_param",
                          f"Tokens per parameter (Chinchilla: "
                          f"{fmt_count(k.CHINCHILLA_TOKENS_PER_PARAM.value)})", "tokens",
                          1.0, "tokens_per_param", maximum=1e4),
            ),
            (
                OutputSpec("gpu_hours", "GPU-hours bought", "GPU-hours"),
                OutputSpec("flops", "Training compute", "FLOPs"),
                OutputSpec("vs_gpt3", "Compared with GPT-3", "×"),
                OutputSpec("optimal_params", "Compute-optimal model size", "parameters"),
                OutputSpec("optimal_tokens", "Compute-optimal training tokens", "tokens"),
            ),
            ("budget_gpt3_a100", "budget_m6_a100", "budget_gpt3_v100"),
            _budget,
            _budget_formula,
        ),
    )
}


def scenario_inputs(calculator_name: str, scenario_key: str) -> dict[str, float]:
    """Default inputs (display units) of a calculator for a scenario.

    >>> scenario_inputs("cost", "m6_10t_article")
    {'gpus': 512.0, 'days': 10.0, 'usd_per_gpu_hour': 2.5}
    """
    spec = CALCULATORS[calculator_name]
    if scenario_key not in spec.scenarios:
        raise CalcError("scenario", scenario_key, "one of " + ", ".join(spec.scenarios))
    scenario = SCENARIOS[scenario_key]
    return {i.name: _display(scenario.value(i.scenario_key) / i.scale) for i in spec.inputs}


def _display(x: float) -> float:
    """A default as a reader would type it: 5 significant figures (0.78324, not 0.7832375...)."""
    return float(f"{x:.5g}")


#: Commas only as thousands separators ("5,000", "1,234.5"); "0,5" is not read as 5.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
#: The smallest non-zero entry any field takes: below it a value means nothing here, and
#: results would underflow (display units: a millionth of a GPU, of a day, of a watt...).
SMALLEST = 1e-6


def read_number(spec: InputSpec, raw: str | float | None) -> float:
    """A reader's entry, in the field's own unit, or CalcError with a message for the field.

    Commas may only separate thousands; underscores only group digits, as in Python.

    >>> f = CALCULATORS["cost"].input("gpus")
    >>> read_number(f, "5,000"), read_number(f, " 1_024 ")
    (5000.0, 1024.0)
    >>> math.copysign(1, read_number(CALCULATORS["energy"].input("grid_gco2e_per_kwh"), "-0"))
    1.0
    >>> for typed in ("0,5", "2__5"):
    ...     try:
    ...         read_number(f, typed)
    ...     except CalcError as err:
    ...         print(err.allowed)
    a number with a point for decimals (0.5, not 0,5); commas only separate thousands
    a whole number at least 1 and at most 10,000,000
    """
    text = raw if isinstance(raw, str) else ("" if raw is None else repr(raw))
    typed = text.strip().replace("\u2212", "-")  # a typographic minus is a minus
    unit = f" {spec.unit}" if spec.unit else ""
    lower = "at least" if spec.allow_equal else "greater than"
    bounds = f"{lower} {fmt_exact(spec.minimum)} and at most {fmt_exact(spec.maximum)}"
    whole = spec.whole
    allowed = f"{'a whole number' if whole else 'a number'} {bounds}{unit}"
    if typed == "":
        raise CalcError(spec.name, raw, "filled in")
    if "," in typed:
        if not _THOUSANDS.fullmatch(typed):
            raise CalcError(
                spec.name, raw,
                "a number with a point for decimals (0.5, not 0,5); commas only separate "
                "thousands",
            )
        typed = typed.replace(",", "")
    try:
        value = float(typed) + 0.0  # Python's own rules for "_"; + 0.0 turns -0 into 0
    except ValueError:
        raise CalcError(spec.name, raw, allowed) from None
    too_low = value < spec.minimum if spec.allow_equal else value <= spec.minimum
    if math.isnan(value) or math.isinf(value) or too_low or value > spec.maximum:
        raise CalcError(spec.name, raw, allowed)
    if whole and not value.is_integer():
        raise CalcError(spec.name, raw, allowed)
    if 0 < abs(value) < SMALLEST:
        smallest = fmt_exact(SMALLEST) + unit
        raise CalcError(spec.name, raw, f"0 or at least {smallest}" if spec.allow_equal
                        else f"at least {smallest}: smaller values mean nothing here")
    return value


def _parse(spec: InputSpec, raw: str | float | None) -> float:
    """A reader's entry as a base-unit float (``read_number`` times the field's scale)."""
    return read_number(spec, raw) * spec.scale


def _cross_check(spec: CalculatorSpec, values: dict[str, float]) -> dict[str, str]:
    """Errors that involve two fields: a sustained throughput above the chip's peak."""
    sustained, peak = values.get("flops_per_gpu"), values.get("peak_flops_per_gpu")
    if sustained is not None and peak is not None and sustained > peak:
        # Either field may be the one the reader changed: both are marked, each in its words.
        high, low = spec.input("flops_per_gpu"), spec.input("peak_flops_per_gpu")
        shown_high = fmt_exact(sustained / high.scale, high.unit)
        shown_low = fmt_exact(peak / low.scale, low.unit)
        return {
            high.name: (
                f"{high.label} cannot exceed the peak you entered ({shown_low}): no chip "
                "sustains more than its datasheet peak."
            ),
            low.name: (
                f"{low.label} cannot be below the sustained throughput you entered "
                f"({shown_high}): no chip sustains more than its datasheet peak."
            ),
        }
    return {}


_ECHO_CHARS = 24  # how much of a long entry the message repeats


def _message(spec: InputSpec, err: CalcError) -> str:
    """The message shown next to the field; a long entry is repeated only in part.

    >>> f = CALCULATORS["cost"].input("days")
    >>> _message(f, CalcError("days", "9" * 60, "a number"))
    'Training time must be a number (you typed “999999999999999999999999…”, 60 characters).'
    """
    if err.allowed == "filled in":
        return f"{spec.label} is required."
    typed = str(err.value)
    if len(typed) > _ECHO_CHARS:
        typed = f"{typed[:_ECHO_CHARS]}…”, {len(typed)} characters"
    else:
        typed += "”"
    return f"{spec.label} must be {err.allowed} (you typed “{typed})."


#: How many times each calculator's formulas actually ran, not answered from :func:`run`'s
#: cache: tests read it to check that one edit computes each distinct set of inputs once.
COMPUTED: Counter[str] = Counter()

Raw = str | float | int | None


def run(calculator_name: str, inputs: Mapping[str, Raw]) -> dict[str, Any]:
    """Validate a reader's inputs and compute every output of one calculator.

    Returns a JSON-ready dict: ``ok``, ``outputs`` (name → value and text), ``errors`` (input
    name → message, naming the field and the allowed range) and ``formula`` (with the numbers
    filled in). With any error, ``ok`` is false and ``outputs`` is empty; nothing is ever NaN.

    The same inputs are computed once: the answer is cached (the ranges, the chart's reference
    scenarios and the export ask again for numbers already computed), and each call gets its own
    copy, so a caller may change what it receives.
    """
    if calculator_name not in CALCULATORS:
        raise CalcError("calculator", calculator_name, "one of " + ", ".join(CALCULATORS))
    spec = CALCULATORS[calculator_name]
    key = tuple(inputs.get(field.name) for field in spec.inputs)
    return copy.deepcopy(_run_once(calculator_name, key))


@functools.lru_cache(maxsize=1024)
def _run_once(calculator_name: str, raw: tuple[Raw, ...]) -> dict[str, Any]:
    COMPUTED[calculator_name] += 1
    spec = CALCULATORS[calculator_name]
    values: dict[str, float] = {}
    errors: dict[str, str] = {}
    for field, typed in zip(spec.inputs, raw, strict=True):
        try:
            values[field.scenario_key] = _parse(field, typed)
        except CalcError as err:
            errors[field.name] = _message(field, err)
    if not errors:
        errors = _cross_check(spec, values)
    if errors:
        return {"ok": False, "outputs": {}, "errors": errors, "formula": ""}
    try:
        results = spec.compute(values)
    except CalcError:  # a result out of range from extreme (but individually valid) inputs
        first = spec.inputs[0]
        return {"ok": False, "outputs": {}, "formula": "", "errors": {
            first.name: "These inputs together give a result too large or too small to compute; "
            "bring the most extreme field closer to the defaults."}}
    outputs = {
        name: {"value": value, "text": text} for name, (value, text) in results.items()
    }
    return {"ok": True, "outputs": outputs, "errors": {}, "formula": spec.formula(values)}
