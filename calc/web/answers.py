"""What a calculator shows: its labels, a reader's typed entries read, results as text, the
formula with the numbers filled in, and every error as a sentence next to its field.

The numbers come from :func:`calc.calculators.calculate`; this module only reads what a reader
typed and writes what a page shows. :func:`run` is the one JSON-ready answer the page and the
browser's worker use, so both always agree.

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
from collections.abc import Callable, Mapping
from typing import TypedDict

from .. import constants as k
from ..calculators import (
    CALCULATORS,
    GPT3_A100_HOURS,
    GPT3_V100_HOURS,
    Calculation,
    CalculatorSpec,
    InputSpec,
    calculate,
    calculator,
    check_input,
    check_inputs,
)
from ..errors import CalcError
from ..formatting import (
    fmt_count,
    fmt_exact,
    fmt_multiple,
    fmt_percent,
    fmt_power_of_ten,
    fmt_price,
    fmt_quantity,
    fmt_usd,
)
from ..units import (
    DAYS_PER_YEAR,
    GRAMS_PER_TONNE,
    HOURS_PER_DAY,
    KWH_PER_MWH,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    TERA,
    WATTS_PER_KW,
)

__all__ = [
    "TITLES",
    "Answer",
    "input_label",
    "message",
    "output_label",
    "output_texts",
    "read_inputs",
    "read_number",
    "run",
]

# ---------------------------------------------------------------- labels
#: Each calculator's title.
TITLES: dict[str, str] = {
    "compute": "Training compute and time",
    "cost": "Cloud cost of one training run",
    "energy": "Energy and emissions",
    "size": "Parameters: total against active per token",
    "budget": "What a budget buys",
}

#: Each input's label (an input keeps its name, and its label, in every calculator it is in).
INPUT_LABELS: dict[str, str] = {
    "params": "Parameters (active per token)",
    "tokens": "Training tokens",
    "flops_per_param_token": "FLOPs per parameter per token",
    "gpus": "GPUs",
    "flops_per_gpu": "Sustained throughput per GPU",
    "peak_flops_per_gpu": "Peak throughput per GPU (datasheet)",
    "days": "Training time",
    "usd_per_gpu_hour": "Price per GPU-hour",
    "watts_per_gpu": "Average power per GPU",
    "pue": "PUE (facility ÷ IT energy)",
    "grid_gco2e_per_kwh": "Grid carbon intensity",
    "total_params": "Total parameters",
    "active_fraction": "Share of parameters active per token",
    "budget_usd": "Budget",
    "utilisation": "Utilisation (share of peak, in model FLOPs)",
    "tokens_per_param": (
        f"Tokens per parameter (Chinchilla: {fmt_count(k.CHINCHILLA_TOKENS_PER_PARAM.value)})"
    ),
}

#: Each output's label, by calculator (the same name can mean another thing elsewhere).
OUTPUT_LABELS: dict[str, dict[str, str]] = {
    "compute": {
        "flops": "Training compute",
        "days": "Wall-clock time",
        "gpu_hours": "GPU-hours",
        "utilisation": "Utilisation (sustained ÷ peak)",
        "vs_gpt3": "Compared with GPT-3",
    },
    "cost": {
        "gpu_hours": "GPU-hours",
        "cost_usd": "Rental cost",
        "vs_gpt3": "If these are V100-hours: against GPT-3 on V100s, same price",
        "vs_gpt3_a100": "If these are A100-hours: against GPT-3 on A100s, same price",
    },
    "energy": {
        "energy_mwh": "Facility energy",
        "emissions_tco2e": "Emissions",
        "vs_gpt3": "If your power is measured with the host's share: against GPT-3's V100s at "
        f"their measured {fmt_quantity(k.PATTERSON_GPT3_WATTS.value, 'W')}, same PUE",
        "vs_gpt3_tdp": "If your power is a chip's rated power (TDP): against GPT-3 at its V100s' "
        "TDP, same PUE",
        "car_lifetimes": "Car lifetimes (Strubell)",
    },
    "size": {
        "active_params": "Active parameters per token",
        "total_vs_gpt3": "Total parameters vs GPT-3",
        "active_vs_gpt3": "Compute per token vs GPT-3",
    },
    "budget": {
        "gpu_hours": "GPU-hours bought",
        "flops": "Training compute",
        "vs_gpt3": "Compared with GPT-3",
        "optimal_params": "Compute-optimal model size",
        "optimal_tokens": "Compute-optimal training tokens",
    },
}

def input_label(field: InputSpec | str) -> str:
    """The label of an input field.

    >>> input_label("pue")
    'PUE (facility ÷ IT energy)'
    """
    name = field if isinstance(field, str) else field.name
    if name not in INPUT_LABELS:
        raise CalcError("input", name, "one of " + ", ".join(INPUT_LABELS))
    return INPUT_LABELS[name]


def output_label(calculator_name: str, output_name: str) -> str:
    """The label of one result of a calculator.

    >>> output_label("energy", "car_lifetimes")
    'Car lifetimes (Strubell)'
    """
    calculator(calculator_name).output(output_name)  # CalcError for an unknown name
    return OUTPUT_LABELS[calculator_name][output_name]


# ---------------------------------------------------------------- reading what a reader typed
#: Commas only as thousands separators ("5,000", "1,234.5"); "0,5" is not read as 5.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_REQUIRED = "filled in"


def read_number(field: InputSpec, raw: str | float | None) -> float:
    """A reader's entry, in the field's own unit, checked against the field's range.

    Commas may only separate thousands; underscores only group digits, as in Python; a
    typographic minus is a minus. Raises :class:`CalcError` (see :func:`message`).

    >>> f = CALCULATORS["cost"].input("gpus")
    >>> read_number(f, "5,000"), read_number(f, " 1_024 ")
    (5000.0, 1024.0)
    >>> for typed in ("0,5", "2__5"):
    ...     try:
    ...         read_number(f, typed)
    ...     except CalcError as err:
    ...         print(err.allowed)
    a number with a point for decimals (0.5, not 0,5); commas only separate thousands
    a whole number at least 1 and at most 10,000,000
    """
    text = raw if isinstance(raw, str) else ("" if raw is None else repr(raw))
    typed = text.strip().replace("\u2212", "-")
    if typed == "":
        raise CalcError(field.name, raw, _REQUIRED)
    if "," in typed:
        if not _THOUSANDS.fullmatch(typed):
            raise CalcError(
                field.name, raw,
                "a number with a point for decimals (0.5, not 0,5); commas only separate "
                "thousands",
            )
        typed = typed.replace(",", "")
    try:
        value = float(typed)  # Python's own rules for "_"
    except ValueError:
        raise CalcError(field.name, raw, field.allowed()) from None
    try:
        return check_input(field, value)
    except CalcError as err:
        raise CalcError(field.name, raw, err.allowed) from None


_ECHO_CHARS = 24  # how much of a long entry a message repeats


def message(field: InputSpec, err: CalcError, typed: object | None = None) -> str:
    """The sentence shown next to a field; a long entry is repeated only in part.

    >>> f = CALCULATORS["cost"].input("days")
    >>> message(f, CalcError("days", "9" * 60, "a number"))
    'Training time must be a number (you typed “999999999999999999999999…”, 60 characters).'
    """
    label = input_label(field)
    if err.allowed == _REQUIRED:
        return f"{label} is required."
    shown = str(err.value if typed is None else typed)
    if len(shown) > _ECHO_CHARS:
        shown = f"{shown[:_ECHO_CHARS]}…”, {len(shown)} characters"
    else:
        shown += "”"
    return f"{label} must be {err.allowed} (you typed “{shown})."


def _pair_messages(spec: CalculatorSpec, values: Mapping[str, float]) -> dict[str, str]:
    """A sustained throughput above the peak marks both fields, each in its own words."""
    high, low = spec.input("flops_per_gpu"), spec.input("peak_flops_per_gpu")
    shown_high = fmt_exact(values[high.name], high.unit)
    shown_low = fmt_exact(values[low.name], low.unit)
    why = "no chip sustains more than its datasheet peak."
    return {
        high.name: f"{input_label(high)} cannot exceed the peak you entered ({shown_low}): {why}",
        low.name: (
            f"{input_label(low)} cannot be below the sustained throughput you entered "
            f"({shown_high}): {why}"
        ),
    }


TOO_EXTREME = (
    "These inputs together give a result too large or too small to compute; bring the most "
    "extreme field closer to the defaults."
)

Raw = str | float | int | None


def read_inputs(
    calculator_name: str, inputs: Mapping[str, Raw]
) -> tuple[dict[str, float], dict[str, str]]:
    """Every field read (:func:`read_number`): the values that read, and a message for each that
    did not, by field name."""
    spec = calculator(calculator_name)
    values: dict[str, float] = {}
    errors: dict[str, str] = {}
    for field in spec.inputs:
        raw = inputs.get(field.name)
        try:
            values[field.name] = read_number(field, raw)
        except CalcError as err:
            errors[field.name] = message(field, err, raw)
    return values, errors


# ---------------------------------------------------------------- results as text
def _fmt_days(days: float) -> str:
    if days >= DAYS_PER_YEAR * 10:
        return fmt_quantity(days / DAYS_PER_YEAR, "years")
    return fmt_quantity(days, "days")


def _share(share: float, what: str) -> str:
    """``3.9% of <what>`` below one, ``2.1× <what>`` above."""
    return f"{fmt_percent(share)} of {what}" if share < 1 else f"{fmt_multiple(share)} {what}"


def _same_price(share: float, gpt3_hours: float, gpu: str) -> str:
    """"3.9% of GPT-3's cost on V100s at this price (3.12 million V100-hours)"."""
    return _share(share, f"GPT-3's cost on {gpu}s at this price ({fmt_count(gpt3_hours)} "
                         f"{gpu}-hours)")


def _compute_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    rule = k.FLOPS_PER_PARAM_TOKEN.value
    compared = fmt_multiple(out["vs_gpt3"]) + " GPT-3's compute"
    if inputs["flops_per_param_token"] != rule:
        compared += f" (both counted at {fmt_count(rule)} FLOPs per parameter per token)"
    return {
        "flops": fmt_quantity(out["flops"], "FLOPs"),
        "days": _fmt_days(out["days"]),
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "utilisation": fmt_percent(out["utilisation"]),
        "vs_gpt3": compared,
    }


def _cost_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "cost_usd": fmt_usd(out["cost_usd"]),
        "vs_gpt3": _same_price(out["vs_gpt3"], GPT3_V100_HOURS, "V100"),
        "vs_gpt3_a100": _same_price(out["vs_gpt3_a100"], GPT3_A100_HOURS, "A100"),
    }


def _energy_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "energy_mwh": fmt_quantity(out["energy_mwh"], "MWh"),
        "emissions_tco2e": fmt_quantity(out["emissions_tco2e"], "tCO2e"),
        "vs_gpt3": _share(out["vs_gpt3"], "GPT-3's energy at its measured power"),
        "vs_gpt3_tdp": _share(out["vs_gpt3_tdp"], "GPT-3's energy at its V100s' TDP"),
        "car_lifetimes": fmt_quantity(out["car_lifetimes"], "car lifetimes (Strubell)", 2),
    }


def _size_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "active_params": fmt_count(out["active_params"]) + " parameters per token",
        "total_vs_gpt3": fmt_multiple(out["total_vs_gpt3"]) + " GPT-3 (total parameters)",
        "active_vs_gpt3": fmt_multiple(out["active_vs_gpt3"]) + " GPT-3 (compute per token)",
    }


def _budget_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "flops": fmt_quantity(out["flops"], "FLOPs"),
        "vs_gpt3": fmt_multiple(out["vs_gpt3"]) + " GPT-3's compute",
        "optimal_params": fmt_count(out["optimal_params"]) + " parameters",
        "optimal_tokens": fmt_count(out["optimal_tokens"]) + " tokens",
    }


Texts = Callable[[Mapping[str, float], Mapping[str, float]], dict[str, str]]
_TEXTS: dict[str, Texts] = {
    "compute": _compute_texts,
    "cost": _cost_texts,
    "energy": _energy_texts,
    "size": _size_texts,
    "budget": _budget_texts,
}


def output_texts(
    calculator_name: str, outputs: Mapping[str, float], inputs: Mapping[str, float]
) -> dict[str, str]:
    """Every output of a calculation as a reader reads it (``inputs`` in display units).

    >>> c = calculate("energy", {"gpus": 512, "days": 10, "watts_per_gpu": 350, "pue": 1.1,
    ...                          "grid_gco2e_per_kwh": 429})
    >>> output_texts("energy", c.outputs, c.inputs)["vs_gpt3"]
    "3.7% of GPT-3's energy at its measured power"
    """
    return _TEXTS[calculator_name](outputs, inputs)


# ---------------------------------------------------------------- the formula, filled in
def _num(value: float) -> str:
    """A number inside a formula: digits grouped, never Python's 1e+06.

    >>> _num(1e6), _num(1e-6), _num(2.5), _num(24_000_000.0)
    ('1,000,000', '1 × 10⁻⁶', '2.5', '24,000,000')
    """
    return fmt_exact(value)


def _compute_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"FLOPs = {_num(v['flops_per_param_token'])} × {fmt_count(c.value('params'), 12)} "
        f"parameters × {fmt_count(c.value('tokens'), 12)} tokens; days = FLOPs ÷ "
        f"({fmt_count(v['gpus'])} GPUs × {_num(v['flops_per_gpu'])} TFLOP/s × "
        f"{_num(SECONDS_PER_DAY)} s)"
    )


def _cost_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"cost = {fmt_count(v['gpus'])} GPUs × {_num(v['days'])} days × {_num(HOURS_PER_DAY)} h "
        f"× {fmt_price(v['usd_per_gpu_hour'])} per GPU-hour"
    )


def _energy_formula(c: Calculation) -> str:
    v = c.inputs
    watts_per_mw = fmt_power_of_ten(round(math.log10(WATTS_PER_KW * KWH_PER_MWH)))
    return (
        f"MWh = {fmt_count(v['gpus'])} GPUs × {_num(v['days'] * HOURS_PER_DAY)} h × "
        f"{_num(v['watts_per_gpu'])} W × PUE {_num(v['pue'])} ÷ {watts_per_mw}; "
        f"tCO2e = MWh × {_num(v['grid_gco2e_per_kwh'])} g/kWh ÷ "
        f"{_num(GRAMS_PER_TONNE / KWH_PER_MWH)}"
    )


def _size_formula(c: Calculation) -> str:
    return (
        f"active = {fmt_count(c.value('total_params'))} × "
        f"{fmt_percent(c.value('active_fraction'), 3)}; "
        f"GPT-3 = {fmt_count(k.GPT3_PARAMS.value)} parameters, all active"
    )


def _budget_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"FLOPs = {fmt_usd(v['budget_usd'])} ÷ {fmt_price(v['usd_per_gpu_hour'])}/GPU-hour × "
        f"{_num(SECONDS_PER_HOUR)} s × {_num(c.value('peak_flops_per_gpu') / TERA)} TFLOP/s × "
        f"{fmt_percent(c.value('utilisation'), 3)}; N = √(FLOPs ÷ "
        f"({fmt_count(k.FLOPS_PER_PARAM_TOKEN.value)} × {_num(v['tokens_per_param'])}))"
    )


_FORMULAS: dict[str, Callable[[Calculation], str]] = {
    "compute": _compute_formula,
    "cost": _cost_formula,
    "energy": _energy_formula,
    "size": _size_formula,
    "budget": _budget_formula,
}


# ---------------------------------------------------------------- the one answer
class OutputText(TypedDict):
    """One result: its value (base units) and the text a reader sees."""

    value: float
    text: str


class Answer(TypedDict):
    """A calculator's answer as the page receives it (JSON)."""

    ok: bool
    outputs: dict[str, OutputText]
    errors: dict[str, str]
    formula: str


def answer_of(c: Calculation) -> Answer:
    """A calculation as the page shows it: every output with its text, and the formula."""
    texts = output_texts(c.calculator, c.outputs, c.inputs)
    return {
        "ok": True,
        "outputs": {n: {"value": v, "text": texts[n]} for n, v in c.outputs.items()},
        "errors": {},
        "formula": _FORMULAS[c.calculator](c),
    }


def run(calculator_name: str, inputs: Mapping[str, Raw]) -> Answer:
    """Read a reader's inputs and answer with every output of one calculator.

    ``ok``, ``outputs`` (name → value and text), ``errors`` (field name → a sentence naming the
    field and its allowed range) and ``formula`` (with the numbers filled in). With any error,
    ``ok`` is false and ``outputs`` is empty; nothing is ever NaN. The same typed entries are
    answered once; each call gets its own copy.
    """
    spec = calculator(calculator_name)
    key = tuple(inputs.get(field.name) for field in spec.inputs)
    return copy.deepcopy(_run_once(calculator_name, key))


def failure(errors: dict[str, str]) -> Answer:
    """An answer that shows only messages."""
    return {"ok": False, "outputs": {}, "errors": errors, "formula": ""}


@functools.lru_cache(maxsize=1024, typed=True)  # typed: True and 1 are different entries
def _run_once(calculator_name: str, raw: tuple[Raw, ...]) -> Answer:
    spec = CALCULATORS[calculator_name]
    values, errors = read_inputs(calculator_name, dict(zip((f.name for f in spec.inputs), raw,
                                                           strict=True)))
    if errors:
        return failure(errors)
    try:
        check_inputs(calculator_name, values)
    except CalcError:  # each field is fine alone: the rule that ties two of them is broken
        return failure(_pair_messages(spec, values))
    try:
        return answer_of(calculate(calculator_name, values))
    except CalcError:  # a result out of range from extreme (but individually valid) inputs
        return failure({spec.inputs[0].name: TOO_EXTREME})
