"""A phone reader's first visit (issue 23), measured by ``make bench`` beside (a)–(i):

(j) bytes transferred before the first answer on a calculator page, compressed as GitHub Pages
    and the CDN serve them (gzip, level 6, per file), against Pyodide's own core files
    compressed the same way: the floor no page that runs Python can go under;
(k) under Chromium's network emulation of a mobile connection (Lighthouse's mobile profile:
    150 ms round trip, 1,638.4 kbit/s down, 675 kbit/s up), Python's start -> first answer
    against a bare ``loadPyodide()`` under the same profile, target <= 1.1;
(l) Lighthouse's mobile audit (npm ``lighthouse``, simulated throttling) of every page in the
    navigation: accessibility, best practices and SEO, and performance with its total blocking
    time against a stock Material page carrying the same text, target within 100 ms.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from harness import CHROMIUM, CHROMIUM_ARGS, PYODIDE_DIR, SiteServer, pyodide_base
from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "tests" / "bench-tools" / "node_modules" / ".bin" / "lighthouse"
#: Lighthouse's mobile throttling profile (its "simulated slow 4G"), applied here by Chromium's
#: own network emulation.
MOBILE = {"offline": False, "latency": 150, "downloadThroughput": 1638.4 * 1024 / 8,
          "uploadThroughput": 675 * 1024 / 8}
PROFILE = "150 ms RTT, 1,638.4 kbit/s down, 675 kbit/s up (Lighthouse's mobile profile)"


@cache
def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def _file_of(url: str, site_root: Path, site_url: str) -> Path | None:
    if url.startswith(pyodide_base()):
        return PYODIDE_DIR / url[len(pyodide_base()):].split("?")[0]
    if url.startswith(site_url):
        path = urlsplit(url).path.lstrip("/")
        local = site_root / path
        return local / "index.html" if path.endswith("/") or path == "" else local
    return None


def compressed_bytes(urls: list[str], site_root: Path, site_url: str) -> dict[str, int]:
    """Each fetched file's gzip size (site and CDN), keyed like the bench's byte tables."""
    out: dict[str, int] = {}
    for url in urls:
        path = _file_of(url, site_root, site_url)
        if path is None or not path.is_file():
            continue
        where = "cdn" if url.startswith(pyodide_base()) else "site"
        out[f"{where}: {path.name}"] = out.get(f"{where}: {path.name}", 0) + _gzip_size(path)
    return out


def first_answer_bytes(browser: Browser, site_url: str, site_root: Path, path: str,
                       empty_page: str) -> dict[str, Any]:
    """(j): what a first visit fetches until the first answer, and what a bare loadPyodide()
    fetches, both compressed."""
    result = {}
    for name, target, ready in (
        ("page", path, ("() => Number(document.querySelector('[data-calculator]')"
                       "?.dataset.answers) >= 1")),
        ("floor", empty_page, "() => window.__bench !== undefined"),
    ):
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(120_000)
        urls: list[str] = []
        context.on("requestfinished", lambda request, urls=urls: urls.append(request.url))
        page.goto(site_url + target, wait_until="commit")
        if name == "page":
            box = page.locator("[data-calculator] .calc__field input[name]").first
            box.fill(str(float(box.input_value()) * 2))
        page.wait_for_function(ready)
        sizes = compressed_bytes(list(urls), site_root, site_url)
        if name == "floor":
            sizes = {k: v for k, v in sizes.items() if k.startswith("cdn:")}
        result[name] = sizes
        context.close()
    return result


def _throttled(browser: Browser, url: str) -> tuple[Any, Any]:
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(600_000)
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", MOBILE)
    page.goto(url, wait_until="commit")
    return context, page


def mobile_first_answer(browser: Browser, site_url: str, path: str,
                        empty_page: str) -> dict[str, float]:
    """(k): under the mobile profile, a bare loadPyodide() and a calculator page's first answer
    (from Python's start), in the same run."""
    context, page = _throttled(browser, site_url + empty_page)
    page.wait_for_function("() => window.__bench !== undefined")
    marks = page.evaluate("window.__bench")
    boot = marks["ready"] - marks["call"]
    context.close()
    context, page = _throttled(browser, site_url + path)
    box = page.locator("[data-calculator] .calc__field input[name]").first
    box.fill(str(float(box.input_value()) * 2))
    page.wait_for_function(
        "() => Number(document.querySelector('[data-calculator]')?.dataset.answers) >= 1")
    start, answer = page.evaluate(
        "['calc:python-start', 'calc:answer'].map(n => performance.getEntriesByName(n)[0]"
        "?.startTime)")
    context.close()
    return {"boot": boot, "from_start": answer - start, "ratio": (answer - start) / boot}


def _nav_pages() -> list[str]:
    import yaml

    text = re.sub(r"!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = yaml.safe_load(text)["nav"]
    pages: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            else:
                pages.append(value)

    walk(nav)
    return pages


def _url_path(page: str) -> str:
    stem = page.rsplit(".", 1)[0]
    return "" if stem == "index" else f"{stem}/"


def _stock_site(site_root: Path, pages: list[str], where: Path) -> Path:
    """A stock Material site with one page per measured page, carrying its visible text."""
    from bs4 import BeautifulSoup

    docs = where / "docs"
    docs.mkdir(parents=True)
    for page in pages:
        html = (site_root / _url_path(page) / "index.html").read_text(encoding="utf-8")
        article = BeautifulSoup(html, "html.parser").find("article")
        text = article.get_text("\n") if article else ""
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        name = _url_path(page).rstrip("/") or "index"
        (docs / f"{name}.md").write_text(
            f"# {name}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (where / "mkdocs.yml").write_text(
        "site_name: Stock Material\ntheme:\n  name: material\n", encoding="utf-8")
    out = where / "site"
    subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "-q", "-d", str(out)],
                   cwd=where, check=True)
    return out


def _lighthouse(url: str, flags: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [str(LIGHTHOUSE), url, f"--chrome-path={CHROMIUM}",
             "--chrome-flags=" + " ".join([*CHROMIUM_ARGS, *flags]),
             "--only-categories=performance,accessibility,best-practices,seo",
             "--output=json", f"--output-path={report}", "--quiet"],
            check=True, timeout=300)
        doc = json.loads(report.read_text(encoding="utf-8"))
    return {
        **{k: round(100 * (v["score"] or 0)) for k, v in doc["categories"].items()},
        "tbt": doc["audits"]["total-blocking-time"]["numericValue"],
        "version": doc["lighthouseVersion"],
    }


def lighthouse_pages(site_url: str, site_root: Path, flags: list[str]) -> list[dict[str, Any]]:
    """(l): every page in the navigation and its stock twin, by Lighthouse's mobile audit."""
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: make bench installs it (tests/bench-tools)")
    pages = _nav_pages()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        stock_root = _stock_site(site_root, pages, Path(tmp))
        stock = SiteServer.start(stock_root)
        try:
            for page in pages:
                ours = _lighthouse(site_url + _url_path(page), flags)
                twin = _lighthouse(stock.url + _url_path(page), flags)
                rows.append({"page": page, "ours": ours, "stock": twin})
        finally:
            stock.stop()
    return rows


def report(j: dict[str, Any], k: list[dict[str, float]], lighthouse: list[dict[str, Any]],
           path: str) -> tuple[list[str], dict[str, bool]]:
    """The lines of (j), (k) and (l) for the bench's report, and their targets."""
    page_total, floor_total = sum(j["page"].values()), sum(j["floor"].values())
    site_part = sum(v for key, v in j["page"].items() if key.startswith("site:"))
    ratio = statistics.median(r["ratio"] for r in k)
    tbt_gaps = [r["ours"]["tbt"] - r["stock"]["tbt"] for r in lighthouse]
    perfect = all(r["ours"][c] == 100 for r in lighthouse
                  for c in ("accessibility", "best-practices", "seo"))
    ok = {"k": ratio <= 1.1, "l": perfect and all(g <= 100 for g in tbt_gaps)}
    mark = {True: "PASS", False: "FAIL"}
    lines = [
        f"(j) first visit to {path}, bytes until the first answer, gzip -6 per file:",
        (f"    all {page_total:,} bytes: the site's own {site_part:,}, Pyodide's "
        f"{page_total - site_part:,}"),
        (f"    floor, Pyodide's core files for a bare loadPyodide(): {floor_total:,}; "
        f"ratio {page_total / floor_total:.2f}"),
        f"(k) under {PROFILE}, {len(k)} runs:",
        "    bare loadPyodide() " + ", ".join(f"{r['boot'] / 1000:.1f} s" for r in k)
        + "; Python's start -> first answer "
        + ", ".join(f"{r['from_start'] / 1000:.1f} s" for r in k),
        f"    ratio (median) {ratio:.2f}   target <= 1.10   {mark[ok['k']]}",
        (f"(l) Lighthouse {lighthouse[0]['ours']['version'] if lighthouse else '?'} mobile "
         "audit, every page in the navigation against a stock Material page with its text:"),
        (f"    {'page':<22}{'perf':>5}{'a11y':>6}{'b.p.':>6}{'seo':>5}{'TBT ms':>9}"
        f"{'stock TBT':>11}{'gap':>7}"),
    ]
    for r, gap in zip(lighthouse, tbt_gaps, strict=True):
        o = r["ours"]
        lines.append(
            f"    {r['page']:<22}{o['performance']:>5}{o['accessibility']:>6}"
            f"{o['best-practices']:>6}{o['seo']:>5}{o['tbt']:>9.0f}{r['stock']['tbt']:>11.0f}"
            f"{gap:>7.0f}")
    lines.append(f"    accessibility, best practices and SEO all 100: {perfect}; TBT within 100 ms "
                 f"of the stock page on {sum(g <= 100 for g in tbt_gaps)} of {len(tbt_gaps)} "
                 f"pages   {mark[ok['l']]}")
    return lines, ok
