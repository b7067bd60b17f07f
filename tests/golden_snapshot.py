"""Every number the site computes, as JSON: run under CPython and Pyodide and compared."""

import json

import calc
from calc.calculators import CALCULATORS, scenario_inputs
from calc.ledger import evaluate_all
from calc.web.answers import run

snapshot = {
    "version": calc.__version__,
    "ledger": [[r.id, r.verdict, r.our_text, r.reason] for r in evaluate_all()],
    "calculators": {
        f"{name}/{key}": run(name, {k: str(v) for k, v in scenario_inputs(name, key).items()})
        for name, spec in CALCULATORS.items()
        for key in spec.scenarios
    },
    "formulas": [
        calc.training_flops(175e9, 300e9),
        calc.training_days(4.2e23, 1024, 140e12),
        calc.energy_mwh(10_000, 355.2, 330, 1.1),
        calc.emissions_tco2e(1287, 429),
        list(calc.compute_optimal(3.14e23)),
    ],
    "bad": run("energy", {"gpus": "nan", "days": "", "watts_per_gpu": "-3", "pue": "0.5"}),
}
json.dumps(snapshot, sort_keys=True, allow_nan=False)  # the value Pyodide returns
