"""The calculators that answer questions, in a real browser: the "what would make it true?"
solver, low–high ranges, live charts and CSV/JSON export.

Every number the page shows must be exactly what ``calc.web.views`` gives in CPython for the
same request: the browser only places Python's answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from harness import (
    Session,
    SiteServer,
    answer_count,
    calc_root,
    serious_axe_violations,
    shown_inputs,
    shown_outputs,
    wait_for_answers,
    wait_for_state,
)
from playwright.sync_api import Browser, Page

from calc.calculators import CALCULATORS
from calc.solver import SOLVABLE
from calc.web import views
from calc.web.answers import run

pytestmark = pytest.mark.browser

GARBAGE = re.compile(r"NaN|Infinity|\binf\b|undefined|null|−|-\d")
# Where each solvable claim is judged.
SOLVER_PAGES = {
    "m6_10t_energy": "energy/",
    "car_lifetimes": "energy/",
    "m6_cost_arithmetic": "cost/",
    "m6_10t_size": "size/",
}
EXTRA_PAGES = {"energy": "energy/", "cost": "cost/"}


class Live:
    """Pages with Python booted, shared by the tests of this module."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.pages: dict[str, Page] = {}

    def page(self, path: str) -> Page:
        if path not in self.pages:
            page, _ = self.session.new_page(path)
            page.set_default_timeout(30_000)
            root = page.locator("[data-calculator]").first
            root.locator("input[name]").first.focus()
            wait_for_state(root, ("ready",))
            self.pages[path] = page
        return self.pages[path]


@pytest.fixture(scope="module")
def live(site: SiteServer, browser: Browser) -> Iterator[Live]:
    from harness import pyodide_base

    session = Session(site, browser, pyodide_base())
    yield Live(session)
    unexpected, violations = session.close_contexts()
    assert unexpected == [], f"requests to other hosts: {unexpected}"
    assert violations == [], f"Content-Security-Policy violations: {violations}"


def _count(locator: Any, attribute: str) -> int:
    return int(locator.get_attribute(attribute) or 0)


def _wait_count(locator: Any, attribute: str, count: int) -> None:
    locator.page.wait_for_function(
        "([el, attr, n]) => Number(el.getAttribute(attr) || 0) >= n",
        arg=[locator.element_handle(), attribute, count],
        timeout=30_000,
    )


def _edit(page: Page, root: Any, field: str, value: str) -> None:
    before = answer_count(root)
    root.locator(f'.calc__field input[name="{field}"]').fill(value)
    wait_for_answers(root, before + 1)


# ---------------------------------------------------------------- the solver
def _solver_texts(form: Any) -> dict[str, str]:
    return {
        slot: (form.locator(f"[data-solver-{slot}]").text_content() or "").strip()
        for slot in ("value", "range", "judgement", "basis")
    }


def _expected_solver(claim: str, name: str) -> dict[str, str]:
    s = views.solve_view(claim, name)
    return {
        "value": s["value_text"] if s["ok"] else "no possible value",
        "range": s["range_text"],
        "judgement": s["sentence"] if s["ok"] else s["message"],
        "basis": s["basis"],
    }


def test_solver_forms_are_complete_without_javascript(site: SiteServer) -> None:
    """Each claim's form shows calc's solution for its first input in the HTML as served."""
    for claim, path in SOLVER_PAGES.items():
        html = (site.root / path / "index.html").read_text(encoding="utf-8")
        form = BeautifulSoup(html, "html.parser").select_one(f'[data-solver="{claim}"]')
        assert form is not None, f"{path}: no solver for {claim}"
        first = SOLVABLE[claim].inputs[0].name
        checked = form.select_one('input[name="solve-for"][checked]')
        assert checked is not None and checked["value"] == first
        radios = [str(r["value"]) for r in form.select('input[name="solve-for"]')]
        assert radios == [i.name for i in SOLVABLE[claim].inputs]
        for slot, text in _expected_solver(claim, first).items():
            cell = form.select_one(f"[data-solver-{slot}]")
            assert cell is not None and cell.get_text().strip() == text, (claim, slot)


@pytest.mark.parametrize("claim", list(SOLVER_PAGES))
def test_solver_picks_each_input_and_matches_cpython(live: Live, claim: str) -> None:
    page = live.page(SOLVER_PAGES[claim])
    form = page.locator(f'[data-solver="{claim}"]')
    # Last input first, so that every choice (the first one too) is a real change.
    for spec in reversed(SOLVABLE[claim].inputs):
        before = _count(form, "data-answers")
        form.locator(f'input[name="solve-for"][value="{spec.name}"]').check()
        _wait_count(form, "data-answers", before + 1)
        shown = _solver_texts(form)
        assert shown == _expected_solver(claim, spec.name), (claim, spec.name)
        s = views.solve_view(claim, spec.name)
        assert form.get_attribute("data-judgement") == (s["judgement"] if s["ok"] else "impossible")
        assert not GARBAGE.search(shown["value"]), shown


def test_impossible_target_is_said_plainly(live: Live) -> None:
    """A PUE below 1 would be needed for the 1% claim: no negative, NaN or number shown."""
    page = live.page("energy/")
    form = page.locator('[data-solver="m6_10t_energy"]')
    before = _count(form, "data-answers")
    form.locator('input[name="solve-for"][value="pue"]').check()
    _wait_count(form, "data-answers", before + 1)
    assert form.locator("[data-solver-value]").text_content() == "no possible value"
    assert form.locator("[data-solver-judgement]").text_content().startswith("No PUE can make")
    assert form.get_attribute("data-judgement") == "impossible"


# ---------------------------------------------------------------- ranges
def _switch(root: Any, mode: str) -> None:
    before = _count(root, "data-ranges-answers")
    root.locator(f'[data-range-switch] input[value="{mode}"]').check()
    if mode == "range":
        _wait_count(root, "data-ranges-answers", before + 1)
    assert root.get_attribute("data-mode") == mode


@pytest.mark.parametrize("name", list(EXTRA_PAGES))
def test_ranges_low_central_high_match_cpython(live: Live, name: str) -> None:
    page = live.page(EXTRA_PAGES[name])
    root = calc_root(page, name)
    _switch(root, "range")
    for edit in (None, ("gpus", "1024")):
        if edit:
            before = _count(root, "data-ranges-answers")
            _edit(page, root, *edit)
            _wait_count(root, "data-ranges-answers", before + 1)
        inputs = shown_inputs(root)
        scenario = root.locator("[data-scenario-select]").input_value()
        expected = views.ranges_view(name, inputs, scenario)
        assert expected["ok"]
        outputs = root.locator("[data-output]")
        assert outputs.count() == len(CALCULATORS[name].outputs)
        for el in outputs.all():
            key = el.get_attribute("data-output")
            low, central, high = (
                float(el.get_attribute(f"data-{k}") or "nan") for k in ("low", "central", "high")
            )
            assert low <= central <= high, (key, low, central, high)
            # GPU-hours, and cost against GPT-3 at the same price, do not move with the price.
            fixed = {"gpu_hours", "vs_gpt3", "vs_gpt3_a100"} if name == "cost" else (
                {"gpu_hours", "vs_gpt3_tdp"} if name == "energy" else {"gpu_hours"})
            assert low < high or key in fixed, f"{key}: no range shown"
            assert el.text_content() == expected["outputs"][key]["text"]
            assert central == pytest.approx(expected["outputs"][key]["central"], rel=1e-12)
        shown_sens = root.locator("[data-sensitivity] li").all_text_contents()
        assert shown_sens == [row["text"] for row in expected["sensitivity"]]
        assert shown_sens, "no sensitivity list"
    _switch(root, "central")
    assert shown_outputs(root) == {
        k: v["text"] for k, v in run(name, shown_inputs(root))["outputs"].items()
    }
    _edit(page, root, "gpus", "512")


def test_range_mode_with_a_field_in_error_is_marked_stale(live: Live) -> None:
    """Low–high chosen while a field is wrong: outputs, mode and ranges panel all say stale."""
    page = live.page("energy/")
    root = calc_root(page, "energy")
    days = shown_inputs(root)["days"]
    _edit(page, root, "days", "-3")
    before = _count(root, "data-ranges-answers")
    root.locator('[data-range-switch] input[value="range"]').check()
    _wait_count(root, "data-ranges-answers", before + 1)
    assert root.get_attribute("data-stale") == "true"
    ranges = root.locator("[data-ranges]")
    assert ranges.get_attribute("data-stale") == "true"

    def after(selector: str) -> str:
        return str(root.locator(selector).evaluate("el => getComputedStyle(el, '::after').content"))

    assert "stale" in after("[data-ranges] > summary"), "the ranges panel must look stale"
    if root.get_attribute("data-mode") != "range":
        assert "stale" in after("[data-range-switch]"), "central values under 'range' unexplained"
    _edit(page, root, "days", days)
    _wait_count(root, "data-ranges-answers", before + 2)
    assert root.get_attribute("data-mode") == "range"
    assert ranges.get_attribute("data-stale") is None
    _switch(root, "central")


# ---------------------------------------------------------------- charts
def _chart_values(page: Page, root: Any) -> list[float]:
    values: list[float] = root.locator("[data-chart-svg] svg rect.bar").evaluate_all(
        "bars => bars.map((b) => Number(b.dataset.value))"
    )
    return values


@pytest.mark.parametrize("name", list(EXTRA_PAGES))
def test_chart_updates_with_the_inputs(live: Live, name: str) -> None:
    """The SVG chart is on the page from the build and is redrawn from Python's answer."""
    page = live.page(EXTRA_PAGES[name])
    root = calc_root(page, name)
    figure = root.locator("[data-chart]")
    assert figure.get_attribute("data-chart-state") == "drawn"
    assert figure.locator("[data-chart-svg] svg").is_visible()
    for gpus in ("2048", "512"):
        before = _count(figure, "data-chart-answers")
        _edit(page, root, "gpus", gpus)
        _wait_count(figure, "data-chart-answers", before + 1)
        expected = views.chart_view(name, shown_inputs(root))
        values = [row["value"] for row in expected["rows"]]
        # A redraw of the answer before the edit (Python's first answer, on a slow start) can
        # land after the count was read: wait for the redraw of this answer, then compare.
        page.wait_for_function(
            "([el, want]) => { const got = [...el.querySelectorAll('svg rect.bar')]"
            ".map((b) => Number(b.dataset.value)); return got.length === want.length && "
            "got.every((v, i) => Math.abs(v - want[i]) <= 1e-9 * Math.abs(want[i])); }",
            arg=[figure.locator("[data-chart-svg]").element_handle(), values],
            timeout=30_000,
        )
        assert _chart_values(page, root) == values
        table = figure.locator("[data-chart-table] tbody tr").evaluate_all(
            "rows => rows.map(r => [r.dataset.chartRow, r.querySelector('td').textContent])"
        )
        assert table == [[row["key"], row["text"]] for row in expected["rows"]]
        svg = figure.locator("[data-chart-svg] svg")
        assert svg.locator("desc").text_content() == expected["summary"]
        assert svg.get_attribute("data-scale") == expected["scale"]
        assert svg.get_attribute("role") == "img"
    if name == "cost":
        note = figure.locator("[data-chart-note]").text_content() or ""
        assert "compare GPU-hours" in note


def test_chart_axis_is_readable_for_tiny_values(live: Live) -> None:
    """Short, few tick labels, and the reader's bar visible on a log axis when it is tiny."""
    page = live.page("energy/")
    root = calc_root(page, "energy")
    figure = root.locator("[data-chart]")
    days = shown_inputs(root)["days"]
    before = _count(figure, "data-chart-answers")
    _edit(page, root, "days", "0.0001")
    _wait_count(figure, "data-chart-answers", before + 1)
    svg = figure.locator("[data-chart-svg] svg")
    labels = svg.locator("text.tick").all_text_contents()
    widths = [float(w) for w in svg.locator("rect.bar").evaluate_all(
        "bars => bars.map((b) => b.getBoundingClientRect().width)")]
    assert 2 <= len(labels) <= 8, labels
    assert all(len(label) <= 8 for label in labels), labels
    assert min(widths) > 1, f"a bar is invisible: {widths}"
    _edit(page, root, "days", days)


def test_chart_is_there_without_a_charting_library(session: Session) -> None:
    """No chart library, no CDN: the chart is drawn when Python is blocked too (build-time
    SVG), and nothing is requested for it."""
    page, network = session.new_page("energy/", block_cdn=True)
    root = calc_root(page, "energy")
    figure = root.locator("[data-chart]")
    assert figure.locator("[data-chart-svg] svg rect.bar").count() >= 2
    expected = views.chart_view("energy", shown_inputs(root))
    assert _chart_values(page, root) == [row["value"] for row in expected["rows"]]
    assert not [u for u in network.served if "chart" in u]


# ---------------------------------------------------------------- accessibility
def test_extras_live_have_no_serious_axe_violation(live: Live) -> None:
    """Energy page with ranges shown, the chart drawn and a solver answered (light mode)."""
    page = live.page("energy/")
    root = calc_root(page, "energy")
    _switch(root, "range")
    serious = serious_axe_violations(page)
    _switch(root, "central")
    assert not serious, "\n".join(serious)
