"""Every calculator, in a real browser: build-time defaults, edits, bad input, shared links.

The numbers a reader sees must be exactly what ``calc.web.answers.run`` gives in CPython for the
same inputs, both in the static page and after Pyodide recomputes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from bs4 import BeautifulSoup
from harness import (
    Network,
    Session,
    SiteServer,
    answer_count,
    calc_root,
    expected_texts,
    shown_inputs,
    shown_outputs,
    wait_for_answers,
    wait_for_state,
)
from playwright.sync_api import Browser, Page

from calc.calculators import CALCULATORS, scenario_inputs
from calc.web.answers import run
from docs.snippets.calculator_html import format_input

pytestmark = pytest.mark.browser

NAMES = sorted(CALCULATORS)
NOT_A_NUMBER = re.compile(r"NaN|Infinity|\binf\b|undefined|null")
# Every kind of bad input the issue lists, typed into each calculator's first field.
BAD_INPUTS = {
    "empty": "",
    "text": "abc",
    "negative": "-1",
    "zero": "0",
    "nan": "NaN",
    "infinity": "Infinity",
    "overflow": "1e400",
    "absurdly-large": "1e300",
    "misplaced-underscore": "2__5",
    "very-long": "9" * 500,
}


def _page_for(site: SiteServer, name: str) -> str:
    """The page to test calculator ``name`` on: the one with the most calculators."""
    pages = site.calculator_pages()
    holding = [page for page, names in pages.items() if name in names]
    assert holding, f"no page of the site shows the {name!r} calculator"
    return max(holding, key=lambda page: len(pages[page]))


@dataclass
class Live:
    """A calculator page with Python booted, shared by the tests of this module."""

    session: Session
    pages: dict[str, tuple[Page, Network]]

    def page(self, site: SiteServer, name: str) -> Page:
        path = _page_for(site, name)
        if path not in self.pages:
            page, network = self.session.new_page(path)
            page.set_default_timeout(30_000)
            wait_for_state(calc_root(page, name), ("ready", "unavailable"))
            self.pages[path] = (page, network)
        page = self.pages[path][0]
        assert calc_root(page, name).get_attribute("data-state") == "ready"
        return page


@pytest.fixture(scope="module")
def live(site: SiteServer, browser: Browser) -> Iterator[Live]:
    from harness import pyodide_base

    session = Session(site, browser, pyodide_base())
    yield Live(session, {})
    unexpected, violations = session.close_contexts()
    assert unexpected == [], f"requests to other hosts: {unexpected}"
    assert violations == [], f"Content-Security-Policy violations: {violations}"


def _no_number_garbage(page: Page, root: Any) -> None:
    """No NaN or Infinity shown: outputs, formula, and the page text outside error messages."""
    for text in [*shown_outputs(root).values(), root.locator("[data-formula]").text_content()]:
        assert not NOT_A_NUMBER.search(text or ""), text
    body = page.evaluate(
        """() => {
          const copy = document.body.cloneNode(true);
          copy.querySelectorAll('[data-error-for]').forEach(el => el.remove());
          return copy.innerText;
        }"""
    )
    assert not re.search(r"NaN|Infinity", body), "NaN or Infinity shown on the page"


# ---------------------------------------------------------------- before any JavaScript
def test_every_calculator_is_on_some_page(site: SiteServer) -> None:
    shown = {name for names in site.calculator_pages().values() for name in names}
    assert shown >= set(NAMES), f"calculators on no page: {set(NAMES) - shown}"


def test_defaults_in_static_html_match_cpython(site: SiteServer) -> None:
    """The HTML as served (what a reader without JavaScript sees) holds calc's own answers."""
    checked = 0
    for path in site.calculator_pages():
        html = (site.root / path / "index.html").read_text(encoding="utf-8")
        for root in BeautifulSoup(html, "html.parser").select("[data-calculator]"):
            name, scenario = str(root["data-calculator"]), str(root["data-scenario"])
            defaults = scenario_inputs(name, scenario)
            result = run(name, defaults)
            assert result["ok"], result
            where = f"{path} {name}"
            for field, value in defaults.items():
                box = root.select_one(f'input[name="{field}"]')
                assert box is not None, f"{where}: no input {field}"
                assert float(str(box["value"])) == pytest.approx(value, rel=1e-12), where
                assert box.get("aria-invalid") is None, where
                label = root.select_one(f'label[for="{box["id"]}"]')
                assert label is not None, f"{where}: {field} has no label"
                assert label.get_text(strip=True), f"{where}: {field} label is empty"
                spec_unit = CALCULATORS[name].inputs[list(defaults).index(field)].unit
                assert spec_unit in label.get_text(), f"{where}: unit of {field} not in label"
                described = str(box["aria-describedby"]).split()
                assert all(root.select_one(f"#{ref}") for ref in described), where
            shown = {str(el["data-output"]): el.get_text() for el in root.select("[data-output]")}
            assert shown == expected_texts(result), where
            formula = root.select_one("[data-formula]")
            assert formula is not None, where
            assert formula.get_text() == result["formula"], where
            assert root.select_one('[role="status"]') is not None, where
            checked += 1
    assert checked >= len(NAMES)


def test_defaults_visible_with_javascript_off(session: Session) -> None:
    for path, names in session.site.calculator_pages().items():
        page, _ = session.new_page(path, java_script_enabled=False)
        for index, name in enumerate(names):
            root = page.locator("[data-calculator]").nth(index)
            scenario = str(root.get_attribute("data-scenario"))
            expected = expected_texts(run(name, scenario_inputs(name, scenario)))
            assert shown_outputs(root) == expected
            assert root.locator("[data-output]").first.is_visible()
            assert "needs JavaScript" in (root.locator("[data-status]").text_content() or "")
            assert not root.locator("[data-copy-link]").is_visible()
        page.context.close()


# ---------------------------------------------------------------- recomputed by Pyodide
@pytest.mark.parametrize("name", NAMES)
def test_edit_recomputes_like_cpython(live: Live, site: SiteServer, name: str) -> None:
    page = live.page(site, name)
    root = calc_root(page, name)
    fields = list(shown_inputs(root))
    for field in (fields[0], fields[-1]):
        box = root.locator(f'input[name="{field}"]')
        before = answer_count(root)
        new = format_input(float(box.input_value()) * 0.5)
        box.fill(new)
        wait_for_answers(root, before + 1)
        typed = shown_inputs(root)
        assert typed[field] == new
        expected = run(name, typed)
        assert expected["ok"], expected
        assert shown_outputs(root) == expected_texts(expected)
        assert root.locator("[data-formula]").text_content() == expected["formula"]
        assert root.get_attribute("data-stale") is None
        assert box.get_attribute("aria-invalid") is None
        _no_number_garbage(page, root)


@pytest.mark.parametrize("kind", list(BAD_INPUTS))
@pytest.mark.parametrize("name", NAMES)
def test_bad_input_shows_calc_message_and_stale_results(
    live: Live, site: SiteServer, name: str, kind: str
) -> None:
    page = live.page(site, name)
    root = calc_root(page, name)
    field = next(iter(shown_inputs(root)))
    box = root.locator(f'input[name="{field}"]')
    good = box.input_value()
    last_good = shown_outputs(root)

    before = answer_count(root)
    box.fill(BAD_INPUTS[kind])
    wait_for_answers(root, before + 1)

    expected = run(name, shown_inputs(root))
    assert not expected["ok"], f"calc accepted {BAD_INPUTS[kind]!r} for {name}.{field}"
    message = expected["errors"][field]
    error = root.locator(f'[data-error-for="{field}"]')
    assert error.text_content() == message
    assert error.is_visible()
    assert box.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in (box.get_attribute("aria-describedby") or "").split()
    assert root.get_attribute("data-stale") == "true"
    assert shown_outputs(root) == last_good, "the last good results must stay (marked stale)"
    assert "stale" in (root.locator("[data-status]").text_content() or "")
    _no_number_garbage(page, root)
    widths = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"the message widened the page: {widths}"

    before = answer_count(root)
    box.fill(good)
    wait_for_answers(root, before + 1)
    assert root.get_attribute("data-stale") is None
    assert box.get_attribute("aria-invalid") is None
    assert error.text_content() == ""
    assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))


@pytest.mark.parametrize("name", NAMES)
def test_scenario_choice_shows_that_scenario(live: Live, site: SiteServer, name: str) -> None:
    page = live.page(site, name)
    root = calc_root(page, name)
    select = root.locator("[data-scenario-select]")
    for scenario in reversed(CALCULATORS[name].scenarios):
        before = answer_count(root)
        select.select_option(scenario)
        wait_for_answers(root, before + 1)
        defaults = scenario_inputs(name, scenario)
        assert shown_inputs(root) == {k: format_input(v) for k, v in defaults.items()}
        assert shown_outputs(root) == expected_texts(run(name, defaults))


# ---------------------------------------------------------------- the URL holds the scenario
def test_url_round_trip_restores_every_calculator(session: Session) -> None:
    """Change every calculator, copy the link, open it fresh: the same numbers come back."""
    site = session.site
    path = max(site.calculator_pages().items(), key=lambda item: len(item[1]))[0]
    context, _ = session.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site.url + path)
    wanted: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {}
    names = site.calculator_pages()[path]
    for name in names:
        root = calc_root(page, name)
        scenario = CALCULATORS[name].scenarios[-1]
        root.locator("[data-scenario-select]").select_option(scenario)
        field = next(iter(shown_inputs(root)))
        box = root.locator(f'input[name="{field}"]')
        before = answer_count(root)
        box.fill(format_input(float(box.input_value()) * 3))
        wait_for_answers(root, before + 1, timeout_ms=60_000)
        inputs = shown_inputs(root)
        wanted[name] = (scenario, inputs, expected_texts(run(name, inputs)))
        assert shown_outputs(root) == wanted[name][2]
    root = calc_root(page, names[-1])
    root.locator("[data-copy-link]").click()
    page.wait_for_function(
        "el => el.textContent.startsWith('Link copied')",
        arg=root.locator("[data-status]").element_handle(),
    )
    link = page.evaluate("navigator.clipboard.readText()")
    # Material's anchor tracking may have moved the URL's #fragment while the page scrolled.
    assert link.split("#")[0] == page.url.split("#")[0]
    for name in names:
        assert f"{name}.scenario=" in link

    fresh, _ = session.new_page(None)
    fresh.goto(link)
    for name in names:
        root = calc_root(fresh, name)
        scenario, inputs, _ = wanted[name]
        # Restored at once, before Python is ready; the build-time results are marked stale.
        assert root.locator("[data-scenario-select]").input_value() == scenario
        assert shown_inputs(root) == inputs
    for name in names:
        root = calc_root(fresh, name)
        wait_for_answers(root, 1, timeout_ms=60_000)
        assert shown_outputs(root) == wanted[name][2]
        assert root.get_attribute("data-stale") is None
        assert answer_count(root) == 1


def test_a_link_with_only_a_scenario_shows_that_scenario(session: Session) -> None:
    """?cost.scenario=X fills every field from scenario X and answers for it."""
    site = session.site
    path = max(site.calculator_pages().items(), key=lambda item: len(item[1]))[0]
    name = site.calculator_pages()[path][0]
    scenario = CALCULATORS[name].scenarios[-1]
    page, _ = session.new_page(None)
    page.route("**/*.js", lambda route: route.abort())  # read the calculator's URL key first
    page.goto(site.url + path)
    key = calc_root(page, name).get_attribute("data-key") or name
    page.unroute("**/*.js")
    page.goto(f"{site.url}{path}?{key}.scenario={scenario}")
    root = calc_root(page, name)
    wanted = {field: format_input(v) for field, v in scenario_inputs(name, scenario).items()}
    assert shown_inputs(root) == wanted
    wait_for_answers(root, 1, timeout_ms=60_000)
    assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))
    assert root.get_attribute("data-stale") is None


def test_keyboard_only_editing_with_visible_focus(live: Live, site: SiteServer) -> None:
    name = NAMES[0]
    page = live.page(site, name)
    root = calc_root(page, name)
    select = root.locator("[data-scenario-select]")
    select.focus()
    fields = list(shown_inputs(root))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == fields[0]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), "keyboard focus is not visible"
    for _ in range(6):  # past the links to the default's sources
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == fields[1]:
            break
    assert page.evaluate("document.activeElement.name") == fields[1]
    before = answer_count(root)
    page.keyboard.press("Control+a")
    page.keyboard.type("7")
    wait_for_answers(root, before + 1)
    assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))
