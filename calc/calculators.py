"""The calculators: their inputs, outputs, formulas and the scenarios they start from.

A calculator takes numbers in the units a reader types them in (billions, TFLOP/s, %), checks
each against its allowed range and returns every output as a number in base units. What a page
shows (labels, text, the formula with the numbers filled in, the chart) is each calculator's page
spec in :mod:`calc.web.calculator_pages`, keyed to its :class:`CalculatorSpec` here, and the
answers and messages are made from these numbers by :mod:`calc.web.answers`.

>>> c = calculate("cost", {"gpus": 512, "days": 10, "usd_per_gpu_hour": 2.5})
>>> c.outputs["cost_usd"], c.outputs["gpu_hours"]
(307200.0, 122880.0)
>>> calculate("cost", {"gpus": -1, "days": 10, "usd_per_gpu_hour": 2.5})
Traceback (most recent call last):
...
calc.errors.CalcError: gpus must be a whole number at least 1 and at most 10,000,000 (got -1.0)
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import constants as k
from . import quantities as q
from .beyond import prompts_per_training_run, serving_wh_per_prompt
from .errors import CalcError
from .formatting import fmt_exact
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
from .prices import commitment_usd, owner_cost_usd
from .scenarios import OWN_SCENARIOS, RUN_SCENARIOS, SCENARIOS, SERVING_SCENARIOS
from .units import BILLION, TERA

__all__ = [
    "CALCULATORS",
    "COMPUTED",
    "GPT3_A100_HOURS",
    "GPT3_V100_HOURS",
    "SMALLEST",
    "Calculation",
    "CalculatorSpec",
    "InputSpec",
    "OutputSpec",
    "calculate",
    "calculator",
    "check_input",
    "check_inputs",
    "scenario_inputs",
]

#: The smallest non-zero entry any field takes: below it a value means nothing here, and
#: results would underflow (display units: a millionth of a GPU, of a day, of a watt...).
SMALLEST = 1e-6


@dataclass(frozen=True)
class InputSpec:
    """One input: its name (the scenario input it reads), display unit, scale and allowed range.

    ``scale`` turns the display value into base units (base = display × scale); ``whole`` marks a
    count (GPUs) that takes whole numbers only.
    """

    name: str
    unit: str
    scale: float
    minimum: float = 0.0
    allow_equal: bool = False
    maximum: float = 1e9
    whole: bool = False

    @property
    def scenario_key(self) -> str:
        """The scenario input this field starts from (inputs are named after them)."""
        return self.name

    def allowed(self) -> str:
        """The allowed range in words, for error messages.

        >>> CALCULATORS["cost"].input("gpus").allowed()
        'a whole number at least 1 and at most 10,000,000'
        """
        lower = "at least" if self.allow_equal else "greater than"
        kind = "a whole number" if self.whole else "a number"
        unit = f" {self.unit}" if self.unit else ""
        bounds = f"{lower} {fmt_exact(self.minimum)} and at most {fmt_exact(self.maximum)}"
        return f"{kind} {bounds}{unit}"


@dataclass(frozen=True)
class OutputSpec:
    """One result: its name and unit (the value is in this unit)."""

    name: str
    unit: str = ""


@dataclass(frozen=True)
class CalculatorSpec:
    """A calculator: its inputs, outputs, the formula that links them and its scenarios."""

    name: str
    inputs: tuple[InputSpec, ...]
    outputs: tuple[OutputSpec, ...]
    scenarios: tuple[str, ...]
    compute: Callable[[Mapping[str, float]], dict[str, float]]
    #: The sourced constants the formula compares against (besides its inputs), for exports.
    references: tuple[k.Constant, ...] = ()

    @property
    def default_scenario(self) -> str:
        """The scenario shown before the reader changes anything."""
        return self.scenarios[0]

    def output(self, name: str) -> OutputSpec:
        """The output spec called ``name``."""
        for spec in self.outputs:
            if spec.name == name:
                return spec
        raise CalcError("output", name, "one of " + ", ".join(o.name for o in self.outputs))

    def input(self, name: str) -> InputSpec:
        """The input spec called ``name``."""
        for spec in self.inputs:
            if spec.name == name:
                return spec
        raise CalcError("input", name, "one of " + ", ".join(i.name for i in self.inputs))


@dataclass(frozen=True)
class Calculation:
    """One calculation: the inputs as checked (display units) and every output (base units)."""

    calculator: str
    inputs: dict[str, float]
    outputs: dict[str, float]

    def value(self, name: str) -> float:
        """Input ``name`` in base units (display value × the field's scale)."""
        return self.inputs[name] * CALCULATORS[self.calculator].input(name).scale


# ---------------------------------------------------------------- reference values
#: At one price per GPU-hour of one GPU type, a run's cost against GPT-3's is its GPU-hours
#: against GPT-3's on that type: V100-hours as Lambda counts them (3.14e23 FLOPs at 28 TFLOP/s)
#: and A100-hours as Narayanan et al. project them (1,024 A100s × 34 days).
GPT3_V100_HOURS = q.GPT3_V100_HOURS_LAMBDA
GPT3_A100_HOURS = q.GPT3_A100_HOURS_NARAYANAN


# ---------------------------------------------------------------- the formulas
def _compute(v: Mapping[str, float]) -> dict[str, float]:
    """FLOPs = k × N × D (Kaplan et al. 2020's 6 per parameter per token by default); days =
    FLOPs ÷ (GPUs × sustained FLOP/s × 86,400 s); against GPT-3's 3.14e23 FLOPs (Brown et al.
    2020) counted at 6 per parameter per token, so that a count with recomputation (Narayanan
    et al.'s 8) does not look like a bigger model."""
    flops = training_flops(v["params"], v["tokens"], v["flops_per_param_token"])
    days = training_days(flops, v["gpus"], v["flops_per_gpu"])
    model_flops = training_flops(v["params"], v["tokens"], k.FLOPS_PER_PARAM_TOKEN.value)
    return {
        "flops": flops,
        "days": days,
        "gpu_hours": gpu_hours(v["gpus"], days),
        "utilisation": utilisation(v["flops_per_gpu"], v["peak_flops_per_gpu"]),
        "vs_gpt3": ratio(model_flops, k.GPT3_FLOPS.value, name="flops vs GPT-3"),
    }


def _cost(v: Mapping[str, float]) -> dict[str, float]:
    """cost = GPUs × days × 24 h × price; against GPT-3 at the same price on each GPU type."""
    hours = gpu_hours(v["gpus"], v["days"])
    return {
        "gpu_hours": hours,
        "cost_usd": cloud_cost_usd(hours, v["usd_per_gpu_hour"]),
        "vs_gpt3": ratio(hours, GPT3_V100_HOURS, name="cost vs GPT-3 on V100s"),
        "vs_gpt3_a100": ratio(hours, GPT3_A100_HOURS, name="cost vs GPT-3 on A100s"),
    }


def _own(v: Mapping[str, float]) -> dict[str, float]:
    """Rent or own (Cottier et al. 2024 for owning): the run's cost on each kind of price, and
    what each locks in first: nothing on demand, GPUs × the term × the rate committed, GPUs ×
    the capital per GPU owned."""
    hours = gpu_hours(v["gpus"], v["days"])
    return {
        "gpu_hours": hours,
        "cost_on_demand": cloud_cost_usd(hours, v["usd_per_gpu_hour"]),
        "cost_1yr": cloud_cost_usd(hours, v["usd_per_gpu_hour_1yr"]),
        "commit_1yr": commitment_usd(v["gpus"], v["days"], 1, v["usd_per_gpu_hour_1yr"]),
        "cost_3yr": cloud_cost_usd(hours, v["usd_per_gpu_hour_3yr"]),
        "commit_3yr": commitment_usd(v["gpus"], v["days"], 3, v["usd_per_gpu_hour_3yr"]),
        "cost_own": owner_cost_usd(hours, v["capital_per_gpu_usd"],
                                   v["depreciation_oom_per_year"], v["watts_per_gpu"], v["pue"],
                                   v["usd_per_kwh"]),
        "capital": v["gpus"] * v["capital_per_gpu_usd"],
    }


def _serving(v: Mapping[str, float]) -> dict[str, float]:
    """Serving one prompt (calc.beyond): its energy from its FLOPs at the GPU's throughput and
    power × PUE, its emissions on the grid, per million tokens, and how many such prompts take a
    training run's energy."""
    wh = serving_wh_per_prompt(v["params"], v["tokens_per_prompt"], v["peak_flops_per_gpu"],
                               v["utilisation"], v["watts_per_gpu"], v["pue"])
    return {
        "wh_per_prompt": wh,
        "gco2e_per_prompt": wh / 1000 * v["grid_gco2e_per_kwh"],
        "kwh_per_million_tokens": wh / v["tokens_per_prompt"] * 1e6 / 1000,
        "prompts_per_training": prompts_per_training_run(v["training_mwh"], wh),
    }


def gpt3_mwh_measured(pue: float) -> float:
    """GPT-3 at its V100s' measured power: 10,000 V100s × 14.8 days × 330 W (OpenAI's
    measurement with the host's share) × ``pue`` (Patterson et al. 2021; 1,287 MWh at their
    PUE of 1.10): the basis of a power per GPU measured with the host's share.

    >>> round(gpt3_mwh_measured(1.1))
    1289
    """
    return energy_mwh_for_days(k.PATTERSON_GPT3_GPUS.value, k.PATTERSON_GPT3_DAYS.value,
                               k.PATTERSON_GPT3_WATTS.value, pue)


def gpt3_mwh_at_tdp(pue: float) -> float:
    """GPT-3 at its V100s' rated power: 10,000 V100s × 14.8 days × 300 W × ``pue`` (Patterson et
    al. 2021's GPUs and days, the V100's TDP): the basis of a power per GPU given as a TDP.

    >>> round(gpt3_mwh_at_tdp(1.0), 1)
    1065.6
    """
    return energy_mwh_for_days(k.PATTERSON_GPT3_GPUS.value, k.PATTERSON_GPT3_DAYS.value,
                               k.V100_TDP_WATTS.value, pue)


def _energy(v: Mapping[str, float]) -> dict[str, float]:
    """MWh = GPUs × hours × W × PUE ÷ 10⁶; tCO2e = MWh × g/kWh ÷ 1,000; against GPT-3 on each
    power basis at the same PUE: its V100s at their measured 330 W with the host's share
    (Patterson et al. 2021), and at their rated 300 W; and a car's lifetime (Strubell et al.
    2019)."""
    mwh = energy_mwh_for_days(v["gpus"], v["days"], v["watts_per_gpu"], v["pue"])
    tonnes = emissions_tco2e(mwh, v["grid_gco2e_per_kwh"])
    return {
        "energy_mwh": mwh,
        "emissions_tco2e": tonnes,
        "vs_gpt3": ratio(mwh, gpt3_mwh_measured(v["pue"]), name="energy vs GPT-3"),
        "vs_gpt3_tdp": ratio(mwh, gpt3_mwh_at_tdp(v["pue"]), name="energy vs GPT-3 at TDP"),
        "car_lifetimes": ratio(tonnes, k.STRUBELL_CAR_LIFETIME_TCO2E.value, name="car lifetimes"),
    }


def _size(v: Mapping[str, float]) -> dict[str, float]:
    """active = total × share active per token; both against GPT-3's 175 billion, all active."""
    active = active_params(v["total_params"], v["active_fraction"])
    return {
        "active_params": active,
        "total_vs_gpt3": ratio(v["total_params"], k.GPT3_PARAMS.value, name="total vs GPT-3"),
        "active_vs_gpt3": ratio(active, k.GPT3_PARAMS.value, name="active vs GPT-3"),
    }


def _budget(v: Mapping[str, float]) -> dict[str, float]:
    """FLOPs = budget ÷ price × 3,600 s × peak × utilisation; the compute-optimal size N solves
    6 × N × (tokens per parameter × N) = FLOPs (Hoffmann et al. 2022)."""
    hours = gpu_hours_for_budget(v["budget_usd"], v["usd_per_gpu_hour"])
    flops = flops_from_gpu_hours(hours, v["peak_flops_per_gpu"] * v["utilisation"])
    opt = compute_optimal(flops, v["tokens_per_param"])
    return {
        "gpu_hours": hours,
        "flops": flops,
        "vs_gpt3": ratio(flops, k.GPT3_FLOPS.value, name="flops vs GPT-3"),
        "optimal_params": opt.params,
        "optimal_tokens": opt.tokens,
    }


# ---------------------------------------------------------------- specs
_GPUS = InputSpec("gpus", "", 1.0, minimum=1, allow_equal=True, maximum=1e7, whole=True)
_DAYS = InputSpec("days", "days", 1.0, maximum=1e7)
_PRICE = InputSpec("usd_per_gpu_hour", "USD", 1.0, maximum=1e4)
_PEAK = InputSpec("peak_flops_per_gpu", "TFLOP/s", TERA, maximum=1e5)
#: The runs after the article (calc.runs), as starting points of the cost and energy calculators.
_RUNS = RUN_SCENARIOS

CALCULATORS: dict[str, CalculatorSpec] = {
    c.name: c
    for c in (
        CalculatorSpec(
            "compute",
            (
                InputSpec("params", "billion", BILLION, maximum=1e6),
                InputSpec("tokens", "billion", BILLION, maximum=1e7),
                InputSpec("flops_per_param_token", "FLOPs", 1.0, maximum=100),
                _GPUS,
                InputSpec("flops_per_gpu", "TFLOP/s", TERA, maximum=1e5),
                _PEAK,
            ),
            (
                OutputSpec("flops", "FLOPs"),
                OutputSpec("days", "days"),
                OutputSpec("gpu_hours", "GPU-hours"),
                OutputSpec("utilisation", "fraction"),
                OutputSpec("vs_gpt3", "×"),
            ),
            ("gpt3_narayanan", "gpt3_patterson", "gpt3_lambda", "gpt3_h100_2026"),
            _compute,
            (k.GPT3_FLOPS, k.FLOPS_PER_PARAM_TOKEN),
        ),
        CalculatorSpec(
            "cost",
            (_GPUS, _DAYS, _PRICE),
            (
                OutputSpec("gpu_hours", "GPU-hours"),
                OutputSpec("cost_usd", "USD"),
                OutputSpec("vs_gpt3", "×"),
                OutputSpec("vs_gpt3_a100", "×"),
            ),
            ("m6_10t_article", "m6_10t_v100", "gpt3_patterson", "gpt3_narayanan", *_RUNS),
            _cost,
            # GPT3_V100_HOURS and GPT3_A100_HOURS, from their bases
            (k.GPT3_FLOPS, k.LAMBDA_V100_FLOP_PER_S, k.NARAYANAN_GPT3_GPUS, k.NARAYANAN_GPT3_DAYS),
        ),
        CalculatorSpec(
            "own",
            (
                _GPUS,
                _DAYS,
                _PRICE,
                InputSpec("usd_per_gpu_hour_1yr", "USD", 1.0, maximum=1e4),
                InputSpec("usd_per_gpu_hour_3yr", "USD", 1.0, maximum=1e4),
                InputSpec("capital_per_gpu_usd", "USD", 1.0, maximum=1e7),
                InputSpec("depreciation_oom_per_year", "", 1.0, maximum=2),
                InputSpec("watts_per_gpu", "W", 1.0, maximum=1e5),
                InputSpec("pue", "", 1.0, minimum=1.0, allow_equal=True, maximum=10),
                InputSpec("usd_per_kwh", "USD", 1.0, allow_equal=True, maximum=100),
            ),
            (
                OutputSpec("cost_on_demand", "USD"),
                OutputSpec("gpu_hours", "GPU-hours"),
                OutputSpec("cost_1yr", "USD"),
                OutputSpec("commit_1yr", "USD"),
                OutputSpec("cost_3yr", "USD"),
                OutputSpec("commit_3yr", "USD"),
                OutputSpec("cost_own", "USD"),
                OutputSpec("capital", "USD"),
            ),
            OWN_SCENARIOS,
            _own,
            (k.EPOCH_DEPRECIATION_OOM_PER_YEAR, k.EPOCH_INTERCONNECT_SHARE, k.EPOCH_PUE_OTHER),
        ),
        CalculatorSpec(
            "serving",
            (
                InputSpec("params", "billion", BILLION, maximum=1e6),
                InputSpec("tokens_per_prompt", "tokens", 1.0, maximum=1e7),
                _PEAK,
                InputSpec("utilisation", "%", 0.01, maximum=100),
                InputSpec("watts_per_gpu", "W", 1.0, maximum=1e5),
                InputSpec("pue", "", 1.0, minimum=1.0, allow_equal=True, maximum=10),
                InputSpec("grid_gco2e_per_kwh", "gCO2e/kWh", 1.0, allow_equal=True,
                          maximum=5000),
                InputSpec("training_mwh", "MWh", 1.0, maximum=1e9),
            ),
            (
                OutputSpec("wh_per_prompt", "Wh"),
                OutputSpec("gco2e_per_prompt", "gCO2e"),
                OutputSpec("kwh_per_million_tokens", "kWh"),
                OutputSpec("prompts_per_training", "prompts"),
            ),
            SERVING_SCENARIOS,
            _serving,
            (k.KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN, k.MLENERGY_LLAMA31_70B_J),
        ),
        CalculatorSpec(
            "energy",
            (
                _GPUS,
                _DAYS,
                InputSpec("watts_per_gpu", "W", 1.0, maximum=1e5),
                InputSpec("pue", "", 1.0, minimum=1.0, allow_equal=True, maximum=10),
                InputSpec("grid_gco2e_per_kwh", "gCO2e/kWh", 1.0, allow_equal=True,
                          maximum=5000),
            ),
            (
                OutputSpec("energy_mwh", "MWh"),
                OutputSpec("emissions_tco2e", "tCO2e"),
                OutputSpec("vs_gpt3", "×"),
                OutputSpec("vs_gpt3_tdp", "×"),
                OutputSpec("car_lifetimes", "car lifetimes"),
            ),
            ("m6_10t_article", "m6_10t_v100", "gpt3_patterson", "gpt3_narayanan",
             "gpt3_h100_2026", *_RUNS),
            _energy,
            (k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS, k.PATTERSON_GPT3_WATTS,
             k.V100_TDP_WATTS, k.STRUBELL_CAR_LIFETIME_LBS),
        ),
        CalculatorSpec(
            "size",
            (
                InputSpec("total_params", "billion", BILLION, maximum=1e6),
                InputSpec("active_fraction", "%", 0.01, maximum=100),
            ),
            (
                OutputSpec("active_params", "parameters"),
                OutputSpec("total_vs_gpt3", "×"),
                OutputSpec("active_vs_gpt3", "×"),
            ),
            ("m6_10t_article", "gpt3_patterson"),
            _size,
            (k.GPT3_PARAMS,),
        ),
        CalculatorSpec(
            "budget",
            (
                InputSpec("budget_usd", "USD", 1.0, maximum=1e12),
                _PRICE,
                _PEAK,
                InputSpec("utilisation", "%", 0.01, maximum=100),
                InputSpec("tokens_per_param", "tokens", 1.0, maximum=1e4),
            ),
            (
                OutputSpec("gpu_hours", "GPU-hours"),
                OutputSpec("flops", "FLOPs"),
                OutputSpec("vs_gpt3", "×"),
                OutputSpec("optimal_params", "parameters"),
                OutputSpec("optimal_tokens", "tokens"),
            ),
            ("budget_gpt3_a100", "budget_m6_a100", "budget_gpt3_v100"),
            _budget,
            (k.GPT3_FLOPS, k.FLOPS_PER_PARAM_TOKEN, k.CHINCHILLA_TOKENS_PER_PARAM),
        ),
    )
}


def calculator(calculator_name: str) -> CalculatorSpec:
    """The calculator called ``calculator_name``, or :class:`CalcError` naming the ones there are.

    >>> calculator("cost").default_scenario
    'm6_10t_article'
    """
    if calculator_name not in CALCULATORS:
        raise CalcError("calculator", calculator_name, "one of " + ", ".join(CALCULATORS))
    return CALCULATORS[calculator_name]


def scenario_inputs(calculator_name: str, scenario_key: str) -> dict[str, float]:
    """Default inputs (display units) of a calculator for a scenario.

    >>> scenario_inputs("cost", "m6_10t_article")
    {'gpus': 512.0, 'days': 10.0, 'usd_per_gpu_hour': 2.5}
    """
    spec = calculator(calculator_name)
    if scenario_key not in spec.scenarios:
        raise CalcError("scenario", scenario_key, "one of " + ", ".join(spec.scenarios))
    scenario = SCENARIOS[scenario_key]  # every scenario a calculator lists exists (tested)
    return {i.name: _display(scenario.value(i.scenario_key) / i.scale) for i in spec.inputs}


def _display(x: float) -> float:
    """A default as a reader would type it: 5 significant figures (0.78324, not 0.7832375...)."""
    return float(f"{x:.5g}")


def check_input(field: InputSpec, value: object) -> float:
    """``value`` (display units) as a float inside the field's range, or :class:`CalcError`.

    >>> f = CALCULATORS["energy"].input("grid_gco2e_per_kwh")
    >>> check_input(f, 0), check_input(f, 429)
    (0.0, 429.0)
    >>> check_input(f, 1e-9)
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: grid_gco2e_per_kwh must be 0 or at least 1 × 10⁻⁶ gCO2e/kWh (got 1e-09)
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CalcError(field.name, value, field.allowed())
    try:
        number = float(value) + 0.0  # + 0.0 turns -0 into 0
    except OverflowError:  # an int too large for a float
        raise CalcError(field.name, value, field.allowed()) from None
    too_low = number < field.minimum if field.allow_equal else number <= field.minimum
    if math.isnan(number) or math.isinf(number) or too_low or number > field.maximum:
        raise CalcError(field.name, number, field.allowed())
    if field.whole and not number.is_integer():
        raise CalcError(field.name, number, field.allowed())
    if 0 < abs(number) < SMALLEST:
        unit = f" {field.unit}" if field.unit else ""
        smallest = fmt_exact(SMALLEST) + unit
        raise CalcError(field.name, number, f"0 or at least {smallest}" if field.allow_equal
                        else f"at least {smallest}: smaller values mean nothing here")
    return number


def check_inputs(calculator_name: str, inputs: Mapping[str, object]) -> dict[str, float]:
    """Every input of a calculator checked (:func:`check_input`), then the rule that ties two
    of them: a chip never sustains more than its datasheet peak.

    >>> check_inputs("compute", {**scenario_inputs("compute", "gpt3_lambda"),
    ...                          "flops_per_gpu": 500, "peak_flops_per_gpu": 125})
    Traceback (most recent call last):
    ...
    calc.errors.CalcError: flops_per_gpu must be at most peak_flops_per_gpu (got 500.0)
    """
    spec = calculator(calculator_name)
    missing = [f.name for f in spec.inputs if f.name not in inputs]
    if missing:
        raise CalcError(missing[0], None, "given")
    values = {f.name: check_input(f, inputs[f.name]) for f in spec.inputs}
    sustained, peak = values.get("flops_per_gpu"), values.get("peak_flops_per_gpu")
    if sustained is not None and peak is not None and sustained > peak:
        raise CalcError("flops_per_gpu", sustained, "at most peak_flops_per_gpu")
    return values


#: How many times each calculator's formulas actually ran, not answered from
#: :func:`calculate`'s cache: tests read it to check that one edit computes each distinct set of
#: inputs once.
COMPUTED: Counter[str] = Counter()


def calculate(calculator_name: str, inputs: Mapping[str, object]) -> Calculation:
    """Check a calculator's inputs (display units) and compute every output (base units).

    Raises :class:`CalcError` for an input outside its range, for a sustained throughput above
    the peak, and for inputs whose results together are too large or too small for a float.
    The same inputs are computed once (the ranges, the chart and the export ask again for
    numbers already computed); each call gets its own copy of the result.
    """
    values = check_inputs(calculator_name, inputs)
    spec = calculator(calculator_name)
    outputs = _calculate_once(calculator_name, tuple(values[f.name] for f in spec.inputs))
    return Calculation(calculator_name, values, dict(outputs))


@functools.lru_cache(maxsize=1024)
def _calculate_once(calculator_name: str, display: tuple[float, ...]) -> dict[str, float]:
    COMPUTED[calculator_name] += 1
    spec = CALCULATORS[calculator_name]
    base = {f.name: v * f.scale for f, v in zip(spec.inputs, display, strict=True)}
    return spec.compute(base)
