"""Cite any claim (issue 23): every claim card carries a citation (the claim, the figures and the
verdict, the page's address with the card's anchor, when the numbers were last checked, the
data version), readable with JavaScript off; with it on, a button copies it and says so."""

from __future__ import annotations

import re

import pytest
from harness import Session

from calc import __version__
from calc.corrections import LAST_CHECKED
from calc.ledger import evaluate

pytestmark = pytest.mark.browser


def test_a_claim_card_is_cited_with_javascript_off(session: Session) -> None:
    page, _ = session.new_page(None, java_script_enabled=False)
    page.goto(session.site.url + "cost/")
    card = page.locator("#claim-m6-cost-arithmetic")
    card.locator(".claim-cite summary").click()
    text = card.locator(".claim-cite__text").inner_text()
    r = evaluate("m6_cost_arithmetic")
    assert r.title in text and r.our_text in text and r.verdict in text
    assert re.search(r"/cost/\?v=" + LAST_CHECKED.isoformat() + r"#claim-m6-cost-arithmetic\b",
                     text), text
    assert "last checked" in text and __version__ in text
    assert card.locator(".claim-cite__copy").count() == 0  # no dead button without JS


def test_the_copy_button_copies_the_citation_and_announces_it(session: Session) -> None:
    page, _ = session.new_page(None, block_cdn=True,
                               permissions=["clipboard-read", "clipboard-write"])
    page.goto(session.site.url + "five-years-on/")
    card = page.locator(".claim-card").first
    card.locator(".claim-cite summary").click()
    button = card.locator(".claim-cite__copy")
    button.focus()
    page.keyboard.press("Enter")
    status = card.locator(".claim-cite__status")
    assert status.get_attribute("role") == "status"
    page.wait_for_function("el => el.textContent.includes('copied')", arg=status.element_handle())
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == card.locator(".claim-cite__text").inner_text().strip()
    assert f"/five-years-on/?v={LAST_CHECKED.isoformat()}#claim-" in copied
    # After instant navigation to another page the new cards are wired too.
    page.locator("a[href$='claims/']").first.click()
    page.wait_for_url(re.compile(r"/claims/$"))
    page.locator(".claim-card .claim-cite summary").first.click()
    assert page.locator(".claim-card .claim-cite__copy").first.is_visible()


def test_a_calculator_result_is_cited_with_the_link_that_reproduces_it(session: Session) -> None:
    page, _ = session.new_page(None, permissions=["clipboard-read", "clipboard-write"])
    page.goto(session.site.url + "energy/")
    root = page.locator("[data-calculator='energy']").first
    root.locator("input[name='gpus']").fill("1000")
    page.wait_for_function("() => location.search.includes('gpus=1000')", timeout=120_000)
    root.get_by_role("button", name="Copy citation").click()
    page.wait_for_function("el => el.dataset.exported === 'cite'", arg=root.element_handle())
    copied = page.evaluate("navigator.clipboard.readText()")
    anchor = root.get_attribute("id")
    assert copied.startswith(root.locator(".calc__title").inner_text().strip())
    assert "gpus=1000" in copied and f"v={LAST_CHECKED.isoformat()}" in copied
    assert f"#{anchor}" in copied
    first_result = root.locator(".calc__outputs dd").first.inner_text().strip()
    assert first_result and first_result in copied
    assert "copied" in root.locator("[data-export-status]").inner_text()
