"""The model never imports the web layer: ``calc.web`` may use every module of ``calc``, but no
other module of ``calc`` may import ``calc.web`` (directly, relatively or inside a function)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CALC = Path(__file__).resolve().parents[1] / "calc"
MODEL = sorted(p for p in CALC.glob("*.py"))


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, as an absolute dotted name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "calc" if node.level else ""
            module = ".".join(filter(None, (base, node.module or "")))
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_the_model_is_the_whole_package_but_web() -> None:
    assert {p.stem for p in MODEL} >= {"formulas", "constants", "ledger", "solver", "uncertainty"}
    assert (CALC / "web" / "__init__.py").exists()


@pytest.mark.parametrize("path", MODEL, ids=lambda p: p.name)
def test_model_module_does_not_import_the_web_layer(path: Path) -> None:
    web = sorted(m for m in _imports(path) if m == "calc.web" or m.startswith("calc.web."))
    assert not web, f"{path.name} imports {web}: the model must not know the page"


def test_the_check_sees_a_relative_import() -> None:
    tmp = CALC.parent / ".pytest_cache" / "layers_probe.py"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_text("def f():\n    from .web.views import call\n", encoding="utf-8")
    try:
        assert "calc.web.views" in _imports(tmp)
    finally:
        tmp.unlink()


def test_the_page_layer_is_this_checkouts_docs_snippets() -> None:
    """Pages import ``docs.snippets`` through the editable install's path entry (the checkout's
    root, with ``docs`` a namespace package); another installed ``docs`` would shadow it."""
    import docs.snippets

    assert Path(docs.snippets.__file__).resolve().parent == CALC.parent / "docs" / "snippets"
