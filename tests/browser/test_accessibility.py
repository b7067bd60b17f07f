"""axe-core finds no serious or critical violation on any page, in light and in dark mode,
including the calculators while loading, unavailable, ready and showing an error."""

from __future__ import annotations

from typing import Any

import pytest
from harness import (
    Session,
    answer_count,
    calc_root,
    serious_axe_violations,
    wait_for_answers,
    wait_for_state,
)
from playwright.sync_api import Page

pytestmark = pytest.mark.browser

SCHEMES = {"light": "default", "dark": "slate"}




def _open(session: Session, path: str, scheme: str, **options: Any) -> Page:
    page, _ = session.new_page(None, color_scheme=scheme, **options)
    page.goto(session.site.url + path)
    page.wait_for_load_state("load")
    assert page.get_attribute("body", "data-md-color-scheme") == SCHEMES[scheme]
    return page


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_every_page_has_no_serious_axe_violation(session: Session, scheme: str) -> None:
    """Every page as built (calculators wired; Python blocked here to keep the sweep fast)."""
    found: dict[str, list[str]] = {}
    for path in session.site.pages():
        page = _open(session, path, scheme, block_cdn=True)
        for root in page.locator("[data-calculator]").all():
            root.locator("input[name]").first.focus()
            wait_for_state(root, ("unavailable",), timeout_ms=10_000)
        if problems := serious_axe_violations(page):
            found[path or "/"] = problems
        page.context.close()
    assert not found, "\n".join(
        f"{page}: {problem}" for page, ps in found.items() for problem in ps
    )


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_live_calculators_have_no_serious_axe_violation(session: Session, scheme: str) -> None:
    """Calculators with Python ready, one field in error, the copy-link button shown."""
    path, names = max(session.site.calculator_pages().items(), key=lambda item: len(item[1]))
    page = _open(session, path, scheme)
    root = calc_root(page, names[0])
    root.locator("input[name]").first.focus()
    wait_for_state(root, ("loading", "ready"))
    loading = serious_axe_violations(page) if root.get_attribute("data-state") == "loading" else []
    wait_for_state(root, ("ready",))
    box = root.locator("input[name]").first
    before = answer_count(root)
    box.fill("abc")
    wait_for_answers(root, before + 1)
    assert box.get_attribute("aria-invalid") == "true"
    assert not loading, "while loading:\n" + "\n".join(loading)
    ready = serious_axe_violations(page)
    assert not ready, "ready, one field in error:\n" + "\n".join(ready)
