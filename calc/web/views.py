"""JSON-friendly answers for the interactive page parts: solver forms, ranges, charts, export.

The browser (Pyodide) and the build-time renderer call these same functions, so a page without
JavaScript shows what the browser would. Every function returns a dict of strings, numbers,
lists and dicts that :func:`json.dumps` accepts with ``allow_nan=False``. A reader's bad entry
comes back as ``{"ok": False, ...}`` with a sentence, never as an exception; an unknown
calculator, claim or function name (a caller's mistake, not a reader's) raises
:class:`~calc.errors.CalcError`.

>>> s = solve_view("m6_cost_arithmetic", "usd_per_gpu_hour")
>>> s["ok"], s["value_text"], s["judgement"]
(True, '$2.50', 'plausible')
>>> solve_view("m6_10t_energy", "pue")["ok"]
False
>>> c = chart_view("energy", {"gpus": "512", "days": "10", "watts_per_gpu": "350",
...                           "pue": "1.1", "grid_gco2e_per_kwh": "429"})
>>> [row["label"] for row in c["rows"]][:2], c["scale"]
(['Your numbers', "GPT-3 (Patterson's inputs)"], 'logarithmic')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from ..calculators import calculator, scenario_inputs
from ..errors import CalcError
from ..formatting import fmt_count, fmt_percent, fmt_usd
from ..scenarios import SCENARIOS
from ..solver import claim_model, solve
from ..uncertainty import Sensitivity, default_ranges, run_range
from .answers import TOO_EXTREME, input_label, output_label, output_texts, read_inputs, run
from .calculator_pages import PAGES, ChartSpec, page
from .export import export
from .svgchart import bar_chart_svg

__all__ = [
    "call",
    "chart_view",
    "export_view",
    "fmt_input_value",
    "ranges_view",
    "solve_view",
]

Inputs = Mapping[str, str | float]


def fmt_input_value(value: float, unit: str) -> str:
    """A solver value with its unit, three significant figures.

    >>> fmt_input_value(95.21484375, "W"), fmt_input_value(2.5, "USD")
    ('95.2 W', '$2.50')
    >>> fmt_input_value(8.75e12, "parameters"), fmt_input_value(0.3, "")
    ('8.75 trillion parameters', '0.3')
    """
    if unit == "USD":
        return fmt_usd(value) if value >= 100 else f"${value:.2f}"  # a price: to the cent
    return f"{fmt_count(value)} {unit}".strip()


def solve_view(
    claim_id: str, input_name: str, overrides: Mapping[str, float] | None = None
) -> dict[str, Any]:
    """:func:`calc.solver.solve` as plain data, with the texts a page shows.

    An impossible target gives ``ok`` false and ``message`` (never a negative, NaN or infinity).

    >>> print(solve_view("m6_10t_energy", "pue")["message"])  # doctest: +ELLIPSIS
    No PUE can make this claim true: it would need 0.3, and a PUE is never below 1. The other ...
    """
    model = claim_model(claim_id)
    spec = model.input(input_name)
    base: dict[str, Any] = {
        "claim": claim_id,
        "input": input_name,
        "label": spec.label,
        "unit": spec.unit,
        "target_text": model.target_text,
        "basis": spec.basis,
        "range_text": _range_text(spec.low, spec.high, spec.unit),
    }
    held = [
        f"{i.label} {fmt_input_value((dict(overrides or {})).get(i.name, i.value), i.unit)}"
        for i in model.inputs
        if i.name != input_name
    ]
    held_text = f" The other inputs are held at: {'; '.join(held)}." if held else ""
    try:
        s = solve(claim_id, input_name, overrides)
    except CalcError as err:  # an input held at a value outside its own domain
        if err.argument in model.defaults():
            what = model.input(err.argument).label
        else:  # a result of the formula, out of range: the held inputs together
            what = "The inputs held"
            err = CalcError(err.argument, err.value, "values that give a finite result")
        return base | {"ok": False, "message": f"{what} must be {err.allowed}.{held_text}"}
    if not s.possible:
        floor = "below" if spec.allow_equal else "at or below"
        needed = fmt_input_value(float(f"{s.value:.2g}"), spec.unit)
        return base | {
            "ok": False,
            "message": f"No {spec.label} can make this claim true: it would need {needed}, "
            f"and a {spec.label} is never {floor} {fmt_input_value(spec.minimum, spec.unit)}."
            + held_text,
        }
    return base | {
        "ok": True,
        "value": s.value,
        "value_text": fmt_input_value(s.value, spec.unit),
        "judgement": s.judgement,
        "sentence": f"{s.judgement.capitalize()}: {s.sentence}.{held_text}",
    }


def _range_text(low: float, high: float, unit: str) -> str:
    if low == high:
        return fmt_input_value(low, unit)
    lo, hi = fmt_input_value(low, unit), fmt_input_value(high, unit)
    return f"{lo} to {hi}"


def ranges_view(calculator_name: str, inputs: Inputs, scenario_key: str) -> dict[str, Any]:
    """Outputs of a calculator over the default ranges of ``scenario_key``'s uncertain inputs.

    The ranged inputs' own values are replaced by ranges that include the value typed (as
    :func:`calc.uncertainty.default_ranges` does for the scenario's own value).

    >>> r = ranges_view("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"},
    ...                 "m6_10t_article")
    >>> r["ok"], r["outputs"]["cost_usd"]["text"]
    (True, '$178,176 to $503,808')
    >>> r["sensitivity"][0]["text"]
    'Price per GPU-hour moves rental cost by 110% of its central value'
    """
    spec = calculator(calculator_name)
    central = run(calculator_name, inputs)
    if not central["ok"]:
        return {
            "ok": False,
            "errors": central["errors"],
            "outputs": {},
            "sensitivity": [],
            "ranges": {},
        }
    scenario = scenario_key if scenario_key in spec.scenarios else spec.default_scenario
    typed, _ = read_inputs(calculator_name, inputs)  # every field reads: the answer was ok
    ranges: dict[str, tuple[float, float]] = {}
    shown: dict[str, dict[str, Any]] = {}
    for name, r in default_ranges(calculator_name, scenario).items():
        lo, hi = min(r.low, typed[name]), max(r.high, typed[name])
        ranges[name] = (lo, hi)
        shown[name] = {
            "label": input_label(name),
            "low": lo,
            "high": hi,
            "note": r.note,
            "text": _range_text(lo, hi, spec.input(name).unit),
        }
    try:
        result = run_range(calculator_name, typed, ranges)
    except CalcError:  # a corner of the box out of range from extreme (but valid) inputs
        first = spec.inputs[0].name
        return {"ok": False, "errors": {first: TOO_EXTREME}, "outputs": {}, "sensitivity": [],
                "ranges": shown}
    primary = page(calculator_name).primary
    labels = {o.name: _lower_first(output_label(calculator_name, o.name)) for o in spec.outputs}
    label = labels[primary]

    def effect(row: Sensitivity) -> str:
        if row.relative_spread > 0:
            return (f"{labels[row.output]} by {fmt_percent(row.relative_spread)} of its central "
                    "value")
        return f"{labels[row.output]}, whose central value is zero"

    def moves(row: Sensitivity) -> str:
        name = input_label(row.input)
        if row.moves:
            return f"{name} moves {effect(row)}"
        # An input that leaves the charted output alone (grid intensity and energy): say what it
        # does move, the first such result in the calculator's order, rather than "by 0%".
        for out in spec.outputs:
            other = next(r for r in result.sensitivity(out.name) if r.input == row.input)
            if other.moves:
                return f"{name} does not change {label}; it moves {effect(other)}"
        return f"{name} moves none of the results"

    sens = [
        {
            "input": row.input,
            "label": input_label(row.input),
            "relative_spread": row.relative_spread,
            "text": moves(row),
        }
        for row in result.sensitivity(primary)
    ]
    low = output_texts(calculator_name, {n: s.low for n, s in result.outputs.items()}, typed)
    high = output_texts(calculator_name, {n: s.high for n, s in result.outputs.items()}, typed)
    outputs = {
        name: {
            "low": spread.low,
            "central": spread.central,
            "high": spread.high,
            "text": low[name] if low[name] == high[name] else f"{low[name]} to {high[name]}",
            "label": output_label(calculator_name, name),
        }
        for name, spread in result.outputs.items()
    }
    return {
        "ok": True,
        "errors": {},
        "outputs": outputs,
        "sensitivity": sens,
        "ranges": shown,
    }


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------- charts
@functools.lru_cache(maxsize=256)
def _reference_rows(
    calculator_name: str, chart: ChartSpec, shared: tuple[tuple[str, str | float], ...]
) -> tuple[dict[str, Any], ...]:
    """The chart's reference bars, computed once per page (and per price, for the cost chart)."""
    output = chart.output
    rows = []
    for key in chart.references:
        r = run(calculator_name, {**scenario_inputs(calculator_name, key), **dict(shared)})
        rows.append({
            "key": key,
            "label": SCENARIOS[key].short_title + chart.shared_label,
            "value": r["outputs"][output]["value"],
            "text": r["outputs"][output]["text"],
        })
    return tuple(rows)


def _chart(calculator_name: str) -> ChartSpec:
    """The chart of a calculator that has one, or :class:`CalcError` naming those that do."""
    chart = page(calculator_name).chart
    if chart is None:
        raise CalcError("calculator", calculator_name, "one with a chart: "
                        + ", ".join(n for n, p in PAGES.items() if p.chart is not None))
    return chart


def chart_view(calculator_name: str, inputs: Inputs) -> dict[str, Any]:
    """The reader's numbers beside the reference scenarios, as rows for a chart and a table.

    The scale is logarithmic when the largest bar is over 20 times the smallest.

    >>> c = chart_view("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"})
    >>> [(row["label"], row["text"]) for row in c["rows"]][0]
    ('Your numbers', '$307,200')
    """
    p = page(calculator_name)
    chart = _chart(calculator_name)
    output, axis = chart.output, chart.axis
    mine = run(calculator_name, inputs)
    if not mine["ok"]:
        return {"ok": False, "errors": mine["errors"], "rows": []}
    rows: list[dict[str, Any]] = [
        {
            "key": "reader",
            "label": "Your numbers",
            "value": mine["outputs"][output]["value"],
            "text": mine["outputs"][output]["text"],
        }
    ]
    shared = tuple((n, inputs[n]) for n in chart.shared)
    rows.extend(dict(row) for row in _reference_rows(calculator_name, chart, shared))
    values = [float(row["value"]) for row in rows]
    scale = "logarithmic" if max(values) > 20 * min(values) else "linear"
    if scale == "linear":
        axis = axis.replace(", logarithmic scale", "")
    summary = f"{axis}. " + "; ".join(f"{row['label']}: {row['text']}" for row in rows) + "."
    svg = bar_chart_svg(rows, scale=scale, title=axis, summary=summary,
                        chart_id=f"chart-{calculator_name}")
    return {
        "ok": True,
        "errors": {},
        "rows": rows,
        "unit": p.model.output(output).unit,
        "scale": scale,
        "axis": axis,
        "note": chart.note,
        "summary": summary,
        "svg": svg,
    }


def export_view(calculator_name: str, inputs: Inputs, scenario_key: str | None) -> dict[str, Any]:
    """:func:`calc.web.export.export` without the nested dict (the page needs the texts only).

    >>> e = export_view("cost", {"gpus": "x", "days": "10", "usd_per_gpu_hour": "2.5"}, None)
    >>> e["ok"], e["message"].startswith("Nothing exported: GPUs must be a whole number")
    (False, True)
    """
    out = export(calculator_name, inputs, scenario_key)
    if not out["ok"]:
        reasons = " ".join(str(v) for v in out["errors"].values())
        return {"ok": False, "errors": out["errors"], "message": f"Nothing exported: {reasons}"}
    return {
        "ok": True,
        "errors": {},
        "json_text": out["json_text"],
        "csv": out["csv"],
        "filename": f"green-ai-{calculator_name}-calc-{out['json']['calc_version']}",
    }


def answer_view(
    calculator_name: str,
    inputs: Inputs,
    scenario_key: str,
    with_ranges: bool = False,
    with_chart: bool = False,
) -> dict[str, Any]:
    """Everything a calculator shows after one edit, from one call: the results and formula,
    and, when asked for, the low–high ranges and the chart's rows.

    Each distinct set of inputs is computed once (:func:`calc.calculators.calculate` and
    :func:`calc.web.answers.run` cache), so the ranges reuse the central answer and the chart's
    reference scenarios are computed once per page, not on every keystroke.

    >>> a = answer_view("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"},
    ...                 "m6_10t_article", with_ranges=True, with_chart=True)
    >>> a["result"]["outputs"]["cost_usd"]["text"], a["ranges"]["ok"], a["chart"]["ok"]
    ('$307,200', True, True)
    >>> answer_view("cost", {"gpus": "x", "days": "10", "usd_per_gpu_hour": "2.5"},
    ...             "m6_10t_article", True, True)["ranges"]
    """
    result = run(calculator_name, inputs)
    answer: dict[str, Any] = {"ok": result["ok"], "result": result, "ranges": None,
                              "chart": None}
    if result["ok"] and with_ranges:
        answer["ranges"] = ranges_view(calculator_name, inputs, scenario_key)
    if result["ok"] and with_chart and page(calculator_name).chart is not None:
        answer["chart"] = chart_view(calculator_name, inputs)
    return answer


_CALLS: dict[str, Callable[..., dict[str, Any]]] = {
    "answer": answer_view,
    "solve": solve_view,
    "ranges": ranges_view,
    "chart": chart_view,
    "export": export_view,
}


def call(function: str, args: list[Any]) -> dict[str, Any]:
    """Dispatch a browser request to one of the functions above (an allow-list, nothing else).

    >>> call("chart", ["cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"}])["ok"]
    True
    """
    if function not in _CALLS:
        raise CalcError("function", function, "one of " + ", ".join(sorted(_CALLS)))
    return _CALLS[function](*args)
