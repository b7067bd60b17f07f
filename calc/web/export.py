"""Export a calculator's inputs and results, with sources and version, as CSV and JSON.

>>> out = export("cost", {"gpus": "512", "days": "10", "usd_per_gpu_hour": "2.5"})
>>> out["ok"], out["json"]["outputs"]["cost_usd"]["value"]
(True, 307200.0)
>>> out["csv"].splitlines()[0]
'section,name,label,value,unit,text'
>>> export("cost", {"gpus": "", "days": "10", "usd_per_gpu_hour": "2.5"})["ok"]
False
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from .. import __version__
from .. import constants as k
from ..calculators import CALCULATORS
from ..scenarios import SCENARIOS
from .answers import input_label, output_label, read_number, run

__all__ = ["export"]

def _constants_for(calculator_name: str, scenario_key: str | None) -> list[k.Constant]:
    """The reference constants, then those behind the scenario's inputs, each once."""
    found = list(CALCULATORS[calculator_name].references)
    if scenario_key in SCENARIOS:
        scenario = SCENARIOS[scenario_key]
        for field in CALCULATORS[calculator_name].inputs:
            basis = scenario.inputs.get(field.scenario_key)
            if basis is not None:
                found += basis.constants
    return list(dict.fromkeys(found))


def export(
    calculator_name: str,
    inputs: Mapping[str, str | float],
    scenario_key: str | None = None,
) -> dict[str, Any]:
    """Inputs, outputs, formula and sources of one calculation, as a dict, JSON text and CSV.

    With any input in error, exports nothing: ``ok`` is false and ``errors`` says why.
    """
    result = run(calculator_name, inputs)
    if not result["ok"]:
        return {"ok": False, "errors": result["errors"], "json": None, "csv": ""}
    spec = CALCULATORS[calculator_name]
    constants = _constants_for(calculator_name, scenario_key)
    doc: dict[str, Any] = {
        "site": "Green AI by the Numbers",
        "calc_version": __version__,
        "calculator": calculator_name,
        "scenario": scenario_key,
        "inputs": {
            f.name: {"label": input_label(f), "value": read_number(f, inputs[f.name]),
                     "unit": f.unit}
            for f in spec.inputs
        },
        "outputs": {
            o.name: {"label": output_label(calculator_name, o.name), **result["outputs"][o.name]}
            for o in spec.outputs
        },
        "formula": result["formula"],
        "sources": [
            {"constant": c.key, "value": c.value, "unit": c.unit, "quote": c.quote,
             "level": c.level, "source": c.source.cite(), "url": c.source.url}
            for c in constants
        ],
    }
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["section", "name", "label", "value", "unit", "text"])
    for name, i in doc["inputs"].items():
        w.writerow(["input", name, i["label"], repr(i["value"]), i["unit"], ""])
    for name, o in doc["outputs"].items():
        w.writerow(["output", name, o["label"], repr(o["value"]), "", o["text"]])
    w.writerow(["formula", "", "", "", "", doc["formula"]])
    for s in doc["sources"]:
        w.writerow(["source", s["constant"], s["source"], repr(s["value"]), s["unit"],
                    s["quote"]])
    w.writerow(["version", "calc", "", __version__, "", ""])
    return {"ok": True, "errors": {}, "json": doc, "json_text": json.dumps(doc, indent=2,
            ensure_ascii=False, allow_nan=False), "csv": buf.getvalue()}
