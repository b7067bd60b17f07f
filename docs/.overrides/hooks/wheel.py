"""Build hook: ship the ``calc`` wheel with the site, so the browser runs the package we test.

On every build (``mkdocs build`` and each rebuild of ``mkdocs serve``) this hook builds the wheel
in-process with flit_core (no network, no subprocess) into ``<site>/assets/wheels/`` and writes
``calc-wheel.json`` beside it::

    {"wheel": "calc-0.1.0-py3-none-any.whl", "sha256": "...", "version": "0.1.0"}

The page code (``docs/javascripts/python-client.js``) reads that manifest to find the wheel and to
bust caches when the wheel's content changes. The wheel is never committed. (The modulepreload
links have their own hook, ``module_preload.py``.)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from flit_core import buildapi  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[3]
WHEEL_DIR = "assets/wheels"
MANIFEST = "calc-wheel.json"
# Fixed zip timestamps make the wheel, and so its hash, depend on its content only.
_EPOCH_1980 = "315532800"
def build_calc_wheel(destination: Path) -> dict[str, str]:
    """Build the ``calc`` wheel into ``destination``; return the manifest written beside it."""
    destination.mkdir(parents=True, exist_ok=True)
    saved_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = saved_epoch or _EPOCH_1980
    try:
        with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(ROOT):
            name = str(buildapi.build_wheel(tmp))
            data = (Path(tmp) / name).read_bytes()
    finally:
        if saved_epoch is None:
            del os.environ["SOURCE_DATE_EPOCH"]
    for old in destination.glob("calc-*.whl"):
        old.unlink()
    (destination / name).write_bytes(data)
    version = name.split("-")[1]
    manifest = {"wheel": name, "sha256": hashlib.sha256(data).hexdigest(), "version": version}
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def on_post_build(config: Any) -> None:
    """Put the wheel and its manifest into the built site."""
    build_calc_wheel(Path(config["site_dir"]) / WHEEL_DIR)
