"""Fixtures for the browser tests: one strict build of the site, one local HTTP server and one
headless Chromium per session; fresh, network-recorded browser contexts per test (harness.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import CHROMIUM, CHROMIUM_ARGS, Session, SiteServer, pyodide_base, shared_site
from playwright.sync_api import Browser, Playwright, sync_playwright


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> SiteServer:
    """The site, built with ``mkdocs build --strict`` once per test run (tests/test_site.py
    uses the same build) and served on 127.0.0.1."""
    try:
        return shared_site(tmp_path_factory)
    except RuntimeError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (make browser-deps installs it)")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def session(site: SiteServer, browser: Browser) -> Iterator[Session]:
    """Fresh contexts for one test; fails the test if any request left for another host."""
    s = Session(site, browser, pyodide_base())
    yield s
    unexpected, violations = s.close_contexts()
    assert unexpected == [], (
        f"requests to hosts other than the site and the pinned CDN: {unexpected}"
    )
    assert violations == [], f"Content-Security-Policy violations: {violations}"
