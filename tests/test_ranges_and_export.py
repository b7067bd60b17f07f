"""Ranges through the calculators and exports of what a reader computed."""

import csv
import io
import json

import pytest

from calc.calculators import CALCULATORS, scenario_inputs
from calc.errors import CalcError
from calc.uncertainty import default_ranges, run_range
from calc.web.answers import run
from calc.web.export import export
from calc.web.views import export_view, ranges_view

CASES = [(n, s) for n, spec in CALCULATORS.items() for s in spec.scenarios]


@pytest.mark.parametrize(("name", "scenario"), CASES)
def test_low_central_high_are_ordered_for_every_output(name: str, scenario: str) -> None:
    inputs = scenario_inputs(name, scenario)
    ranges = {k: (r.low, r.high) for k, r in default_ranges(name, scenario).items()}
    r = run_range(name, inputs, ranges)
    for out in r.outputs.values():
        assert out.low <= out.central * (1 + 1e-12)
        assert out.central <= out.high * (1 + 1e-12)


def test_m6_energy_range_is_wider_than_a_point_and_watts_matter() -> None:
    inputs = scenario_inputs("energy", "m6_10t_article")
    ranges = {k: (r.low, r.high) for k, r in default_ranges("energy", "m6_10t_article").items()}
    r = run_range("energy", inputs, ranges)
    mwh = r.outputs["energy_mwh"]
    assert mwh.low < mwh.high
    top = r.sensitivity("emissions_tco2e")[0].input
    assert top == "grid_gco2e_per_kwh"  # 201–545 g/kWh moves emissions most


def test_reversed_range_is_an_error_for_that_field() -> None:
    inputs = scenario_inputs("energy", "m6_10t_article")
    with pytest.raises(CalcError, match="low end does not exceed its high end") as err:
        run_range("energy", inputs, {"pue": (1.5, 1.1)})
    assert err.value.argument == "pue"
    with pytest.raises(CalcError) as err:
        run_range("energy", inputs, {"pue": (0.5, 1.1)})  # a PUE is never below 1
    assert err.value.argument == "pue"


@pytest.mark.parametrize(("name", "scenario"), CASES)
def test_export_csv_and_json_match_run(name: str, scenario: str) -> None:
    inputs = {k: str(v) for k, v in scenario_inputs(name, scenario).items()}
    out = export(name, inputs, scenario)
    result = run(name, inputs)
    doc = json.loads(out["json_text"])
    assert doc["calc_version"] and doc["sources"]
    for o, v in result["outputs"].items():
        assert doc["outputs"][o]["value"] == v["value"]
    rows = list(csv.DictReader(io.StringIO(out["csv"])))
    outputs = {r["name"]: float(r["value"]) for r in rows if r["section"] == "output"}
    assert outputs == {o: v["value"] for o, v in result["outputs"].items()}
    assert any(r["section"] == "source" for r in rows)


def test_export_with_a_bad_field_exports_nothing() -> None:
    out = export("energy", {"gpus": "abc"})
    assert out == {"ok": False, "errors": out["errors"], "json": None, "csv": ""}
    assert "gpus" in out["errors"]


@pytest.mark.parametrize("typed", ["1,024", "1_024", "1024.0", " 1024 "])
def test_every_view_reads_a_number_as_run_does(typed: str) -> None:
    """What the calculator accepts, the ranges and the export accept too (they once re-read the
    text with float(), which refused '1_024'-style entries that run() had accepted)."""
    inputs = {**scenario_inputs("energy", "m6_10t_article"), "gpus": typed}
    assert run("energy", inputs)["ok"]
    assert ranges_view("energy", inputs, "m6_10t_article")["ok"]
    exported = export_view("energy", inputs, "m6_10t_article")
    assert exported["ok"], exported
    assert json.loads(exported["json_text"])["inputs"]["gpus"]["value"] == 1024


@pytest.mark.parametrize("typed", ["2__5", "10_", "_2.5", "2._5"])
def test_misplaced_underscores_are_refused_everywhere(typed: str) -> None:
    inputs = {**scenario_inputs("cost", "m6_10t_article"), "usd_per_gpu_hour": typed}
    assert "usd_per_gpu_hour" in run("cost", inputs)["errors"]
    assert "usd_per_gpu_hour" in ranges_view("cost", inputs, "m6_10t_article")["errors"]
    assert not export_view("cost", inputs, "m6_10t_article")["ok"]


def test_minus_zero_is_shown_as_zero() -> None:
    inputs = {**scenario_inputs("energy", "m6_10t_article"), "grid_gco2e_per_kwh": "-0"}
    result = run("energy", inputs)
    assert result["ok"]
    texts = [o["text"] for o in result["outputs"].values()] + [result["formula"]]
    assert not any("-0" in t or "\u22120" in t for t in texts), texts
