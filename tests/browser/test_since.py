"""Links that remember (issue 23): a link carries the version of the numbers it was made with;
opened after a correction, the page lists the corrections since, from the corrections log, and
says its numbers are today's."""

from __future__ import annotations

import datetime as dt

import pytest
from harness import Session

from calc.corrections import CORRECTIONS, LAST_CHECKED

pytestmark = pytest.mark.browser


def test_an_old_link_lists_the_corrections_since(session: Session) -> None:
    made = dt.date(2026, 12, 1)
    since = [c for c in CORRECTIONS if c.day > made]
    assert since  # the log has changes after that day: the check is not empty
    page, network = session.new_page(None, block_cdn=True)
    page.goto(session.site.url + f"cost/?v={made.isoformat()}")
    box = page.locator(".gabn-since")
    box.wait_for()
    assert box.get_attribute("role") == "status"
    page.wait_for_function("el => /\\d+ changes? since/.test(el.textContent)",
                           arg=box.element_handle())
    text = box.inner_text()
    assert f"{len(since)} change" in text and "today's" in text
    assert box.locator("li a").count() == min(len(since), 8)
    assert box.locator("a[href$='corrections/']").count() == 1
    assert not network.csp_violations


def test_a_current_link_has_no_notice_and_an_edit_writes_the_version(session: Session) -> None:
    page, _ = session.new_page(None, block_cdn=True)
    page.goto(session.site.url + f"cost/?v={LAST_CHECKED.isoformat()}")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.locator(".gabn-since").count() == 0
    page, _ = session.new_page(None)  # Python answers: the state is written after an answer
    page.goto(session.site.url + "energy/")
    page.locator("[data-calculator='energy'] input[name='gpus']").fill("1000")
    page.wait_for_function(f"() => location.search.includes('v={LAST_CHECKED.isoformat()}')",
                           timeout=120_000)
