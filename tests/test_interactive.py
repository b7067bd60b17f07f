"""calc.web.views: what the page's solver forms, ranges, charts and export buttons receive.

Property tests over random valid inputs: the solver's answer put back into the claim's forward
formula reproduces the article's number; ranges contain the typed value; chart rows are calc's
own results; everything is JSON without NaN or infinities.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calc.calculators import CALCULATORS, scenario_inputs
from calc.errors import CalcError
from calc.solver import SOLVABLE, solve
from calc.web import views
from calc.web.answers import run
from calc.web.calculator_pages import PAGES

# No deadline: the machines are shared and noisy, so a slow example says nothing about the
# code (timings are measured in `make bench`).
settings.register_profile("noisy-machines", deadline=None)
settings.load_profile("noisy-machines")

PAIRS = [(c, i.name) for c, m in SOLVABLE.items() for i in m.inputs]
REL_TOL = 1e-9  # the solver's answer reproduces the claim to this relative tolerance


def _json(value: object) -> object:
    return json.loads(json.dumps(value, allow_nan=False))


@pytest.mark.parametrize(("claim", "name"), PAIRS)
def test_solve_view_matches_solver_or_says_why(claim: str, name: str) -> None:
    view = views.solve_view(claim, name)
    assert _json(view) == view
    s = solve(claim, name)
    if not s.possible:
        assert view["ok"] is False
        assert view["message"].startswith("No ")
        assert not any(t in view["message"] for t in ("nan", "inf"))
        assert not re.search(r"(?<!\w)[-\u2212]\d", view["message"]), "a negative number"
        return
    assert view["ok"] and view["value"] == s.value and view["judgement"] == s.judgement
    assert view["value_text"] == views.fmt_input_value(s.value, view["unit"])
    assert s.sentence in view["sentence"]


@settings(max_examples=60, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    scale=st.dictionaries(
        st.sampled_from(["a", "b", "c", "d", "e"]), st.floats(0.25, 4.0), max_size=5
    ),
)
def test_solution_put_back_reproduces_the_claim(
    pair: tuple[str, str], scale: dict[str, float]
) -> None:
    """With the other inputs moved at random, the answer gives the article's number back."""
    claim, name = pair
    model = SOLVABLE[claim]
    others = [i for i in model.inputs if i.name != name]
    overrides = {i.name: i.value * scale.get("abcde"[n], 1.0) for n, i in enumerate(others)}
    view = views.solve_view(claim, name, overrides)
    if not view["ok"]:
        try:
            assert not solve(claim, name, overrides).possible
        except CalcError as err:  # an override outside its own domain: the message names it
            assert model.input(err.argument).label in view["message"]  # noqa: PT017
        return
    assert view["value"] > 0 and math.isfinite(view["value"])
    back = model.forward(model.defaults() | overrides | {name: view["value"]})
    assert back == pytest.approx(model.target, rel=REL_TOL)


CHARTED = [n for n, p in PAGES.items() if p.chart is not None]
RANGED = [n for n, p in PAGES.items() if p.ranges]
CALC_CASES = [(n, s) for n in RANGED for s in CALCULATORS[n].scenarios]


@pytest.mark.parametrize(("name", "scenario"), CALC_CASES)
def test_ranges_view_orders_every_output(name: str, scenario: str) -> None:
    inputs = {k: str(v) for k, v in scenario_inputs(name, scenario).items()}
    r = views.ranges_view(name, inputs, scenario)
    assert r["ok"] and _json(r) == r
    for out in r["outputs"].values():
        assert out["low"] <= out["central"] * (1 + 1e-12) <= out["high"] * (1 + 1e-12) ** 2
    spreads = [row["relative_spread"] for row in r["sensitivity"]]
    assert spreads == sorted(spreads, reverse=True) and spreads[0] > 0
    assert r["ranges"], "no uncertain inputs"


@settings(max_examples=40, deadline=None)
@given(factor=st.floats(0.01, 100.0), field=st.sampled_from(["watts_per_gpu", "pue"]))
def test_ranges_include_the_value_typed(factor: float, field: str) -> None:
    inputs = {k: str(v) for k, v in scenario_inputs("energy", "m6_10t_article").items()}
    typed = min(max(float(inputs[field]) * factor, 1.0), 9.0 if field == "pue" else 1e4)
    inputs[field] = repr(typed)
    r = views.ranges_view("energy", inputs, "m6_10t_article")
    assert r["ok"]
    assert r["ranges"][field]["low"] <= typed <= r["ranges"][field]["high"]
    central = run("energy", inputs)["outputs"]
    for key, out in r["outputs"].items():
        assert out["central"] == central[key]["value"]


def test_ranges_view_with_bad_input_is_an_error_not_an_exception() -> None:
    r = views.ranges_view(
        "cost", {"gpus": "abc", "days": "10", "usd_per_gpu_hour": "2"}, "m6_10t_article"
    )
    assert r["ok"] is False and "gpus" in r["errors"]


@pytest.mark.parametrize("name", CHARTED)
def test_chart_rows_are_calc_results(name: str) -> None:
    spec = CALCULATORS[name]
    inputs = {k: str(v) for k, v in scenario_inputs(name, spec.default_scenario).items()}
    c = views.chart_view(name, inputs)
    assert c["ok"] and _json(c) == c
    chart = PAGES[name].chart
    assert chart is not None
    output = chart.output
    assert c["rows"][0]["value"] == run(name, inputs)["outputs"][output]["value"]
    shared = {n: inputs[n] for n in chart.shared}
    for row in c["rows"][1:]:
        expected = run(name, {**scenario_inputs(name, row["key"]), **shared})["outputs"][output]
        assert (row["value"], row["text"]) == (expected["value"], expected["text"])
    values = [row["value"] for row in c["rows"]]
    assert c["scale"] == ("logarithmic" if max(values) > 20 * min(values) else "linear")
    assert all(row["text"] in c["summary"] for row in c["rows"])


def test_energy_chart_has_current_hardware_and_cost_chart_says_why_not() -> None:
    keys = [
        r["key"]
        for r in views.chart_view("energy", scenario_inputs("energy", "m6_10t_article"))[
            "rows"
        ]
    ]
    assert "gpt3_h100_2026" in keys
    cost = views.chart_view("cost", scenario_inputs("cost", "m6_10t_article"))
    assert not any("h100" in r["key"] for r in cost["rows"])
    # One basis for every bar: each reference run priced at the reader's price per GPU-hour.
    assert all(r["label"].endswith("at your price") for r in cost["rows"][1:])
    assert "compare GPU-hours" in cost["note"]


def test_cost_chart_prices_every_run_at_the_readers_price() -> None:
    """GPT-3 as Patterson et al. reconstruct it: 10,000 V100s × 14.8 days = 3,552,000
    GPU-hours; at $3 per GPU-hour that is $10,656,000, whatever price its scenario carries."""
    c = views.chart_view("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "3"})
    gpt3 = next(r for r in c["rows"] if r["key"] == "gpt3_patterson")
    assert gpt3["value"] == pytest.approx(10_000 * 14.8 * 24 * 3)


def test_chart_scale_turns_linear_when_values_are_close(monkeypatch: pytest.MonkeyPatch) -> None:
    cost = PAGES["cost"]
    assert cost.chart is not None
    chart = dataclasses.replace(cost.chart, references=("gpt3_patterson",))
    monkeypatch.setitem(PAGES, "cost", dataclasses.replace(cost, chart=chart))
    inputs = {"gpus": "5000", "days": "14.8", "usd_per_gpu_hour": "2.5"}  # half of GPT-3's
    c = views.chart_view("cost", inputs)
    assert c["scale"] == "linear" and "logarithmic" not in c["axis"]
    inputs = {"gpus": "100", "days": "14.8", "usd_per_gpu_hour": "2.5"}  # a hundredth
    assert views.chart_view("cost", inputs)["scale"] == "logarithmic"


def test_export_view_exports_nothing_with_an_error() -> None:
    e = views.export_view(
        "energy",
        {
            "gpus": "512",
            "days": "",
            "watts_per_gpu": "400",
            "pue": "1.1",
            "grid_gco2e_per_kwh": "429",
        },
        None,
    )
    assert e["ok"] is False and "json_text" not in e and "csv" not in e
    assert e["message"].startswith("Nothing exported:")


def test_call_allows_only_its_functions() -> None:
    with pytest.raises(CalcError):
        views.call("__import__", ["os"])
    assert views.call("solve", ["m6_10t_size", "gpt3_params"])["ok"]


def test_sensitivity_never_says_an_input_moves_a_result_by_zero() -> None:
    """Grid intensity does not change energy: the list says what it does move instead."""
    for name in ("energy", "cost"):
        for scenario in CALCULATORS[name].scenarios:
            view = views.ranges_view(name, scenario_inputs(name, scenario), scenario)
            assert view["ok"], view
            texts = [row["text"] for row in view["sensitivity"]]
            assert texts and not any(" by 0%" in t for t in texts), texts
    view = views.ranges_view(
        "energy", scenario_inputs("energy", "m6_10t_article"), "m6_10t_article"
    )
    grid = next(r["text"] for r in view["sensitivity"] if r["input"] == "grid_gco2e_per_kwh")
    assert grid.startswith("Grid carbon intensity does not change facility energy; it moves")


def test_one_edit_in_the_low_high_view_computes_each_input_set_once() -> None:
    """Energy in the low–high view ranges three inputs (power, PUE, grid): the central answer, one
    run per range end (6) and one per corner of the box (8) are the distinct input sets, 15 in
    all; the chart's reference scenarios are computed once per page, not once per edit."""
    from calc.calculators import COMPUTED

    inputs = {"gpus": "512", "days": "10", "watts_per_gpu": "350", "pue": "1.1",
              "grid_gco2e_per_kwh": "429"}
    views.answer_view("energy", inputs, "m6_10t_article", True, True)  # the page's first answer
    for gpus in ("513", "514"):  # two edits
        COMPUTED.clear()
        a = views.answer_view("energy", {**inputs, "gpus": gpus}, "m6_10t_article", True, True)
        assert a["ranges"]["ok"] and a["chart"]["ok"]
        assert COMPUTED["energy"] == 1 + 6 + 8
    COMPUTED.clear()
    views.answer_view("energy", {**inputs, "gpus": "514"}, "m6_10t_article", True, True)
    assert COMPUTED["energy"] == 0  # the same numbers again: nothing recomputed


def test_a_cached_answer_cannot_be_changed_by_its_caller() -> None:
    inputs = {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"}
    first = run("cost", inputs)
    first["outputs"]["cost_usd"]["text"] = "tampered"
    assert run("cost", inputs)["outputs"]["cost_usd"]["text"] == "$307,200"


def test_chart_svg_escapes_text_and_marks_each_bar() -> None:
    from calc.web.svgchart import bar_chart_svg

    rows = [{"key": "reader", "label": "<script>x</script>", "value": 5.0, "text": "5 & up"},
            {"key": "gpt3", "label": "GPT-3", "value": 1287.0, "text": "1,287 MWh"}]
    svg = bar_chart_svg(rows, scale="logarithmic", title="Energy", summary="s", chart_id="t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "5 &amp; up" in svg
    assert svg.count('class="bar"') == 2 and 'data-value="1287.0"' in svg
    assert "nan" not in svg.lower() and "inf" not in svg.lower()
    with pytest.raises(ValueError, match="positive"):
        bar_chart_svg([{"label": "a", "value": 0.0, "text": "0"}], scale="linear", title="t",
                      summary="s", chart_id="t")


@pytest.mark.parametrize("name", CHARTED)
def test_chart_view_draws_the_rows_it_returns(name: str) -> None:
    import re

    spec = CALCULATORS[name]
    inputs = {k: str(v) for k, v in scenario_inputs(name, spec.default_scenario).items()}
    c = views.chart_view(name, inputs)
    drawn = [float(v) for v in re.findall(r'class="bar" data-key="[^"]*" data-value="([^"]+)"',
                                          c["svg"])]
    assert drawn == [row["value"] for row in c["rows"]]
    assert f'data-scale="{c["scale"]}"' in c["svg"]
