"""Each calculator's two specs agree: the model's (``calc.calculators.CALCULATORS``) and the
page's (``calc.web.calculator_pages.PAGES``).

A calculator lives in two places only: its :class:`~calc.calculators.CalculatorSpec` (inputs,
outputs, formula, scenarios, reference constants) and its
:class:`~calc.web.calculator_pages.CalculatorPage` (title, labels, result texts, formula text,
ranges and chart). The checks below list every way the two can disagree; the last tests build
broken specs and see each check catch its fault.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

import pytest

from calc import constants as k
from calc.calculators import CALCULATORS, Calculation, CalculatorSpec, InputSpec, check_input
from calc.errors import CalcError
from calc.scenarios import SCENARIOS
from calc.uncertainty import default_ranges
from calc.web.calculator_pages import INPUT_LABELS, PAGES, CalculatorPage, ChartSpec, page


def _defaults(spec: CalculatorSpec, scenario_key: str) -> dict[str, float]:
    """A scenario's inputs in display units, for any spec (not only the registered ones)."""
    scenario = SCENARIOS[scenario_key]
    return {i.name: scenario.value(i.scenario_key) / i.scale for i in spec.inputs}


def _outputs(spec: CalculatorSpec, inputs: Mapping[str, float]) -> dict[str, float]:
    return spec.compute({i.name: inputs[i.name] * i.scale for i in spec.inputs})


def _duplicates(names: list[str]) -> list[str]:
    return sorted({n for n in names if names.count(n) > 1})


def model_problems(spec: CalculatorSpec) -> list[str]:
    """Every way a model spec is incomplete or contradicts itself (empty when it is sound)."""
    problems: list[str] = []
    inputs, outputs = [i.name for i in spec.inputs], [o.name for o in spec.outputs]
    problems += [f"input {n} is listed twice" for n in _duplicates(inputs)]
    problems += [f"output {n} is listed twice" for n in _duplicates(outputs)]
    problems += [f"scenario {s} is listed twice" for s in _duplicates(list(spec.scenarios))]
    if not spec.scenarios:
        problems.append("no scenario to start from")
    problems += [f"reference {c!r} is not a sourced constant" for c in spec.references
                 if not isinstance(c, k.Constant)]
    for key in spec.scenarios:
        if key not in SCENARIOS:
            problems.append(f"scenario {key} does not exist")
            continue
        missing = [i.name for i in spec.inputs if i.scenario_key not in SCENARIOS[key].inputs]
        problems += [f"scenario {key} gives no {name}" for name in missing]
        if missing:
            continue
        values = _defaults(spec, key)
        for field in spec.inputs:
            try:
                check_input(field, float(f"{values[field.name]:.5g}"))
            except CalcError as err:
                problems.append(f"scenario {key}: {err}")
        computed = _outputs(spec, values)
        if set(computed) != set(outputs):
            problems.append(f"scenario {key}: the formula gives {sorted(computed)}, the spec "
                            f"lists {sorted(outputs)}")
        problems += [f"scenario {key}: {n} is not finite" for n, v in computed.items()
                     if not math.isfinite(v)]
    return problems


def page_problems(shown: CalculatorPage) -> list[str]:
    """Every way a page spec disagrees with its model spec (empty when they agree)."""
    spec = shown.model
    problems: list[str] = []
    outputs = [o.name for o in spec.outputs]
    if not shown.title.strip():
        problems.append("no title")
    problems += [f"input {i.name} has no label" for i in spec.inputs if i.name not in INPUT_LABELS]
    problems += [f"output {n} has no label" for n in outputs if not shown.outputs.get(n, "")]
    problems += [f"label for {n}, which is no output" for n in shown.outputs if n not in outputs]
    for key in spec.scenarios:
        if key not in SCENARIOS or any(i.scenario_key not in SCENARIOS[key].inputs
                                       for i in spec.inputs):
            continue  # the model's own fault, reported by model_problems
        values = _defaults(spec, key)
        computed = _outputs(spec, values)
        texts = shown.texts(computed, values)
        problems += [f"scenario {key}: no text for output {n}" for n in outputs
                     if not texts.get(n, "")]
        problems += [f"scenario {key}: a text for {n}, which is no output" for n in texts
                     if n not in outputs]
        if not shown.formula(Calculation(spec.name, values, computed)).strip():
            problems.append(f"scenario {key}: an empty formula")
    if shown.ranges and spec.scenarios and not default_ranges(spec.name, spec.default_scenario):
        problems.append("ranges offered, but no input of the default scenario is uncertain")
    chart = shown.chart
    if chart is not None:
        if chart.output not in outputs:
            problems.append(f"the chart draws {chart.output}, which is no output")
        if not chart.references:
            problems.append("the chart has no reference bar")
        problems += [f"the chart's reference {s} is not one of the calculator's scenarios"
                     for s in chart.references if s not in spec.scenarios]
        problems += [f"the chart shares {n}, which is no input" for n in chart.shared
                     if n not in {i.name for i in spec.inputs}]
        if bool(chart.shared) != bool(chart.shared_label):
            problems.append("the chart's reference labels do not say which inputs are yours")
        if not (chart.axis.strip() and chart.note.strip()):
            problems.append("the chart has no axis title or no note")
    return problems


# ---------------------------------------------------------------- the real calculators
def test_every_calculator_has_one_model_spec_and_one_page_spec() -> None:
    assert list(PAGES) == list(CALCULATORS)
    for name, spec in CALCULATORS.items():
        assert spec.name == name
        assert PAGES[name].model is spec, name
    titles = [p.title for p in PAGES.values()]
    assert not _duplicates(titles)


@pytest.mark.parametrize("name", list(CALCULATORS))
def test_the_model_spec_is_complete(name: str) -> None:
    assert model_problems(CALCULATORS[name]) == []


@pytest.mark.parametrize("name", list(PAGES))
def test_the_page_spec_agrees_with_the_model_spec(name: str) -> None:
    assert page_problems(PAGES[name]) == []


def test_every_input_label_belongs_to_an_input() -> None:
    used = {i.name for spec in CALCULATORS.values() for i in spec.inputs}
    assert set(INPUT_LABELS) == used


def test_an_unknown_calculator_is_named_in_the_error() -> None:
    with pytest.raises(CalcError, match="one of compute, cost, own, serving, energy, size, budget"):
        page("nope")


# ---------------------------------------------------------------- the checks catch faults
def test_a_scenario_without_an_input_is_caught() -> None:
    size = CALCULATORS["size"]
    broken = dataclasses.replace(size, scenarios=(*size.scenarios, "budget_gpt3_a100"))
    assert model_problems(broken) == [
        "scenario budget_gpt3_a100 gives no total_params",
        "scenario budget_gpt3_a100 gives no active_fraction",
    ]


def test_a_formula_that_misses_an_output_is_caught() -> None:
    cost = CALCULATORS["cost"]

    def compute(v: Mapping[str, float]) -> dict[str, float]:
        out = cost.compute(v)
        del out["vs_gpt3_a100"]
        return out

    problems = model_problems(dataclasses.replace(cost, compute=compute))
    assert len(problems) == len(cost.scenarios)
    assert all("the formula gives" in p and "'vs_gpt3_a100'" in p for p in problems)


def test_a_default_outside_its_range_is_caught() -> None:
    energy = CALCULATORS["energy"]
    narrow = InputSpec("pue", "", 1.0, minimum=1.0, allow_equal=True, maximum=1.05)
    broken = dataclasses.replace(
        energy, inputs=tuple(narrow if i.name == "pue" else i for i in energy.inputs))
    assert any(p.startswith("scenario m6_10t_article: pue must be") for p in
               model_problems(broken))


def test_an_output_without_a_label_or_text_is_caught() -> None:
    cost = PAGES["cost"]

    def texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
        return {n: t for n, t in cost.texts(out, inputs).items() if n != "vs_gpt3_a100"}

    labels = {n: t for n, t in cost.outputs.items() if n != "vs_gpt3_a100"}
    problems = page_problems(dataclasses.replace(cost, outputs=labels, texts=texts))
    assert problems[0] == "output vs_gpt3_a100 has no label"
    assert problems[1:] == [f"scenario {s}: no text for output vs_gpt3_a100"
                            for s in cost.model.scenarios]


def test_an_input_without_a_label_is_caught() -> None:
    cost = PAGES["cost"]
    hidden = InputSpec("tip_usd", "USD", 1.0)
    model = dataclasses.replace(cost.model, inputs=(*cost.model.inputs, hidden))
    assert page_problems(dataclasses.replace(cost, model=model)) == ["input tip_usd has no label"]
    assert "scenario m6_10t_article gives no tip_usd" in model_problems(model)


def test_a_chart_of_no_output_on_no_scenario_is_caught() -> None:
    energy = PAGES["energy"]
    chart = ChartSpec("energy_kwh", "Energy", ("budget_gpt3_a100",), "a note",
                      shared=("price",))
    assert page_problems(dataclasses.replace(energy, chart=chart)) == [
        "the chart draws energy_kwh, which is no output",
        "the chart's reference budget_gpt3_a100 is not one of the calculator's scenarios",
        "the chart shares price, which is no input",
        "the chart's reference labels do not say which inputs are yours",
    ]
