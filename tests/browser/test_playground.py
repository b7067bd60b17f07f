"""The playground page: editable Python blocks (docs/snippets/playground_html.py) that run
``calc`` in the site's one verified Python worker, the one the calculators use; starter snippets
that print the site's headline numbers; the code and its build-time output with JavaScript off.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from harness import (
    ROOT,
    Session,
    SiteServer,
    pyodide_workers,
    serious_axe_violations,
    wait_for_instant_navigation,
)

pytestmark = pytest.mark.browser

PAGE = "playground/"
MD = ROOT / "docs" / "playground.md"
SNIPPETS = ROOT / "docs" / "snippets" / "playground"
RENDER = re.compile(r'^print\(render\("(?P<name>\w+)", "(?P<title>[^"]+)"\)\)$', re.MULTILINE)
# What the three starter snippets must show (the site's headline numbers).
#: What each starter block prints: GPT-3's 1,287 MWh from Patterson et al.'s inputs; M6-10T's
#: share of it over the measured range of power per GPU (the ledger's "2.8–3.5% of GPT-3");
#: the article's $307,200.
HEADLINES = (("1,289 MWh", "1,287 MWh"), ("2.8%", "3.5%"), ("$307,200",))
BLOCK = "[data-playground]"


def _blocks() -> list[tuple[str, Path]]:
    """(title, snippet file) of each block, in page order."""
    text = MD.read_text("utf-8")
    found = [(m["title"], SNIPPETS / f"{m['name']}.py") for m in RENDER.finditer(text)]
    assert len(found) == len(HEADLINES), found
    return found


def _cpython_output(snippet: Path) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet.read_text("utf-8"), str(snippet), "exec"), {})  # noqa: S102
    return out.getvalue()


def test_every_snippet_is_on_the_page_once() -> None:
    used = sorted(path.name for _, path in _blocks())
    assert used == sorted(p.name for p in SNIPPETS.glob("*.py")), used


def test_snippets_print_the_headline_numbers_in_cpython() -> None:
    for (_, snippet), expected in zip(_blocks(), HEADLINES, strict=True):
        text = _cpython_output(snippet)
        for part in expected:
            assert part in text, (snippet.name, text)


def test_render_refuses_an_unknown_snippet() -> None:
    from docs.snippets.playground_html import render

    with pytest.raises(ValueError, match="no playground snippet 'nope'"):
        render("nope", "Nope")


def test_without_javascript_the_page_shows_each_code_and_its_build_time_output(
    site: SiteServer,
) -> None:
    soup = BeautifulSoup((site.root / PAGE / "index.html").read_text("utf-8"), "html.parser")
    blocks = soup.select(BLOCK)
    assert len(blocks) == len(HEADLINES)
    for block, (title, snippet) in zip(blocks, _blocks(), strict=True):
        code = block.select_one("textarea[data-code]")
        assert code is not None and code.get_text() == snippet.read_text("utf-8")
        label = soup.find("label", attrs={"for": code["id"]})
        assert label is not None and label.get_text(strip=True) == f"Python code: {title}"
        assert block.select_one("[data-output]").get_text() == _cpython_output(snippet)
        assert "built" in block.select_one("[data-output-label]").get_text()
        # Buttons that need Python wait for JavaScript to show them.
        for selector in ("[data-run]", "[data-stop]", "[data-reset]"):
            assert block.select_one(selector).has_attr("hidden"), selector


def test_no_page_loads_an_editor_or_a_second_python(site: SiteServer) -> None:
    """No markdown-exec pyodide fence or its assets, no Ace or highlight.js, no pyodide.js, on
    any page: every script and stylesheet a page names is the site's own."""
    for page in site.pages():
        soup = BeautifulSoup((site.root / page / "index.html").read_text("utf-8"), "html.parser")
        assert not soup.select(".pyodide, .pyodide-editor"), page
        urls = [str(t.get("src") or "") for t in soup.find_all("script")]
        urls += [str(t["href"]) for t in soup.find_all("link", rel="stylesheet")]
        urls += [str(t["href"]) for t in soup.find_all("link", rel="modulepreload")]
        for url in urls:
            assert "://" not in url and not url.startswith("//"), (page, url)
            assert "_markdown_exec" not in url and "pyodide.js" not in url, (page, url)


def _open(session: Session, path: str = PAGE, scheme: str = "light") -> tuple[Any, Any]:
    page, network = session.new_page(path, color_scheme=scheme)
    page.set_default_timeout(60_000)
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{BLOCK}')].every(b => b.dataset.state === 'ready')"
    )
    return page, network


def _run(page: Any, block: Any, runs: int) -> str:
    block.locator("[data-run]").click()
    return _wait_run(page, block, runs)


def _wait_run(page: Any, block: Any, runs: int) -> str:
    page.wait_for_function(
        "([b, n]) => b.dataset.runs === String(n) && b.dataset.running === 'false'",
        arg=[block.element_handle(), runs],
    )
    return str(block.locator("[data-output]").text_content() or "")


def _type(page: Any, block: Any, code: str) -> None:
    block.locator("[data-code]").fill(code)


def test_starter_snippets_run_in_the_worker_and_print_what_cpython_prints(
    session: Session,
) -> None:
    page, network = _open(session)
    blocks = page.locator(BLOCK)
    for index, ((_, snippet), expected) in enumerate(zip(_blocks(), HEADLINES, strict=True)):
        block = blocks.nth(index)
        if index == 0:  # by keyboard: Ctrl+Enter in the editor
            block.locator("[data-code]").focus()
            page.keyboard.press("Control+Enter")
            shown = _wait_run(page, block, 1)
        else:
            shown = _run(page, block, 1)
        assert shown == _cpython_output(snippet), (snippet.name, shown)
        for part in expected:
            assert part in shown
        assert block.locator("[data-output-label]").text_content() == "Output:"
        assert block.locator("[data-status]").text_content() == "Finished."
    # One Python, in a worker, from the verified core files; nothing from PyPI, no pyodide.js.
    assert len(pyodide_workers(network)) == 1, network.workers
    assert "pyodide.js" not in network.served
    assert not [u for u in network.served if "micropip" in u or "pypi" in u]
    assert page.evaluate("Symbol.for('green-ai.python-client') in globalThis")
    assert page.evaluate("globalThis[Symbol.for('green-ai.python-client')].boots") == 1


def test_edited_code_runs_errors_show_and_blocks_share_a_session(session: Session) -> None:
    page, _ = _open(session)
    first, third = page.locator(BLOCK).nth(0), page.locator(BLOCK).nth(2)
    code = 'print(shown["outputs"]["cost_usd"]["text"])'
    _type(page, first, code)
    shown = _run(page, first, 1)
    assert "NameError" in shown, shown  # nothing has defined `shown` yet
    assert "error" in (first.locator("[data-status]").text_content() or "")
    _run(page, third, 1)
    assert _run(page, first, 2) == "$307,200\n"
    # As at a Python prompt, a last expression that is not None is shown by its repr.
    _type(page, first, "x = 0.5\nTrue, x * 2, 'two'")
    assert _run(page, first, 3) == "(True, 1.0, 'two')\n"
    # Restore brings back the page's code.
    first.locator("[data-reset]").click()
    assert first.locator("[data-code]").input_value() == _blocks()[0][1].read_text("utf-8")


def test_a_block_that_never_ends_can_be_stopped_and_python_comes_back(session: Session) -> None:
    page, _ = _open(session)
    first, third = page.locator(BLOCK).nth(0), page.locator(BLOCK).nth(2)
    _run(page, third, 1)  # defines `result` in the shared session
    _type(page, first, "print('started')\nwhile True:\n    pass\n")
    first.locator("[data-run]").click()
    page.wait_for_function("b => b.dataset.running === 'true'", arg=first.element_handle())
    page.wait_for_function(
        "b => b.querySelector('[data-output]').textContent.includes('started')",
        arg=first.element_handle(),
    )
    stop = first.locator("[data-stop]")
    assert stop.is_visible()
    stop.focus()
    page.keyboard.press("Enter")  # by keyboard
    page.wait_for_function("b => b.dataset.running === 'false'", arg=first.element_handle())
    assert "Stopped" in (first.locator("[data-status]").text_content() or "")
    assert not stop.is_visible()
    page.wait_for_function("b => b.dataset.state === 'ready'", arg=first.element_handle())
    # A fresh Python: the page was not reloaded, the shared names are gone, blocks run again.
    _type(page, first, 'print(result["outputs"]["cost_usd"]["text"])')
    assert "NameError" in _run(page, first, 1)
    assert "$307,200" in _run(page, third, 2)
    assert page.evaluate("globalThis[Symbol.for('green-ai.python-client')].boots") == 2


def test_blocks_run_at_once_keep_their_own_output(session: Session) -> None:
    """Two blocks started together run one after the other in the worker, each printing into
    its own output, even when the first awaits."""
    page, _ = _open(session)
    first, second = page.locator(BLOCK).nth(0), page.locator(BLOCK).nth(1)
    _type(page, first, "import asyncio\nprint('one')\nawait asyncio.sleep(0.2)\nprint('one again')")
    _type(page, second, "print('two')")
    first.locator("[data-run]").click()
    second.locator("[data-run]").click()
    assert _wait_run(page, first, 1) == "one\none again\n"
    assert _wait_run(page, second, 1) == "two\n"


def test_leaving_a_running_block_frees_python_for_the_next_page(session: Session) -> None:
    """A block that never ends, left by instant navigation: the next page's calculator still
    answers (the block is stopped when its page goes)."""
    page, _ = _open(session)
    first = page.locator(BLOCK).nth(0)
    _type(page, first, "while True:\n    pass\n")
    first.locator("[data-run]").click()
    page.wait_for_function("b => b.dataset.running === 'true'", arg=first.element_handle())
    wait_for_instant_navigation(page)
    page.evaluate(
        """href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go';
                     document.querySelector('article').append(a); a.click(); }""",
        session.site.url + "energy/",
    )
    page.wait_for_url(session.site.url + "energy/")
    root = page.locator("[data-calculator]").first
    page.wait_for_function("r => r.dataset.state === 'ready'", arg=root.element_handle())
    box = root.locator(".calc__field input[name]").first
    before = int(root.get_attribute("data-answers") or 0)
    box.fill("7")
    page.wait_for_function(
        "([r, n]) => Number(r.dataset.answers || 0) > n", arg=[root.element_handle(), before]
    )
    shown = root.locator("[data-output]").first.text_content() or ""
    assert re.search(r"\d", shown) and "NaN" not in shown, shown


def test_a_block_that_prints_without_end_is_cut_and_the_page_stays_responsive(
    session: Session,
) -> None:
    page, _ = _open(session)
    first = page.locator(BLOCK).nth(0)
    _type(page, first, "for i in range(300_000):\n    print(i)\n")
    shown = _run(page, first, 1)
    assert "output cut here" in shown
    assert 200_000 <= len(shown) <= 200_200, len(shown)
    assert shown.startswith("0\n1\n2\n")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_playground_has_no_serious_axe_violation(session: Session, scheme: str) -> None:
    page, _ = _open(session, scheme=scheme)
    serious = serious_axe_violations(page)
    assert not serious, "\n".join(serious)


def test_instant_navigation_from_a_calculator_page_keeps_one_python(session: Session) -> None:
    """Energy (a calculator) -> playground without a reload: the blocks use the Python the
    calculator page started, not a second one."""
    page, network = session.new_page("energy/")
    page.set_default_timeout(60_000)
    page.wait_for_function(
        "() => document.querySelector('[data-calculator]').dataset.state === 'ready'"
    )
    page.evaluate("window.__notReloaded = true")
    wait_for_instant_navigation(page)
    page.evaluate(
        """href => { const a = document.createElement('a'); a.href = href; a.textContent = 'go';
                     document.querySelector('article').append(a); a.click(); }""",
        session.site.url + PAGE,
    )
    page.wait_for_url(session.site.url + PAGE)
    page.wait_for_function(f"() => document.querySelectorAll('{BLOCK}').length > 0")
    assert page.evaluate("window.__notReloaded === true"), "the page was fully reloaded"
    block = page.locator(BLOCK).nth(2)
    assert "$307,200" in _run(page, block, 1)
    assert len(pyodide_workers(network)) == 1, network.workers
    assert page.evaluate("globalThis[Symbol.for('green-ai.python-client')].boots") == 1


def test_playground_without_pyodide_says_so_and_keeps_the_build_time_output(
    session: Session,
) -> None:
    page, _ = session.new_page(PAGE, block_cdn=True)
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{BLOCK}')]"
        ".every(b => b.dataset.state === 'unavailable')",
        timeout=10_000,
    )
    for block, (_, snippet) in zip(page.locator(BLOCK).all(), _blocks(), strict=True):
        status = block.locator("[data-status]").text_content() or ""
        assert status.startswith("Python is unavailable"), status
        assert block.locator("[data-output]").text_content() == _cpython_output(snippet)
        assert block.locator("[data-run]").is_disabled()


def test_a_readers_edits_are_kept_between_visits_and_restore_brings_back_the_original(
        session: Session) -> None:
    """Issue 23: edits to a block are kept in this browser; Restore code brings back the page's
    code and forgets the edit; nothing runs until the reader asks (the snapshot stays clean)."""
    page, _ = session.new_page(PAGE)
    first = page.locator(BLOCK).nth(0)
    original = _blocks()[0][1].read_text("utf-8")
    _type(page, first, "print('my edit')")
    page.wait_for_timeout(600)  # the edit is saved a moment after typing stops
    page.reload()
    first = page.locator(BLOCK).nth(0)
    page.wait_for_function("b => b.dataset.restored === 'true'", arg=first.element_handle())
    assert first.locator("[data-code]").input_value() == "print('my edit')"
    assert "last visit" in (first.locator("[data-status]").text_content() or "")
    assert first.get_attribute("data-runs") is None  # restoring runs nothing
    assert page.locator(BLOCK).nth(1).locator("[data-code]").input_value() == _blocks()[1][1] \
        .read_text("utf-8")  # other blocks keep their own code
    first.locator("[data-reset]").click()
    assert first.locator("[data-code]").input_value() == original
    page.reload()
    assert page.locator(BLOCK).nth(0).locator("[data-code]").input_value() == original
