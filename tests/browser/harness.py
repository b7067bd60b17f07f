"""What the browser tests and the benchmark share: the built site on a local server, Chromium's
launch settings, and browser contexts whose network is recorded.

The CDN is unreachable on test machines, so every request that is not for the local site is
intercepted: the pinned Pyodide URLs are answered from the npm copy in ``tests/node_modules``
(the page still runs its production code path), and anything else is aborted and recorded. A
test fails if anything was recorded.
"""

from __future__ import annotations

import functools
import http.server
import mimetypes
import os
import re
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Route

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "tests" / "node_modules"
PYODIDE_DIR = NODE_MODULES / "pyodide"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
CONFIG_JS = ROOT / "docs" / "javascripts" / "config.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CONTENT_TYPES = {
    ".css": "text/css",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".json": "application/json",
}


def pyodide_version() -> str:
    """The Pyodide release the site runs: PYODIDE_VERSION in config.js, the one place named."""
    text = CONFIG_JS.read_text(encoding="utf-8")
    match = re.search(r'^export const PYODIDE_VERSION = "([^"]+)";$', text, re.MULTILINE)
    assert match, f"PYODIDE_VERSION not found in {CONFIG_JS}"
    return match.group(1)


def pyodide_base() -> str:
    """The pinned CDN base URL, read from the one constant the site uses (PYODIDE_BASE, a
    template literal of PYODIDE_VERSION)."""
    text = CONFIG_JS.read_text(encoding="utf-8")
    match = re.search(r"^export const PYODIDE_BASE = `([^`]+)`;$", text, re.MULTILINE)
    assert match, f"PYODIDE_BASE not found in {CONFIG_JS}"
    base = match.group(1).replace("${PYODIDE_VERSION}", pyodide_version())
    assert "${" not in base and base.startswith("https://"), base
    return base


_SHARED: list[SiteServer] = []


def shared_site(tmp_path_factory: Any) -> SiteServer:
    """The one strict build of a test run, served on 127.0.0.1: built on first use (by the
    browser tests or tests/test_site.py, whichever comes first), then shared."""
    if not _SHARED:
        root = tmp_path_factory.mktemp("site")
        server = SiteServer.start(root)
        try:
            build_site(root, server.url)
        except RuntimeError:
            server.stop()
            raise
        _SHARED.append(server)
    return _SHARED[0]


def build_site(destination: Path, site_url: str) -> Path:
    """``mkdocs build --strict`` into ``destination`` as it will be served from ``site_url``.

    Material's instant navigation only follows links listed in sitemap.xml, whose addresses
    come from ``site_url`` (``SITE_URL`` in mkdocs.yml): it must be the address tests use.
    """
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url},
    )
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return destination


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class SiteServer:
    """The built site, served on 127.0.0.1 by a thread of this process."""

    root: Path
    url: str
    server: http.server.ThreadingHTTPServer

    @classmethod
    def start(cls, root: Path) -> SiteServer:
        mimetypes.add_type("application/wasm", ".wasm")
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return cls(root, f"http://127.0.0.1:{server.server_address[1]}/", server)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def pages(self) -> list[str]:
        """Site-relative URLs of every HTML page (directory URLs), 404 page excluded."""
        found = []
        for path in sorted(self.root.rglob("index.html")):
            relative = path.parent.relative_to(self.root).as_posix()
            found.append("" if relative == "." else relative + "/")
        return found

    def calculator_pages(self) -> dict[str, list[str]]:
        """{page URL: [calculator names in page order]} for pages that have calculators."""
        pages: dict[str, list[str]] = {}
        for page in self.pages():
            html = (self.root / page / "index.html").read_text(encoding="utf-8")
            names = re.findall(r'data-calculator="([^"]+)"', html)
            if names:
                pages[page] = names
        return pages


CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => globalThis.__cspViolation?.(
  `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`
  + (e.sample ? ` (${e.sample})` : "")), true);
"""


@dataclass
class Network:
    """Answers the pinned CDN from the npm copy; aborts and records everything else."""

    site_url: str
    cdn_base: str
    block_cdn: bool = False
    hang_cdn: bool = False  # the CDN never answers (a firewall that drops packets)
    tamper: frozenset[str] = frozenset()  # CDN files served with one byte changed
    http_error: frozenset[str] = frozenset()  # CDN files answered with HTTP 404 (own bytes)
    aborted: list[str] = field(default_factory=list)
    hung: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)
    workers: list[str] = field(default_factory=list)
    csp_violations: list[str] = field(default_factory=list)  # securitypolicyviolation events
    _cache: dict[str, bytes] = field(default_factory=dict)

    def is_foreign(self, url: str) -> bool:
        return not url.startswith(self.site_url)

    def handle(self, route: Route) -> None:
        url = route.request.url
        if self.hang_cdn and url.startswith(self.cdn_base):
            self.hung.append(url)  # never fulfilled, never aborted: the request just waits
            return
        if url.startswith(self.cdn_base) and not self.block_cdn:
            name = url[len(self.cdn_base) :].split("?")[0].split("#")[0]
            path = PYODIDE_DIR / name
            if "/" not in name and path.is_file():
                body = self._cache.get(name)
                if body is None:
                    body = self._cache.setdefault(name, path.read_bytes())
                if name in self.tamper:
                    body = body[:-1] + bytes([body[-1] ^ 1])
                self.served.append(name)
                route.fulfill(
                    status=404 if name in self.http_error else 200,
                    body=body,
                    headers={
                        "content-type": CONTENT_TYPES.get(path.suffix, "application/octet-stream"),
                        "access-control-allow-origin": "*",
                    },
                )
                return
        self.aborted.append(url)
        route.abort()

    def unexpected(self) -> list[str]:
        """Aborted requests that were not to a (deliberately blocked) pinned CDN URL."""
        return [
            u
            for u in self.aborted
            if not (self.block_cdn and u.startswith(self.cdn_base))
        ]


@dataclass
class Session:
    """What a browser test gets: the site, the browser, and a way to open recorded contexts."""

    site: SiteServer
    browser: Browser
    cdn_base: str
    contexts: list[tuple[BrowserContext, Network]] = field(default_factory=list)

    def new_context(
        self,
        *,
        block_cdn: bool = False,
        hang_cdn: bool = False,
        tamper: frozenset[str] = frozenset(),
        http_error: frozenset[str] = frozenset(),
        **options: Any,
    ) -> tuple[BrowserContext, Network]:
        context = self.browser.new_context(**options)
        network = Network(
            self.site.url,
            self.cdn_base,
            block_cdn=block_cdn,
            hang_cdn=hang_cdn,
            tamper=tamper,
            http_error=http_error,
        )
        context.route(network.is_foreign, network.handle)
        # Every Content-Security-Policy violation of every page, reported before the page's own
        # scripts run and across instant navigation (the same document).
        context.expose_binding(
            "__cspViolation", lambda _source, text: network.csp_violations.append(str(text))
        )
        context.add_init_script(CSP_LISTENER)
        self.contexts.append((context, network))
        return context, network

    def new_page(self, path: str | None = "", **options: Any) -> tuple[Page, Network]:
        context, network = self.new_context(**options)
        page = context.new_page()
        page.on("worker", lambda worker: network.workers.append(worker.url))
        if path is not None:
            page.goto(self.site.url + path)
        return page, network

    def close_contexts(self) -> tuple[list[str], list[str]]:
        """Close every context; return (unexpected requests, CSP violations) of all of them."""
        unexpected: list[str] = []
        violations: list[str] = []
        for context, network in self.contexts:
            context.close()
            unexpected.extend(network.unexpected())
            violations.extend(network.csp_violations)
        self.contexts.clear()
        return unexpected, violations


# ---------------------------------------------------------------- reading a calculator
def serious_axe_violations(page: Page) -> list[str]:
    """axe-core's serious and critical violations on ``page``, one line each."""
    # Evaluated through the DevTools protocol, as the site's policy allows no injected script.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    violations: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:5])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def wait_for_instant_navigation(page: Page) -> None:
    """Wait until Material can navigate instantly: it intercepts only links listed in the
    sitemap, which it fetches after load, so a click before that is an ordinary page load."""
    page.wait_for_function(
        """() => performance.getEntriesByType('resource').some(
               e => e.name.endsWith('/sitemap.xml') && e.responseEnd > 0)"""
    )
    page.wait_for_timeout(100)  # Material parses the sitemap once fetched


def calc_root(page: Page, name: str) -> Any:
    """Locator of the first calculator called ``name`` on the page."""
    return page.locator(f'[data-calculator="{name}"]').first


def answer_count(root: Any) -> int:
    """How many answers from Python the calculator has shown."""
    return int(root.get_attribute("data-answers") or 0)


def wait_for_answers(root: Any, count: int, timeout_ms: float = 30_000) -> None:
    """Wait until the calculator has shown at least ``count`` answers from Python."""
    root.page.wait_for_function(
        "([el, n]) => Number(el.dataset.answers || 0) >= n",
        arg=[root.element_handle(), count],
        timeout=timeout_ms,
    )


def wait_for_state(root: Any, states: tuple[str, ...], timeout_ms: float = 30_000) -> str:
    """Wait until the calculator's Python state is one of ``states``; return it."""
    root.page.wait_for_function(
        "([el, states]) => states.includes(el.dataset.state)",
        arg=[root.element_handle(), list(states)],
        timeout=timeout_ms,
    )
    return str(root.get_attribute("data-state"))


def shown_outputs(root: Any) -> dict[str, str]:
    """{output name: text shown} for one calculator."""
    return dict(
        root.locator("[data-output]").evaluate_all(
            "els => els.map(el => [el.dataset.output, el.textContent])"
        )
    )


def shown_inputs(root: Any) -> dict[str, str]:
    """{input name: text in the box} for one calculator."""
    return dict(
        root.locator(".calc__field input[name]").evaluate_all(
            "els => els.map(el => [el.name, el.value])"
        )
    )


def expected_texts(result: dict[str, Any]) -> dict[str, str]:
    """{output name: text} from a ``calc.web.answers.run`` result."""
    return {name: output["text"] for name, output in result["outputs"].items()}


def pyodide_workers(network: Network) -> list[str]:
    """The Python workers a page started (Material's search worker is not one)."""
    return [url for url in network.workers if "pyodide-worker" in url]
