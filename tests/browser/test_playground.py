"""The playground page: markdown-exec's ``pyodide`` fences running ``calc`` from the site's own
wheel, with starter snippets that print the site's headline numbers; its assets on that page only.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest
from harness import (
    ROOT,
    Session,
    SiteServer,
    pyodide_base,
    serious_axe_violations,
    wait_for_instant_navigation,
)

pytestmark = pytest.mark.browser

PAGE = "playground/"
MD = ROOT / "docs" / "playground.md"
FENCE = re.compile(
    r"^```pyodide(?P<options>[^\n]*)\n--8<-- \"(?P<snippet>[^\"]+)\"\n```", re.MULTILINE
)
# What the three starter snippets must show (the site's headline numbers).
HEADLINES = (("1,289 MWh", "1,287 MWh"), ("3.2%", "4.2%"), ("$307,200",))


def _fences() -> list[tuple[str, Path]]:
    found = [(m["options"], ROOT / m["snippet"]) for m in FENCE.finditer(MD.read_text("utf-8"))]
    assert len(found) == len(HEADLINES), found
    return found


def _cpython_output(snippet: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet.read_text("utf-8"), str(snippet), "exec"), {})  # noqa: S102
    return out.getvalue()


def test_every_fence_pins_the_sites_pyodide_version() -> None:
    """Each fence takes the version from config.js (the macro), never a copy of it."""
    for options, _ in _fences():
        assert 'version="{{ pyodide_version }}"' in options, options
    assert not re.search(r'version="\d', MD.read_text("utf-8"))


def test_built_fences_load_the_sites_pyodide_version(site: SiteServer) -> None:
    html = (site.root / PAGE / "index.html").read_text("utf-8")
    loaders = re.findall(r'src="(https://cdn\.jsdelivr\.net/pyodide/[^"]+)"', html)
    assert loaders == [f"{pyodide_base()}pyodide.js"], loaders
    assert "pyodide_version" not in html


def test_snippets_print_the_headline_numbers_in_cpython() -> None:
    for (_, snippet), expected in zip(_fences(), HEADLINES, strict=True):
        text = _cpython_output(snippet)
        for part in expected:
            assert part in text, (snippet.name, text)


def test_fence_assets_only_on_the_playground(site: SiteServer) -> None:
    for page in site.pages():
        html = (site.root / page / "index.html").read_text("utf-8")
        fence = 'class="pyodide"' in html
        assert fence == (page == PAGE), page
        if not fence:
            markers = ("_markdown_exec_pyodide", "libs/ace/", "libs/highlight.js", "playground.js")
            for marker in markers:
                assert marker not in html, f"{page or '/'} loads {marker}"
    html = (site.root / PAGE / "index.html").read_text("utf-8")
    assert html.count("playground.js") == 1 and "_markdown_exec_pyodide.js" not in html


def _open(session: Session, scheme: str = "light") -> tuple[Any, Any]:
    page, network = session.new_page(PAGE, color_scheme=scheme)
    page.set_default_timeout(60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.pyodide')].every("
        "b => ['ready', 'unavailable'].includes(b.dataset.state))"
    )
    states = page.locator(".pyodide").evaluate_all("bs => bs.map(b => b.dataset.state)")
    assert states == ["ready"] * len(HEADLINES), states
    return page, network


def test_starter_snippets_run_and_print_what_cpython_prints(session: Session) -> None:
    page, network = _open(session)
    blocks = page.locator(".pyodide")
    for index, ((_, snippet), expected) in enumerate(zip(_fences(), HEADLINES, strict=True)):
        block = blocks.nth(index)
        run = block.locator("[role=button][id$=run]")
        if index == 0:  # by keyboard: the Run control is a focusable button
            run.focus()
            page.keyboard.press("Enter")
        else:
            run.click()
        page.wait_for_function("b => b.dataset.runs === '1'", arg=block.element_handle())
        shown = block.locator(".pyodide-output").text_content() or ""
        assert shown == _cpython_output(snippet), (snippet.name, shown)
        for part in expected:
            assert part in shown
    # calc came from the site's wheel: no micropip, nothing from PyPI.
    assert not [u for u in network.served if "micropip" in u or "pypi" in u]
    assert any("ace" in u for u in network.served), "the editor did not load"


def _type_and_run(page: Any, block: Any, code: str, runs: int) -> str:
    block.locator(".ace_text-input").focus()
    page.keyboard.press("Control+a")
    page.keyboard.type(code)
    page.keyboard.press("Control+Enter")
    page.wait_for_function(f"b => b.dataset.runs === '{runs}'", arg=block.element_handle())
    return str(block.locator(".pyodide-output").text_content() or "")


def test_edited_code_runs_errors_show_and_blocks_share_a_session(session: Session) -> None:
    page, _ = _open(session)
    first, third = page.locator(".pyodide").nth(0), page.locator(".pyodide").nth(2)
    code = 'print(result["outputs"]["cost_usd"]["text"])'
    assert "NameError" in _type_and_run(page, first, code, 1)  # nothing defined `result` yet
    third.locator("[role=button][id$=run]").click()
    page.wait_for_function("b => b.dataset.runs === '1'", arg=third.element_handle())
    assert _type_and_run(page, first, code, 2) == "$307,200\n"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_playground_has_no_serious_axe_violation(session: Session, scheme: str) -> None:
    page, _ = _open(session, scheme)
    labels = page.locator(".pyodide textarea").evaluate_all(
        "els => els.map(el => el.getAttribute('aria-label'))"
    )
    assert len(labels) == len(HEADLINES) and all(labels), labels
    serious = serious_axe_violations(page)
    assert not serious, "\n".join(serious)


def test_instant_navigation_to_the_playground_wires_its_fences(session: Session) -> None:
    """Home -> playground without a reload (Material's instant navigation): the fences work."""
    page, _ = session.new_page("")
    page.set_default_timeout(60_000)
    page.evaluate("window.__notReloaded = true")
    wait_for_instant_navigation(page)
    page.evaluate(
        """href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go';
                     document.querySelector('article').append(a); a.click(); }""",
        session.site.url + PAGE,
    )
    page.wait_for_url(session.site.url + PAGE)
    page.wait_for_function(
        "() => document.querySelectorAll('.pyodide').length > 0 && [...document.querySelectorAll"
        "('.pyodide')].every(b => ['ready', 'unavailable'].includes(b.dataset.state))"
    )
    assert page.evaluate("window.__notReloaded === true"), "the page was fully reloaded"
    block = page.locator(".pyodide").nth(2)
    assert block.get_attribute("data-state") == "ready"
    block.locator("[role=button][id$=run]").click()
    page.wait_for_function("b => b.dataset.runs === '1'", arg=block.element_handle())
    assert "$307,200" in (block.locator(".pyodide-output").text_content() or "")


def test_playground_without_pyodide_says_so_and_keeps_the_editors(session: Session) -> None:
    page, _ = session.new_page(PAGE, block_cdn=True)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.pyodide')].every("
        "b => b.dataset.state === 'unavailable')",
        timeout=10_000,
    )
    outputs = page.locator(".pyodide-output").all_text_contents()
    assert all(text.startswith("Python is unavailable") for text in outputs), outputs
    labels = page.locator(".pyodide textarea").evaluate_all(
        "els => els.map(el => el.getAttribute('aria-label'))"
    )
    assert len(labels) == len(HEADLINES) and all(labels), labels
