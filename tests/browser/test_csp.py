"""The Content-Security-Policy of every page (docs/.overrides/main.html and hooks/csp.py).

Every browser test also fails on any ``securitypolicyviolation`` event (the ``session`` fixture);
here the policy itself is checked, shown to be enforced, and every page, every calculator and the
playground are used under it.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest
from bs4 import BeautifulSoup
from harness import Session, SiteServer, pyodide_base, wait_for_answers, wait_for_state

pytestmark = pytest.mark.browser

RUNNABLE = {None, "text/javascript", "application/javascript", "module"}


def _policy(soup: BeautifulSoup) -> dict[str, list[str]]:
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert meta is not None
    directives = [d.split() for d in str(meta["content"]).split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_every_page_has_a_strict_policy_before_its_first_script(site: SiteServer) -> None:
    pages = sorted(site.root.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        policy = _policy(soup)
        name = str(path.relative_to(site.root))
        assert policy["default-src"] == ["'self'"], name
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], name
        for directive in ("script-src", "style-src", "connect-src", "worker-src"):
            sources = policy[directive]
            assert sources[0] == "'self'", (name, directive)
            # Nothing but the site, the pinned Pyodide path and hashes.
            for source in sources[1:]:
                assert source in (pyodide_base(), "'unsafe-hashes'") or source.startswith(
                    "'sha256-"
                ), (name, directive, source)
        assert "'unsafe-inline'" not in html and "'unsafe-eval'" not in html, name
        assert "'wasm-unsafe-eval'" not in html, name  # Python runs in a worker
        assert "'inline-scripts'" not in html and "'inline-styles'" not in html, name
        # The policy comes before any script, so it covers them all, and <meta charset> is in
        # the first kilobyte, where browsers look for it.
        head = soup.head
        assert head is not None
        first = head.find(["script", "meta"], attrs={"http-equiv": "Content-Security-Policy"})
        assert first is not None and first.name == "meta", name
        assert first.find_previous("script") is None, name
        assert html.find('<meta charset="utf-8">') < 1024, name
        # Every inline script a browser runs, and every inline style, is allowed by its hash.
        for script in soup.find_all("script"):
            if script.has_attr("src") or script.get("type") not in RUNNABLE:
                continue
            assert _hash(script.string or "") in policy["script-src"], (name, script.string[:80])
        for style in soup.find_all("style"):
            assert _hash(style.string or "") in policy["style-src"], name
        for tag in soup.find_all(style=True):
            assert _hash(tag["style"]) in policy["style-src"], (name, tag["style"])


def test_the_policy_is_enforced(session: Session) -> None:
    """A script injected into the page does not run, and the violation is reported."""
    page, network = session.new_page("energy/")
    ran = page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__injected = true';
                   document.body.append(s); return window.__injected === true; }"""
    )
    page.wait_for_timeout(200)
    assert ran is False
    assert any("script-src" in v for v in network.csp_violations), network.csp_violations
    network.csp_violations.clear()  # expected here; the fixture fails on any other


def _use_calculators(page: Any, names: list[str]) -> None:
    """Edit the first field of every calculator on the page, then show its low–high view."""
    for index, name in enumerate(names):
        root = page.locator("[data-calculator]").nth(index)
        assert root.get_attribute("data-calculator") == name
        assert wait_for_state(root, ("ready", "unavailable"), 60_000) == "ready"
        before = int(root.get_attribute("data-answers") or 0)
        box = root.locator(".calc__field input").first
        value = float(box.input_value().replace(",", "") or 1)
        box.fill(str(value * 2))
        wait_for_answers(root, before + 1)
        switch = root.locator('[data-range-switch] input[value="range"]')
        if switch.count():
            switch.check()
            page.wait_for_function(
                "el => !el.querySelector('[data-ranges]').hidden", arg=root.element_handle()
            )


def test_every_page_and_every_calculator_and_the_playground_run_under_the_policy(
    session: Session,
) -> None:
    context, network = session.new_context()
    page = context.new_page()
    page.set_default_timeout(60_000)
    calculators = session.site.calculator_pages()
    for path in session.site.pages():
        page.goto(session.site.url + path)
        page.wait_for_load_state("load")
        if path in calculators:
            _use_calculators(page, calculators[path])
        if path == "playground/":
            block = page.locator("[data-playground]").nth(2)
            block.locator("[data-run]").click()
            page.wait_for_function("b => b.dataset.runs === '1'", arg=block.element_handle())
            assert "$307,200" in (block.locator("[data-output]").text_content() or "")
        page.wait_for_timeout(100)
        assert network.csp_violations == [], (path, network.csp_violations)
    assert {"energy/", "cost/", "playground/"} <= set(session.site.pages())
    assert len(calculators) >= 3, calculators
