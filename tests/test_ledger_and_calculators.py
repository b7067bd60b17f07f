"""The ledger's verdicts follow from numbers; calculators agree with the formulas."""

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import calc
from calc import constants as k
from calc.calculators import CALCULATORS, scenario_inputs
from calc.ledger import CLAIMS, evaluate, evaluate_all
from calc.rule import VERDICTS, Finding, judge
from calc.web.answers import input_label, run

# No deadline: the machines are shared and noisy, so a slow example says nothing about the
# code (timings are measured in `make bench`).
settings.register_profile("noisy-machines", deadline=None)
settings.load_profile("noisy-machines")


def test_every_claim_has_a_derived_verdict() -> None:
    results = evaluate_all()
    assert len(results) == len(CLAIMS) >= 12
    for r in results:
        assert r.verdict in VERDICTS
        assert r.reason and r.our_text and r.sources


def test_verdicts_move_with_the_numbers() -> None:
    """A verdict is computed: changing the recomputed range changes it."""
    f = Finding(1.0, 1.0, "", (), (k.GPT3_FLOPS,))
    assert judge(1.0, f)[0] == "accurate"
    assert judge(1.1, f)[0] == "rounded"
    assert judge(2.0, f)[0] == "wrong"
    s_only = Finding(1.0, 1.0, "", (), (k.AWS_P4D_USD_PER_HOUR,))
    assert judge(2.0, s_only)[0] == "unsupported"
    apples = Finding(1.0, 1.0, "", (), (k.GPT3_FLOPS,), comparable=False, comparability_note="x")
    assert judge(1.0, apples)[0] == "misleading"


def test_headline_verdicts() -> None:
    assert evaluate("m6_10t_energy").verdict == "implausible"  # clause I: 95 W per GPU
    assert evaluate("m6_10t_size").verdict == "rounded"  # clause R: 10T vs 175B, primary
    assert evaluate("headline_50x_100x").verdict == "implausible"
    assert evaluate("m6_cost_arithmetic").verdict == "accurate"
    assert evaluate("m6_1t_efficiency").verdict == "unsupported"
    assert evaluate("car_lifetimes").verdict == "misleading"


@pytest.mark.parametrize("name", sorted(CALCULATORS))
def test_every_scenario_runs_and_matches_formulas(name: str) -> None:
    spec = CALCULATORS[name]
    for key in spec.scenarios:
        inputs = scenario_inputs(name, key)
        result = run(name, {k: str(v) for k, v in inputs.items()})
        assert result["ok"], result["errors"]
        assert set(result["outputs"]) == {o.name for o in spec.outputs}
        json.dumps(result, allow_nan=False)  # JSON-safe: no NaN, no Infinity
        assert "nan" not in json.dumps(result).lower()


def test_energy_calculator_equals_energy_mwh() -> None:
    r = run("energy", {"gpus": "512", "days": "10", "watts_per_gpu": "400", "pue": "1.1",
                       "grid_gco2e_per_kwh": "429"})
    assert r["outputs"]["energy_mwh"]["value"] == calc.energy_mwh(512, 240, 400, 1.1)


BAD_TEXT = ["", "  ", "abc", "-1", "−1", "0", "nan", "NaN", "inf", "-Infinity", "1e400", "1e30",
            "1,2,3x", "0,5", "4,10", "1e-320", "1e-7"]


@pytest.mark.parametrize("name", sorted(CALCULATORS))
@pytest.mark.parametrize("bad", BAD_TEXT)
def test_bad_text_gives_a_message_for_that_field(name: str, bad: str) -> None:
    spec = CALCULATORS[name]
    good = {k: str(v) for k, v in scenario_inputs(name, spec.default_scenario).items()}
    for field in spec.inputs:
        if bad == "0" and field.allow_equal:
            continue  # zero is meaningful there (a carbon-free grid)
        inputs = {**good, field.name: bad}
        r = run(name, inputs)
        assert not r["ok"] and r["outputs"] == {}
        assert set(r["errors"]) == {field.name}
        assert input_label(field) in r["errors"][field.name]


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(st.dictionaries(st.sampled_from(["gpus", "days", "usd_per_gpu_hour", "watts_per_gpu",
                                        "pue", "grid_gco2e_per_kwh"]),
                       st.one_of(st.text(max_size=8), st.floats(), st.integers())))
def test_run_never_returns_nan_or_raises(inputs: dict[str, object]) -> None:
    for name in ("energy", "cost"):
        r = run(name, inputs)  # type: ignore[arg-type]
        json.dumps(r, allow_nan=False)  # raises on any NaN or infinite number
        # No computed text says NaN or Infinity; an error message may quote what was typed.
        shown = json.dumps([r["outputs"], r["formula"]])
        assert "NaN" not in shown and "Infinity" not in shown and "inf" not in shown.lower()
        for out in r["outputs"].values():
            assert math.isfinite(out["value"])


def test_thousands_separators_and_typographic_minus() -> None:
    good = {"gpus": "5,000", "days": "1_0", "usd_per_gpu_hour": "2.5"}
    assert run("cost", good)["outputs"]["gpu_hours"]["value"] == 5000 * 10 * 24
    bad = run("cost", {**good, "gpus": "0,5"})
    assert "point for decimals" in bad["errors"]["gpus"]
    minus = run("cost", {**good, "gpus": "\u22125"})
    assert "at least 1" in minus["errors"]["gpus"]


def test_sustained_above_peak_is_an_error_on_both_fields() -> None:
    """Whichever of the two the reader changed, the message is next to it."""
    inputs = {k: str(v) for k, v in scenario_inputs("compute", "gpt3_narayanan").items()}
    r = run("compute", {**inputs, "flops_per_gpu": "400", "peak_flops_per_gpu": "312"})
    assert not r["ok"]
    assert set(r["errors"]) == {"flops_per_gpu", "peak_flops_per_gpu"}
    assert "cannot exceed the peak you entered (312 TFLOP/s)" in r["errors"]["flops_per_gpu"]
    assert "below the sustained throughput you entered (400 TFLOP/s)" in (
        r["errors"]["peak_flops_per_gpu"]
    )


@settings(max_examples=80)
@given(st.sampled_from(sorted(CALCULATORS)), st.data())
def test_any_valid_input_gives_short_readable_outputs(name: str, data: st.DataObject) -> None:
    """Extreme but valid inputs never print hundreds of digits (phones) or crash."""
    spec = CALCULATORS[name]
    inputs = {}
    for f in spec.inputs:
        low = max(f.minimum, 1e-6) if not f.allow_equal or f.minimum > 0 else 0.0
        inputs[f.name] = repr(data.draw(st.floats(min_value=low, max_value=f.maximum)))
    r = run(name, inputs)
    for out in r["outputs"].values():
        assert len(out["text"]) < 80, out["text"]
        assert math.isfinite(out["value"])
    for msg in r["errors"].values():
        assert "Traceback" not in msg


def test_gpu_counts_are_whole_numbers() -> None:
    good = {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"}
    assert run("cost", good)["ok"]
    for typed in ("0.5", "512.5", "0.000001"):
        errors = run("cost", {**good, "gpus": typed})["errors"]
        assert "whole number at least 1" in errors["gpus"], typed
    assert run("cost", {**good, "gpus": "1"})["ok"]
