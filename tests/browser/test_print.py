"""Every page prints cleanly (issue 23): no navigation, search or calculator controls; a
calculator prints the numbers it shows; charts are kept; each outside link prints its address."""

from __future__ import annotations

import pytest
from harness import Session

pytestmark = pytest.mark.browser

PAGES = ("", "cost/", "five-years-on/", "claims/", "sources/")


@pytest.mark.parametrize("path", PAGES)
def test_a_printed_page_has_its_content_and_no_navigation(session: Session, path: str) -> None:
    page, _ = session.new_page(None, block_cdn=True)
    page.goto(session.site.url + path)
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        for element in page.locator(chrome).all():
            assert not element.is_visible(), (path, chrome)
    assert page.locator("article h1").first.is_visible()
    links = page.locator("article a[href^='http']")
    if links.count():
        first = links.first
        after = first.evaluate("a => getComputedStyle(a, '::after').content")
        assert first.get_attribute("href") in after, (path, after)
    for svg in page.locator("article svg[role='img']").all()[:3]:
        assert svg.is_visible(), path
    assert len(page.pdf()) > 10_000  # it prints


def test_a_printed_calculator_shows_its_numbers_not_its_controls(session: Session) -> None:
    page, _ = session.new_page(None, block_cdn=True)
    page.goto(session.site.url + "cost/")
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    calc = page.locator(".calc").first
    assert calc.locator(".calc__outputs").is_visible()
    assert any(ch.isdigit() for ch in calc.locator(".calc__outputs").inner_text())
    for control in (".calc__export", ".calc__copy"):
        for element in calc.locator(control).all():
            assert not element.is_visible(), control
