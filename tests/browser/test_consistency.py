"""What the page shows must always belong together: results match the inputs shown (or are
visibly stale), whatever the order of the reader's clicks and Python's arrival.

Most of these run with the CDN blocked: Python never arrives, so they are quick and exercise the
paths where the page must cope without it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from harness import Session, calc_root, shown_outputs, wait_for_state
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def _unavailable(session: Session, path: str = "energy/", **options: Any) -> tuple[Page, Any]:
    page, _ = session.new_page(path, block_cdn=True, **options)
    page.set_default_timeout(30_000)
    return page, calc_root(page, "energy")


def test_range_toggle_keeps_the_chosen_scenarios_results(session: Session) -> None:
    """Scenario picked before Python, then range and back: the chosen scenario's results."""
    _page, root = _unavailable(session)
    scenarios = json.loads(root.get_attribute("data-scenarios") or "{}")
    root.locator("[data-scenario-select]").select_option("gpt3_patterson")
    root.locator("input[type=radio][value=range]").check()
    wait_for_state(root, ("unavailable",))
    root.locator("input[type=radio][value=central]").check()
    expected = scenarios["gpt3_patterson"]["outputs"]
    assert {k: v for k, v in shown_outputs(root).items() if k in expected} == expected


def test_solver_without_python_never_shows_another_inputs_answer(session: Session) -> None:
    """Python unavailable: another input says it needs Python; the first gets its answer back."""
    page, root = _unavailable(session)
    wait_for_state(root, ("unavailable",))
    form = page.locator("[data-solver]").first
    value = form.locator("[data-solver-value]")
    built = value.text_content()
    radios = form.locator('input[name="solve-for"]')
    radios.nth(1).check()
    status = form.locator("[data-solver-status]")
    page.wait_for_function("el => !el.textContent.includes('Loading')", arg=status.element_handle())
    assert "unavailable" in (status.text_content() or "")
    assert value.text_content() != built
    radios.nth(0).check()
    assert value.text_content() == built


def test_shared_link_without_python_marks_everything_stale(session: Session) -> None:
    """Inputs from a link, results from the build: results, formula, chart, ranges all stale."""
    _page, root = _unavailable(session, "energy/?energy.scenario=m6_10t&energy.gpus=2048")
    wait_for_state(root, ("unavailable",))
    assert root.locator('input[name="gpus"]').input_value() == "2048"
    assert root.get_attribute("data-stale") == "true"
    decoration = root.locator("[data-formula]").evaluate(
        "el => getComputedStyle(el).textDecorationLine"
    )
    assert "line-through" in decoration, "the formula must be marked stale too"
    figure = root.locator("[data-chart]")
    assert figure.get_attribute("data-stale") == "true"
    assert root.locator("[data-ranges]").get_attribute("data-stale") == "true"
    status = root.locator("[data-status]").text_content() or ""
    assert "stale" in status, status
    assert "when JavaScript runs" not in (figure.locator("figcaption").text_content() or "")


def test_copied_link_keeps_range_mode(session: Session) -> None:
    """Copy link records the range view, and opening the link brings it back."""
    page, root = _unavailable(session, permissions=["clipboard-read", "clipboard-write"])
    wait_for_state(root, ("unavailable",))  # its status message must not overwrite the copy's
    root.locator("input[type=radio][value=range]").check()
    root.locator("[data-copy-link]").click()
    page.wait_for_function(
        "el => el.textContent.startsWith('Link copied')",
        arg=root.locator("[data-status]").element_handle(),
    )
    link = page.evaluate("navigator.clipboard.readText()")
    assert "energy.mode=range" in link, link
    fresh, _ = session.new_page(None, block_cdn=True)
    fresh.goto(link)
    assert calc_root(fresh, "energy").locator("input[type=radio][value=range]").is_checked()


def test_copied_link_has_no_section_anchor(session: Session) -> None:
    """A stray anchor in the address (Material's anchor tracking) is not copied."""
    page, root = _unavailable(session, permissions=["clipboard-read", "clipboard-write"])
    wait_for_state(root, ("unavailable",))  # its status message must not overwrite the copy's
    page.evaluate("history.replaceState(history.state, '', '#like-for-like')")
    root.locator("[data-copy-link]").click()
    page.wait_for_function(
        "el => el.textContent.startsWith('Link copied')",
        arg=root.locator("[data-status]").element_handle(),
    )
    link = page.evaluate("navigator.clipboard.readText()")
    assert "#" not in link and "energy.scenario=" in link, link
