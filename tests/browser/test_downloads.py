"""Download each chart as SVG and the rows behind it as CSV, from the chart itself (issue 23):
a page's chart with its data file, a calculator's chart as drawn now, after an edit too."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from harness import Session
from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser


def _download(page: Page, figure: Locator, text: str) -> tuple[str, str]:
    with page.expect_download() as info:
        figure.get_by_role("button", name=text).click()
    return Path(info.value.path()).read_text("utf-8"), info.value.suggested_filename


def test_a_pages_chart_downloads_as_svg_with_its_data_file(session: Session) -> None:
    page, network = session.new_page(None, block_cdn=True, accept_downloads=True)
    page.goto(session.site.url + "five-years-on/")
    figure = page.locator("figure.chart").first
    svg, name = _download(page, figure, "Download the chart (SVG)")
    assert svg.startswith("<svg") and "http://www.w3.org/2000/svg" in svg and name.endswith(".svg")
    assert "Training runs before and after the article" in svg
    data, name = _download(page, figure, "Download its data (CSV)")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert name == "runs.csv" and {"GPT-3", "M6-10T", "OLMo 2 7B"} <= {r["run"] for r in rows}
    assert not network.csp_violations


def test_a_calculators_chart_downloads_as_drawn_after_an_edit(session: Session) -> None:
    page, network = session.new_page(None, accept_downloads=True)
    page.goto(session.site.url + "energy/")
    root = page.locator("[data-calculator='energy']").first
    figure = root.locator("[data-chart]")
    before, _ = _download(page, figure, "Download its data (CSV)")
    first = list(csv.DictReader(io.StringIO(before)))
    assert first and all(r["value"] for r in first)
    answers = figure.get_attribute("data-chart-answers") or "0"
    gpus = root.locator("input[name='gpus']")
    gpus.fill("1024")
    page.wait_for_function(
        "([el, n]) => el.dataset.chartAnswers && el.dataset.chartAnswers !== n",
        arg=[figure.element_handle(), answers], timeout=120_000)
    after, name = _download(page, figure, "Download its data (CSV)")
    second = list(csv.DictReader(io.StringIO(after)))
    assert name.endswith(".csv")
    mine = [r for r in second if r["label"] == first[0]["label"]]
    assert mine and float(mine[0]["value"]) == pytest.approx(2 * float(first[0]["value"]))
    svg, _ = _download(page, figure, "Download the chart (SVG)")
    assert svg.startswith("<svg")
    assert not network.csp_violations
