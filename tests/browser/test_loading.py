"""How Python arrives: lazily, once per page load, shared across instant navigation, with
visible progress, and with an honest message when it cannot arrive at all."""

from __future__ import annotations

import math
import re
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    Network,
    Session,
    answer_count,
    calc_root,
    expected_texts,
    pyodide_workers,
    shown_inputs,
    shown_outputs,
    wait_for_answers,
    wait_for_instant_navigation,
    wait_for_state,
)

from calc.calculators import CALCULATORS, scenario_inputs
from calc.web.answers import run

pytestmark = pytest.mark.browser


def _calculator_page(session: Session) -> tuple[str, str]:
    """(page, first calculator name) of the page with the most calculators."""
    path, names = max(session.site.calculator_pages().items(), key=lambda item: len(item[1]))
    return path, names[0]


def _plain_pages(session: Session) -> list[str]:
    with_calculators = session.site.calculator_pages()
    return [page for page in session.site.pages() if page not in with_calculators]


def test_no_python_on_pages_without_calculators(session: Session) -> None:
    plain = _plain_pages(session)
    assert plain, "expected at least one page without calculators (the home page)"
    page, network = session.new_page(plain[0])
    page.wait_for_load_state("load")
    page.wait_for_timeout(2_500)  # past the idle callback that starts Python on other pages
    assert pyodide_workers(network) == []
    assert network.served == [], "Pyodide files were downloaded on a page without calculators"
    assert page.evaluate("document.querySelectorAll('[data-calculator]').length") == 0


def test_typing_before_python_is_ready_is_answered_once(session: Session) -> None:
    path, name = _calculator_page(session)
    page, network = session.new_page(path)
    root = calc_root(page, name)
    field = next(iter(shown_inputs(root)))
    box = root.locator(f'input[name="{field}"]')
    box.focus()  # starts Python
    assert root.get_attribute("data-state") == "loading"
    box.press("Control+a")
    box.press_sequentially("2048", delay=30)
    box.press("Backspace")
    box.press_sequentially("9", delay=30)  # 2049: the latest value must win
    assert root.get_attribute("data-state") == "loading", "Python was ready too early to test"
    # Visible progress while loading, and the typed numbers are marked stale.
    assert root.locator("[data-progress]").is_visible()
    assert "Loading Python" in (root.locator("[data-status]").text_content() or "")
    assert root.get_attribute("data-stale") == "true"
    assert answer_count(root) == 0

    wait_for_state(root, ("ready",))
    wait_for_answers(root, 1)
    page.wait_for_timeout(500)
    assert answer_count(root) == 1, "typing before Python was ready was answered more than once"
    typed = shown_inputs(root)
    assert typed[field] == "2049"
    assert shown_outputs(root) == expected_texts(run(name, typed))
    assert root.get_attribute("data-stale") is None
    assert not root.locator("[data-progress]").is_visible()
    assert len(pyodide_workers(network)) == 1
    assert network.served.count("pyodide.asm.wasm") == 1


@pytest.mark.parametrize("shared_link", [False, True], ids=["plain", "shared-link"])
def test_typing_before_the_page_is_wired_is_kept_and_answered(
    session: Session, shared_link: bool
) -> None:
    """A reader who types while the page is still loading (here: the calculators' script is
    held back) keeps what they typed, even over a shared link's numbers: focus starts Python at
    once (early-start.js), and once the calculator is wired the typed number is marked stale
    and then answered, once."""
    path, name = _calculator_page(session)
    query = ""
    if shared_link:
        html = urllib.request.urlopen(session.site.url + path).read().decode()
        key = BeautifulSoup(html, "html.parser").select_one(f'[data-calculator="{name}"]')
        assert key is not None
        scenario = CALCULATORS[name].scenarios[-1]
        query = f"?{key.get('data-key') or name}.scenario={scenario}"
    page, network = session.new_page(None)
    held: list[Any] = []
    page.route("**/javascripts/calculators.js", lambda route: held.append(route))
    page.goto(session.site.url + path + query, wait_until="commit")
    root = calc_root(page, name)
    box = root.locator(".calc__field input[name]").first
    field = box.get_attribute("name")
    box.fill("2049")
    for _ in range(100):  # the parser may reach the script after the reader has typed
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the calculators' script was not requested"
    assert root.get_attribute("data-wired") is None, "the page was wired too early to test"
    page.wait_for_function(
        "() => globalThis[Symbol.for('green-ai.python-client')]?.state === 'loading'"
    )
    held[0].continue_()
    wait_for_answers(root, 1)
    page.wait_for_timeout(500)
    assert answer_count(root) == 1
    typed = shown_inputs(root)
    assert typed[field] == "2049"
    assert shown_outputs(root) == expected_texts(run(name, typed))
    assert root.get_attribute("data-stale") is None
    assert len(pyodide_workers(network)) == 1


def test_calculators_work_over_plain_http_on_a_lan_address(session: Session) -> None:
    """Served over plain HTTP from a LAN address (a maintainer previewing on a phone), the page
    is not a secure context and has no crypto.subtle: the worker lets the browser check whole
    files instead of hashing them as they stream, and Python still arrives."""
    port = session.site.url.split(":")[2].split("/")[0]
    origin = f"http://lan-preview.test:{port}/"
    browser = session.browser.browser_type.launch(
        executable_path=CHROMIUM,
        args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP lan-preview.test 127.0.0.1"],
    )
    try:
        context = browser.new_context()
        network = Network(origin, session.cdn_base)
        context.route(network.is_foreign, network.handle)
        path, name = _calculator_page(session)
        page = context.new_page()
        page.goto(origin + path)
        assert page.evaluate("!window.isSecureContext && !globalThis.crypto?.subtle")
        root = calc_root(page, name)
        box = root.locator(".calc__field input[name]").first
        box.fill("2049")
        assert wait_for_state(root, ("ready", "unavailable")) == "ready"
        wait_for_answers(root, 1)
        assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))
        assert network.unexpected() == []
    finally:
        browser.close()


def test_python_starts_when_idle_without_any_input(session: Session) -> None:
    path, name = _calculator_page(session)
    page, _ = session.new_page(path)
    root = calc_root(page, name)
    assert wait_for_state(root, ("ready", "unavailable")) == "ready"
    assert answer_count(root) == 0  # nothing to answer: the build-time numbers are right


def test_instant_navigation_keeps_one_python(session: Session) -> None:
    """Calculator page -> other page -> calculator page without reloads: one Python serves all."""
    site = session.site
    pages = list(site.calculator_pages())
    first = pages[0]
    second = pages[1] if len(pages) > 1 else _plain_pages(session)[0]
    page, network = session.new_page(first)
    page.evaluate("window.__notReloaded = true")

    def navigate(path: str) -> None:
        # A click on an ordinary link, which Material's instant navigation intercepts.
        wait_for_instant_navigation(page)
        page.evaluate(
            """href => { const a = document.createElement('a'); a.href = href;
                         a.textContent = 'go'; document.querySelector('article').append(a);
                         a.click(); }""",
            site.url + path,
        )
        page.wait_for_url(site.url + path)
        page.wait_for_function(
            "path => location.pathname === '/' + path && document.readyState === 'complete'",
            arg=path,
        )
        assert page.evaluate("window.__notReloaded === true"), "the page was fully reloaded"

    def edit_and_check(path: str) -> None:
        for index, name in enumerate(site.calculator_pages()[path]):
            root = page.locator("[data-calculator]").nth(index)
            wait_for_state(root, ("ready",))
            field = next(iter(shown_inputs(root)))
            before = answer_count(root)
            root.locator(f'input[name="{field}"]').fill("3")
            wait_for_answers(root, before + 1)
            assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))

    edit_and_check(first)
    navigate(second)
    if second in site.calculator_pages():
        edit_and_check(second)
    navigate(first)
    edit_and_check(first)
    assert len(pyodide_workers(network)) == 1, "a second Python was started"
    assert network.served.count("pyodide.asm.wasm") == 1


def test_instant_navigation_leaves_no_anchor_that_names_nothing(session: Session) -> None:
    """After instant navigation the address bar names only what the page holds: Material's
    anchor tracking can carry a section anchor of the previous page over to the next one, and
    a link can name a section that does not exist. Either way the anchor is dropped."""
    page, _ = session.new_page("")
    wait_for_instant_navigation(page)
    path = next(iter(session.site.calculator_pages()))
    page.evaluate(
        """href => { const a = document.createElement('a'); a.href = href;
                     a.textContent = 'go'; document.querySelector('article').append(a);
                     a.click(); }""",
        session.site.url + path + "#a-section-of-another-page",
    )
    page.wait_for_function("path => location.pathname === '/' + path", arg=path)
    page.wait_for_timeout(500)
    assert page.evaluate("performance.getEntriesByType('navigation').length") == 1
    assert page.evaluate("document.querySelector('[data-calculator]') !== null")
    assert page.evaluate("location.hash") == "", page.url
    # An anchor that does name a section stays.
    anchor = page.evaluate("document.querySelector('article h2[id]').id")
    page.goto(f"{session.site.url}{path}#{anchor}")
    page.wait_for_timeout(500)
    assert page.evaluate("location.hash") == f"#{anchor}"


def test_cdn_blocked_keeps_build_time_numbers_and_says_why(session: Session) -> None:
    path, name = _calculator_page(session)
    page, network = session.new_page(path, block_cdn=True)
    root = calc_root(page, name)
    scenario = str(root.get_attribute("data-scenario"))
    build_time = expected_texts(run(name, scenario_inputs(name, scenario)))
    started = time.monotonic()
    root.locator("input[name]").first.focus()
    wait_for_state(root, ("unavailable",), timeout_ms=5_000)
    assert time.monotonic() - started < 5
    status = root.locator("[data-status]").text_content() or ""
    assert status.startswith("The calculators are unavailable because")
    assert "cdn.jsdelivr.net" in status or "could not" in status
    assert len(re.findall(r"[.!?](?:\s|$)", status)) == 1, f"one sentence expected: {status!r}"
    assert shown_outputs(root) == build_time
    assert not root.locator("[data-progress]").is_visible()
    # Every calculator on the page says so, and nothing is left spinning.
    for other in page.locator("[data-calculator]").all():
        assert other.get_attribute("data-state") == "unavailable"
        assert not other.locator("[data-progress]").is_visible()
    assert any("pyodide" in url for url in network.aborted)


def test_a_cdn_that_never_answers_is_reported_before_the_stall_timer(session: Session) -> None:
    """A firewall that drops packets: no byte ever comes. The first-byte timer (config.js
    FIRST_BYTE_TIMEOUT_MS, shorter than the stall timer) says so, naming the host, and the
    build-time numbers stay. Timings are measured in `make bench` (i), not asserted here."""
    path, name = _calculator_page(session)
    page, network = session.new_page(path, hang_cdn=True)
    root = calc_root(page, name)
    scenario = str(root.get_attribute("data-scenario"))
    build_time = expected_texts(run(name, scenario_inputs(name, scenario)))
    root.locator("input[name]").first.focus()
    wait_for_state(root, ("unavailable",), timeout_ms=30_000)
    status = root.locator("[data-status]").text_content() or ""
    assert "did not start" in status and "cdn.jsdelivr.net" in status, status
    assert "took too long" not in status  # the stall timer did not get there first
    assert shown_outputs(root) == build_time
    assert network.hung, "the CDN was never asked"


CORE_FILES = ["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]


@pytest.mark.parametrize("error", [False, True], ids=["tampered", "tampered-http-404"])
@pytest.mark.parametrize("name", CORE_FILES)
def test_tampered_pyodide_is_refused(session: Session, name: str, error: bool) -> None:
    """A CDN file that is not byte for byte the pinned one fails its integrity check, also
    when it comes as the body of an HTTP error (Pyodide reads a lock file whatever the status),
    and the reader is told at once rather than after the stall timeout."""
    path, calculator = _calculator_page(session)
    page, network = session.new_page(
        path, tamper=frozenset({name}), http_error=frozenset({name} if error else ())
    )
    root = calc_root(page, calculator)
    root.locator("input[name]").first.focus()
    assert wait_for_state(root, ("ready", "unavailable"), timeout_ms=10_000) == "unavailable"
    assert name in network.served
    status = root.locator("[data-status]").text_content() or ""
    assert status.startswith(
        "The calculators are unavailable because Python (Pyodide) could not be downloaded intact"
    ), status


SNAPSHOT_SAVED = "() => globalThis[Symbol.for('green-ai.python-client')].snapshotSaved === true"


def _boot_and_edit(page: Any, url: str, name: str, value: str) -> dict[str, Any]:
    """Open ``url``, start Python, type ``value`` into the first field; return the timings."""
    page.goto(url)
    root = calc_root(page, name)
    box = root.locator(".calc__field input[name]").first
    box.focus()
    assert wait_for_state(root, ("ready", "unavailable"), 60_000) == "ready"
    before = answer_count(root)
    box.fill(value)
    wait_for_answers(root, before + 1)
    assert shown_outputs(root) == expected_texts(run(name, shown_inputs(root)))
    timings: dict[str, Any] = page.evaluate(
        "globalThis[Symbol.for('green-ai.python-client')].timings"
    )
    return timings


def test_a_second_visit_starts_from_a_snapshot_and_a_damaged_one_is_replaced(
    session: Session,
) -> None:
    """The first visit boots Python and keeps a memory snapshot in Cache Storage; the next page
    load in the same profile starts from it and answers as CPython does; a snapshot that is not
    one (damaged storage) is thrown away and Python boots as on a first visit."""
    path, name = _calculator_page(session)
    url = session.site.url + path
    context, _ = session.new_context()
    first = context.new_page()
    first.set_default_timeout(60_000)
    assert "snapshot" not in _boot_and_edit(first, url, name, "3")
    first.wait_for_function(SNAPSHOT_SAVED)
    # Kept only from a heap Pyodide can restore into (pyodide issue 6254).
    heap = first.evaluate(
        "globalThis[Symbol.for('green-ai.python-client')].snapshotHeapBytes")
    assert 0 < heap <= _snapshot_max_heap_bytes()
    first.close()
    second = context.new_page()
    second.set_default_timeout(60_000)
    assert _boot_and_edit(second, url, name, "5").get("snapshot") == "used"
    second.evaluate(
        """async () => { const cache = await caches.open('green-ai-python-snapshots');
                         const [key] = await cache.keys();
                         await cache.put(key, new Response(new Uint8Array(4096))); }"""
    )
    second.close()
    third = context.new_page()
    third.set_default_timeout(60_000)
    assert _boot_and_edit(third, url, name, "7")["snapshot"].startswith("refused")


def _snapshot_max_heap_bytes() -> int:
    """SNAPSHOT_MAX_HEAP_BYTES in config.js, as the worker reads it."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "javascripts" / "config.js").read_text()
    match = re.search(r"export const SNAPSHOT_MAX_HEAP_BYTES = ([\d\s*]+);", text)
    assert match, "config.js names SNAPSHOT_MAX_HEAP_BYTES"
    return math.prod(int(factor) for factor in match.group(1).split("*"))


def test_a_snapshot_too_large_to_restore_is_not_kept(session: Session) -> None:
    """Pyodide cannot restore a snapshot larger than the heap it starts with (pyodide issue
    6254): the worker keeps none of a heap above SNAPSHOT_MAX_HEAP_BYTES, so the next visit
    boots as the first
    did instead of failing a restore and taking a new snapshot each time. The limit is lowered
    here by serving config.js with a smaller value; the worker's code path is the site's own."""
    path, name = _calculator_page(session)
    url = session.site.url + path
    context, _ = session.new_context()

    def smaller_limit(route: Any) -> None:
        text = urllib.request.urlopen(route.request.url).read().decode()
        lowered = re.sub(r"SNAPSHOT_MAX_HEAP_BYTES = [^;]+;", "SNAPSHOT_MAX_HEAP_BYTES = 1024;",
                         text)
        assert lowered != text
        route.fulfill(status=200, body=lowered,
                      headers={"content-type": "text/javascript; charset=utf-8"})

    context.route("**/javascripts/config.js", smaller_limit)
    first = context.new_page()
    first.set_default_timeout(60_000)
    assert "snapshot" not in _boot_and_edit(first, url, name, "3")
    first.wait_for_function(
        "() => globalThis[Symbol.for('green-ai.python-client')].snapshotSaved === false")
    stored = first.evaluate(
        """async () => (await (await caches.open('green-ai-python-snapshots')).keys()).length""")
    assert stored == 0
    first.close()
    second = context.new_page()
    second.set_default_timeout(60_000)
    assert "snapshot" not in _boot_and_edit(second, url, name, "5")  # booted, nothing refused


def test_a_wheel_that_is_not_the_manifests_is_refused(session: Session) -> None:
    """The calc wheel is checked against the sha256 its manifest gives (a stale or altered copy
    is never installed): the reader is told, and the build-time numbers stay."""
    path, name = _calculator_page(session)
    page, _ = session.new_page(None)

    def altered(route: Any) -> None:
        body = urllib.request.urlopen(route.request.url).read()
        route.fulfill(status=200, body=body[:-1] + bytes([body[-1] ^ 1]),
                      headers={"content-type": "application/octet-stream"})

    page.route("**/assets/wheels/*.whl*", altered)
    page.goto(session.site.url + path)
    root = calc_root(page, name)
    root.locator(".calc__field input[name]").first.focus()
    assert wait_for_state(root, ("ready", "unavailable"), 60_000) == "unavailable"
    status = root.locator("[data-status]").text_content() or ""
    assert "does not match its manifest" in status, status
