"""What a calculator shows: its labels, a reader's typed entries read, results as text, the
formula with the numbers filled in, and every error as a sentence next to its field.

The numbers come from :func:`calc.calculators.calculate`, and each calculator's words (labels,
result texts, formula) from its page spec in :mod:`calc.web.calculator_pages`; this module reads
what a reader typed and puts together what a page shows. :func:`run` is the one JSON-ready
answer the page and the browser's worker use, so both always agree.

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
import re
from collections.abc import Mapping
from typing import TypedDict

from ..calculators import (
    CALCULATORS,
    Calculation,
    CalculatorSpec,
    InputSpec,
    calculate,
    calculator,
    check_input,
    check_inputs,
)
from ..errors import CalcError
from ..formatting import fmt_exact
from .calculator_pages import INPUT_LABELS, page

__all__ = [
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
    return page(calculator_name).output_label(output_name)  # CalcError for an unknown name


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
def output_texts(
    calculator_name: str, outputs: Mapping[str, float], inputs: Mapping[str, float]
) -> dict[str, str]:
    """Every output of a calculation as a reader reads it (``inputs`` in display units).

    >>> c = calculate("energy", {"gpus": 512, "days": 10, "watts_per_gpu": 350, "pue": 1.1,
    ...                          "grid_gco2e_per_kwh": 429})
    >>> output_texts("energy", c.outputs, c.inputs)["vs_gpt3"]
    "3.7% of GPT-3's energy at its measured power"
    """
    return page(calculator_name).texts(outputs, inputs)


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
        "formula": page(c.calculator).formula(c),
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
