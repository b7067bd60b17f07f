"""On a 390-px phone screen a wide table scrolls sideways, and each row's name stays in view
beside the figures: every table wider than the screen on the pages with the widest tables, each
scrolled to its last column."""

from __future__ import annotations

import pytest
from harness import Session

pytestmark = pytest.mark.browser

WIDTH = 390
PAGES = ("five-years-on/", "claims/", "cost/", "budget/")


@pytest.mark.parametrize("path", PAGES)
def test_each_rows_name_stays_beside_its_last_figure_on_a_phone(session: Session,
                                                                path: str) -> None:
    page, _ = session.new_page(None, viewport={"width": WIDTH, "height": 800}, block_cdn=True)
    page.goto(session.site.url + path)
    page.wait_for_load_state("load")
    wide = [t for t in page.locator("article table").all()
            if t.evaluate("t => t.scrollWidth") > WIDTH]
    if path == "five-years-on/":
        assert len(wide) >= 2  # the runs' tables do not fit a phone: the check is not empty
    for table in wide:
        wrapper = table.locator(
            "xpath=ancestor::div[contains(@class, 'md-typeset__scrollwrap')]")
        wrapper.evaluate("w => { w.scrollLeft = w.scrollWidth; }")
        page.wait_for_timeout(50)
        for row in table.locator("tbody tr").all():
            cells = row.locator("td")
            first, last = cells.first, cells.last
            name, figure = first.bounding_box(), last.bounding_box()
            assert name is not None and figure is not None
            # The row's name is on screen beside the figure at the far end of its row.
            assert name["x"] >= 0 and name["x"] + name["width"] <= WIDTH, first.inner_text()
            assert figure["x"] < WIDTH and figure["x"] + figure["width"] > 0
            assert name["x"] + name["width"] <= figure["x"] + 1, first.inner_text()
