"""The wheel readers run gives exactly the results we test, under Pyodide (npm ``pyodide``)."""

import importlib.util
import json
import runpy
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent
NODE_PYODIDE = HERE / "node_modules" / "pyodide" / "pyodide.mjs"


def _build_wheel(dest: Path) -> Path:
    hook_file = ROOT / "docs/.overrides/hooks/wheel.py"
    spec = importlib.util.spec_from_file_location("wheel_hook", hook_file)
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    manifest = hook.build_calc_wheel(dest)
    return dest / manifest["wheel"]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_wheel_under_pyodide_matches_cpython(tmp_path: Path) -> None:
    assert NODE_PYODIDE.exists(), "run `make browser-deps` (npm ci in tests/) first"
    wheel = _build_wheel(tmp_path)
    assert wheel.name.endswith("-py3-none-any.whl")
    script = HERE / "golden_snapshot.py"
    proc = subprocess.run(
        ["node", str(HERE / "pyodide_run.mjs"), str(wheel), str(script)],
        cwd=HERE, capture_output=True, text=True, timeout=240, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    in_pyodide = json.loads(proc.stdout)
    in_cpython = json.loads(json.dumps(runpy.run_path(str(script))["snapshot"], sort_keys=True))
    assert in_pyodide == in_cpython
    assert in_pyodide["ledger"], "the snapshot must not be empty"
