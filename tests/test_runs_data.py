"""One home per run: ``calc/data/runs.toml``. A run added there reaches every place that shows
runs with no other edit, and a bad entry is refused with a message naming the run and field."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from calc.errors import CalcError
from calc.runs import RUNS, load_runs

ROOT = Path(__file__).resolve().parents[1]
DOC: dict[str, Any] = tomllib.loads((ROOT / "calc" / "data" / "runs.toml").read_text("utf-8"))

#: A run that never happened, written as a maintainer would add one: one entry, its figures from
#: a source already on the site, nothing else edited.
EXTRA = '''
[runs.example_run]
name = "Example Run"
maker = "Example Lab"
org = "Example Lab, a university group"
org_kind = "university"
date_note = "paper"
gpu = "H100"
gpu_level = "P"
source = "llama4"
makers_sources = ["llama4"]
date = { value = 20260101, unit = "date", quote = "January 2026", level = "P" }
params = { value = 9e9, unit = "parameters", quote = "9B parameters", level = "P" }
tokens = { value = 3e12, unit = "tokens", quote = "3T tokens", level = "P" }
gpus = { value = 256, unit = "GPUs", quote = "256 H100s", level = "P" }
gpu_hours = { value = 250000, unit = "GPU-hours", quote = "250K GPU-hours", level = "P" }
notes = ["a test entry: {EXAMPLE_RUN_GPU_HOURS} GPU-hours"]

[[runs.example_run.emissions]]
value = 40
unit = "tCO2e"
quote = "40 tCO2e"
level = "P"
accounting = "location-based"
grid_kind = "not published"
grid = "not published"
'''

_PROBE = r"""
import json
from calc.runs import RUNS, LATER_RUNS
from calc.scenarios import SCENARIOS
from calc.calculators import CALCULATORS
from calc.web.datafiles import runs_csv, scorecard_csv
from docs.snippets.runs_page import demonopolisation_table, green_table, scorecard, run_notes
from docs.snippets.charts import runs_svg
from docs.snippets.macros import numbers
n = numbers()
print(json.dumps({
    "later": list(LATER_RUNS),
    "scenario": SCENARIOS["example_run"].description if "example_run" in SCENARIOS else "",
    "in_cost": "example_run" in CALCULATORS["cost"].scenarios,
    "in_energy": "example_run" in CALCULATORS["energy"].scenarios,
    "runs_csv": runs_csv(), "scorecard_csv": scorecard_csv(),
    "tables": demonopolisation_table() + green_table() + scorecard() + run_notes(),
    "chart": runs_svg(), "energy_sentence": n["five_more_energy_runs"] + n["five_less_energy_runs"],
    "count": n["five_run_count"],
}))
"""


def test_a_run_added_to_the_data_file_reaches_every_place_with_no_other_edit(
        tmp_path: Path) -> None:
    # A copy of the model and the page layer, with one entry appended to its runs.toml.
    shutil.copytree(ROOT / "calc", tmp_path / "calc", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "docs" / "snippets", tmp_path / "docs" / "snippets",
                    ignore=shutil.ignore_patterns("__pycache__"))
    data = tmp_path / "calc" / "data" / "runs.toml"
    data.write_text(data.read_text("utf-8") + EXTRA, "utf-8")
    out = subprocess.run([sys.executable, "-c", _PROBE], cwd=tmp_path, capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(tmp_path),
                                                     "MPLBACKEND": "Agg", "HOME": str(tmp_path)})
    seen = json.loads(out.stdout)
    assert seen["later"][-1] == "example_run"
    assert seen["count"] == str(len(RUNS) - 2 + 1)  # two reference runs, one new
    assert "256 H100s" in seen["scenario"] and seen["in_cost"] and seen["in_energy"]
    assert "example_run,Example Run" in seen["runs_csv"]
    assert "example_run,Example Run" in seen["scorecard_csv"]
    assert seen["tables"].count("Example Run") >= 4  # who, energy, scorecard orders, notes
    assert "a test entry: 250,000 GPU-hours" in seen["tables"]
    assert "Example Run" in seen["chart"]
    assert "Example Run (" in seen["energy_sentence"]


def _broken(run: str, **fields: Any) -> dict[str, Any]:
    doc = copy.deepcopy(DOC)
    doc["sources"] = {}  # already registered on import
    entry = doc["runs"][run]
    for name, value in fields.items():
        if value is None:
            entry.pop(name, None)
        else:
            entry[name] = value
    return doc


@pytest.mark.parametrize(
    ("run", "fields", "where"),
    [
        ("gpt3", {"name": None}, "gpt3.name"),
        ("opt_175b", {"gpu": "TPU"}, "opt_175b.gpu"),
        ("opt_175b", {"org_kind": "hobbyist"}, "opt_175b.org_kind"),
        ("bloom_176b", {"energy_basis": None}, "bloom_176b.energy_basis"),
        ("llama2_70b", {"params": "NO_SUCH_CONSTANT"}, "llama2_70b.params"),
        ("kimi_k2", {"tokens": {"value": -1, "unit": "tokens", "quote": "x", "level": "P"}},
         "kimi_k2.tokens.value"),
        ("kimi_k2", {"tokens": {"value": float("nan"), "unit": "tokens", "quote": "x",
                                "level": "P"}}, "kimi_k2.tokens.value"),
        ("kimi_k2", {"tokens": {"value": 1e12, "unit": "words", "quote": "1T", "level": "P"}},
         "kimi_k2.tokens.unit"),
        ("kimi_k2", {"tokens": {"value": 1e12, "unit": "tokens", "quote": "1T", "level": "Q"}},
         "kimi_k2.tokens.level"),
        ("qwen3_235b", {"notes": ["trained on 36 trillion tokens"]}, "qwen3_235b.notes[0]"),
        ("qwen3_235b", {"colour": "blue"}, "qwen3_235b"),
        ("deepseek_r1", {"scope": "most of it"}, "deepseek_r1.scope"),
    ],
)
def test_a_bad_entry_is_refused_naming_its_run_and_field(run: str, fields: dict[str, Any],
                                                         where: str) -> None:
    with pytest.raises(CalcError) as err:
        load_runs(_broken(run, **fields))
    assert err.value.argument == f"data/runs.toml: {where}"


def test_the_shipped_file_loads_to_the_runs_the_site_shows() -> None:
    assert list(RUNS) == list(DOC["runs"])
