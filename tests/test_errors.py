"""One error style: an unknown name or a bad input raises the one CalcError (a ValueError that
names the argument), never a KeyError; the web layer turns it into a message once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from calc import ledger, solver, uncertainty
from calc.calculators import calculate, calculator, scenario_inputs
from calc.errors import CalcError
from calc.web import answers, export, views

COST = {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"}

UNKNOWN: list[tuple[str, Callable[[], object]]] = [
    ("calculator", lambda: calculator("nope")),
    ("calculator", lambda: calculate("nope", {})),
    ("calculator", lambda: scenario_inputs("nope", "m6_10t_article")),
    ("scenario", lambda: scenario_inputs("cost", "nope")),
    ("scenario", lambda: scenario_inputs("size", "gpt3_lambda")),  # not one of size's
    ("calculator", lambda: uncertainty.default_ranges("nope", "m6_10t_article")),
    ("scenario", lambda: uncertainty.default_ranges("cost", "nope")),
    ("calculator", lambda: uncertainty.run_range("nope", {}, {})),
    ("input", lambda: uncertainty.run_range("cost", scenario_inputs("cost", "m6_10t_article"),
                                            {"nope": (1.0, 2.0)})),
    ("gpus", lambda: calculate("cost", {"days": 10, "usd_per_gpu_hour": 2.5})),  # missing
    ("claim", lambda: solver.solve("nope", "gpus")),
    ("input", lambda: solver.solve("m6_cost_arithmetic", "nope")),
    ("claim", lambda: ledger.evaluate("nope")),
    ("calculator", lambda: answers.run("nope", {})),
    ("calculator", lambda: export.export("nope", COST)),
    ("calculator", lambda: views.chart_view("size", {})),  # size has no chart
    ("calculator", lambda: views.ranges_view("nope", COST, "m6_10t_article")),
    ("claim", lambda: views.solve_view("nope", "gpus")),
    ("function", lambda: views.call("nope", [])),
    ("output", lambda: calculator("cost").output("nope")),
    ("input", lambda: answers.input_label("nope")),
    ("output", lambda: answers.output_label("cost", "nope")),
    ("calculator", lambda: answers.output_label("nope", "cost_usd")),
    ("calculator", lambda: views.export_view("nope", COST, None)),
    ("calculator", lambda: views.answer_view("nope", COST, "m6_10t_article", True, True)),
]


@pytest.mark.parametrize(("argument", "call"), UNKNOWN, ids=[f"{a}-{i}" for i, (a, _) in
                                                             enumerate(UNKNOWN)])
def test_unknown_names_raise_calc_error_naming_the_argument(
    argument: str, call: Callable[[], object]
) -> None:
    with pytest.raises(CalcError) as err:
        call()
    assert err.value.argument == argument


def test_bad_typed_input_is_a_message_not_an_exception() -> None:
    """The web layer turns CalcError into the sentence next to the field, once."""
    r = views.call("answer", ["cost", {**COST, "days": "-3"}, "m6_10t_article", True, True])
    assert r["ok"] is False and r["ranges"] is None and r["chart"] is None
    assert r["result"]["errors"] == {
        "days": "Training time must be a number greater than 0 and at most 10,000,000 days "
        "(you typed “-3”)."
    }


def test_a_range_out_of_reach_is_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid inputs whose box of ranges cannot be computed answer with the sentence, not an
    exception (the bounds make this rare; the model's CalcError is simulated)."""

    def out_of_range(*args: object) -> object:
        raise CalcError("energy_mwh", float("inf"), "a finite result (inputs out of range)")

    monkeypatch.setattr(views, "run_range", out_of_range)
    r = views.ranges_view("cost", COST, "m6_10t_article")
    assert r["ok"] is False and r["errors"] == {"gpus": answers.TOO_EXTREME}
    assert r["ranges"]["usd_per_gpu_hour"]["low"] < r["ranges"]["usd_per_gpu_hour"]["high"]
