"""The site: it builds strictly, shows what ``calc`` computes, and its links hold.

The site is built once per test session into a temporary directory (about ten seconds, most of it
executing the notebook); every test then reads the built HTML with BeautifulSoup.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from calc.ledger import ClaimResult, evaluate_all
from calc.sources import SOURCES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from harness import shared_site  # noqa: E402  (one build for this file and the browser tests)

from docs.snippets import claim_cards, macros, markup, pyodide_pin  # noqa: E402

DOCS = ROOT / "docs"
SNIPPETS = DOCS / "snippets"

STORY_PAGES = ("size", "compute", "cost", "energy", "budget", "green-ai")
ALL_PAGES = ("", *STORY_PAGES, "five-years-on", "claims", "reproduce", "sources", "about")




@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per test run (strictly) and shared with the browser tests."""
    try:
        return shared_site(tmp_path_factory).root
    except RuntimeError as error:
        pytest.fail(str(error))


def page_path(site: Path, page: str) -> Path:
    return site / page / "index.html" if page else site / "index.html"


_soups: dict[Path, BeautifulSoup] = {}


def soup_of(path: Path) -> BeautifulSoup:
    if path not in _soups:
        _soups[path] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return _soups[path]


def text_of(node: object) -> str:
    """Visible text with whitespace collapsed (abbr tooltips and links keep their words)."""
    return re.sub(r"\s+", " ", node.get_text(" ")).replace(" ,", ",")  # type: ignore[attr-defined]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---------------------------------------------------------------- the build itself


def test_every_page_is_built(site: Path) -> None:
    for page in ALL_PAGES:
        assert page_path(site, page).is_file(), page
    assert (site / "404.html").is_file()


def test_no_unrendered_template_or_failed_block(site: Path) -> None:
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "{{" not in html or path.name == "404.html", path
        assert "Traceback (most recent call last)" not in html, path
        assert "_Macro Rendering Error_" not in html, path


def test_every_page_has_a_description_for_link_previews(site: Path) -> None:
    for page in ALL_PAGES:
        soup = soup_of(page_path(site, page))
        description = soup.find("meta", attrs={"name": "description"})
        assert description is not None and len(str(description["content"])) > 40, page
        og = soup.find("meta", attrs={"property": "og:description"})
        assert og is not None and og["content"] == description["content"], page
        assert soup.find("meta", attrs={"property": "og:title"}) is not None, page


def test_accessibility_fixes_are_in_place(site: Path) -> None:
    soup = soup_of(page_path(site, ""))
    dialog = soup.find(attrs={"data-md-component": "search", "role": "dialog"})
    assert dialog is not None and dialog.get("aria-label"), "search dialog needs a name"
    css = (site / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert "text-decoration: underline" in css
    assert ".md-copyright" in css


# ---------------------------------------------------------------- claims


@pytest.mark.parametrize("result", evaluate_all(), ids=lambda r: r.id)
def test_claim_number_and_verdict_on_its_page(site: Path, result: ClaimResult) -> None:
    r = result
    anchor = claim_cards.claim_anchor(r.id)
    page = claim_cards.TOPIC_PAGE[r.topic].removesuffix(".md")
    for where in (page, "claims"):
        soup = soup_of(page_path(site, where))
        card = soup.find(id=anchor)
        assert card is not None, f"{r.id} missing on {where}"  # type: ignore[attr-defined]
        text = squash(text_of(card))
        assert squash(r.our_text) in text, (where, r.our_text)  # type: ignore[attr-defined]
        assert squash(r.article_text) in text, (where, r.article_text)  # type: ignore[attr-defined]
        badge = card.find("span", class_="verdict")
        assert badge is not None and badge.get_text() == r.verdict, where  # type: ignore[attr-defined]
        assert f"verdict--{r.verdict}" in badge["class"]  # type: ignore[attr-defined]


def test_home_page_lists_every_claim_with_its_verdict(site: Path) -> None:
    soup = soup_of(page_path(site, ""))
    for r in evaluate_all():
        anchor = "#" + claim_cards.claim_anchor(r.id)
        link = soup.find("a", href=re.compile(re.escape(anchor) + "$"))
        assert link is not None, r.id
        row = link.find_parent("tr")
        assert row is not None
        assert squash(r.our_text) in squash(text_of(row)), r.id
        assert row.find("span", class_=f"verdict--{r.verdict}") is not None, r.id


# ---------------------------------------------------------------- links and sources


def _internal_links(site: Path) -> Iterator[tuple[Path, str, str]]:
    """(page file, href, resolved site-relative path) for every link inside the site."""
    for path in site.rglob("*.html"):
        if path.name == "404.html":  # links are absolute from the deployment root there
            continue
        base = "/" + path.relative_to(site).as_posix()
        for a in soup_of(path).find_all("a", href=True):
            href = str(a["href"])
            parsed = urlparse(href)
            if parsed.scheme or href.startswith(("//", "mailto:", "javascript:")):
                continue
            yield path, href, urljoin(base, href)


def _target_file(site: Path, url: str) -> Path:
    local = unquote(urlparse(url).path).lstrip("/")
    target = site / local
    if url.split("#")[0].endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def test_internal_links_and_anchors_resolve(site: Path) -> None:
    broken = []
    for path, href, url in _internal_links(site):
        target = _target_file(site, url)
        if not target.is_file():
            broken.append(f"{path.relative_to(site)}: {href} (no file)")
            continue
        fragment = urlparse(url).fragment
        has_anchor = not fragment or target.suffix != ".html"
        if not has_anchor and soup_of(target).find(id=unquote(fragment)) is None:
            broken.append(f"{path.relative_to(site)}: {href} (no anchor)")
    assert not broken, "\n".join(broken)


def test_every_cited_source_is_on_the_sources_page(site: Path) -> None:
    sources_page = soup_of(page_path(site, "sources"))
    cited: set[str] = set()
    for path, _href, url in _internal_links(site):
        if urlparse(url).path.endswith("/sources/") and urlparse(url).fragment:
            cited.add(urlparse(url).fragment)
            entry = sources_page.find(id=urlparse(url).fragment)
            assert entry is not None, (path, url)
    assert cited, "no page cites a source"
    # and every source of every claim is cited on the claim's page
    for r in evaluate_all():
        page = claim_cards.TOPIC_PAGE[r.topic].removesuffix(".md")
        card = soup_of(page_path(site, page)).find(id=claim_cards.claim_anchor(r.id))
        hrefs = {str(a["href"]) for a in card.find_all("a", href=True)}
        for key in r.sources:
            assert any(h.endswith("#" + markup.source_anchor(key)) for h in hrefs), (r.id, key)


def test_sources_page_lists_every_source_with_its_figures(site: Path) -> None:
    soup = soup_of(page_path(site, "sources"))
    for key, src in SOURCES.items():
        heading = soup.find(id=markup.source_anchor(key))
        assert heading is not None, key
        assert str(src.year) in heading.get_text()


# ---------------------------------------------------------------- notebook and charts


def test_notebook_page_has_its_figures(site: Path) -> None:
    soup = soup_of(page_path(site, "reproduce"))
    charts = [
        img
        for img in soup.find_all("img")
        if str(img.get("src", "")).startswith("data:image/png;base64,")
        and len(str(img["src"])) > 10_000  # a chart, not an icon
    ]
    assert len(charts) >= 3, "the notebook's charts are missing"
    assert "Traceback" not in soup.get_text()
    assert soup.find("a", href=re.compile(r"\.ipynb$")) is not None, "no download link"


def test_size_chart_is_inline_svg_with_a_name(site: Path) -> None:
    figure = soup_of(page_path(site, "size")).find("figure", class_="chart")
    assert figure is not None
    svg = figure.find("svg")
    assert svg is not None and svg.get("role") == "img" and svg.get("aria-label")


# ---------------------------------------------------------------- no number typed by hand

# Names that contain digits but are not quantities.
_NAMES = re.compile(
    r"GPT-3|M6-10T|M6-T|M6|[VAHP]100|H200|H800|tCO2e|CO2e|CO2|Wu Dao 2\.0|T5|"
    r"Llama 3\.1 405B|Llama 2 70B|OPT-175B|DeepSeek-V3|DeepSeek-R1|GPT-4|Qwen3|Ai2|OLMo 2|"
    r"Kimi K2|Llama 3\.1 70B|Mistral Large 2|"
    r"Olmo 3|\b(?:19|20)\d\d dollars|"
    r"127\.0\.0\.1:8000|404|\b\d+\.\s"  # ordered-list markers
)


def _prose_lines(path: Path) -> Iterator[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    in_front, in_fence = text.startswith("---"), False
    for number, line in enumerate(text.splitlines(), 1):
        if number > 1 and in_front and line.strip() == "---":
            in_front = False
            continue
        if in_front:
            continue
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        yield number, line


def test_no_number_is_typed_into_the_pages() -> None:
    typed = []
    for path in sorted(DOCS.glob("*.md")):
        if path.name == "calculators-demo.md":  # the browser engineer's demo page
            continue
        for number, line in _prose_lines(path):
            prose = re.sub(r"\{\{.*?\}\}", "", line)  # macros
            prose = re.sub(r"\]\([^)]*\)", "]", prose)  # link targets
            prose = re.sub(r"`[^`]*`", "", prose)  # inline code
            prose = _NAMES.sub("", prose)
            if re.search(r"\d", prose):
                typed.append(f"{path.name}:{number}: {line.strip()}")
    assert not typed, "numbers typed by hand:\n" + "\n".join(typed)


# ---------------------------------------------------------------- the build-time modules


def test_every_macro_variable_used_by_a_page_exists() -> None:
    numbers = macros.numbers()
    claims = macros.claim_texts()
    for path in DOCS.glob("*.md"):
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r"\{\{\s*n\.(\w+)\s*\}\}", text):
            assert name in numbers, (path.name, name)
        for cid, field in re.findall(r"\{\{\s*claims\.(\w+)\.(\w+)\s*\}\}", text):
            assert field in claims[cid], (path.name, cid, field)
    assert all(v and "nan" not in v.lower() and "inf" not in v.lower() for v in numbers.values())


def test_the_pyodide_version_macro_is_config_js_s_constant() -> None:
    config = (DOCS / "javascripts" / "config.js").read_text(encoding="utf-8")
    version = pyodide_pin.pyodide_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version
    assert f'export const PYODIDE_VERSION = "{version}";' in config


@pytest.mark.parametrize(
    ("page", "calculator"),
    [
        ("size", "size"),
        ("compute", "compute"),
        ("cost", "cost"),
        ("energy", "energy"),
        ("budget", "budget"),
    ],
)
def test_story_page_has_its_calculator_with_build_time_numbers(
    site: Path, page: str, calculator: str
) -> None:
    root = soup_of(page_path(site, page)).find(attrs={"data-calculator": calculator})
    assert root is not None, page
    outputs = root.find_all(attrs={"data-output": True})
    assert outputs and all(o.get_text(strip=True) for o in outputs), "outputs are empty"


# ---------------------------------------------------------------- helpers of the build-time tables


def test_md_table_escapes_pipes_and_aligns_numbers() -> None:
    table = markup.md_table(("a", "b"), [("x|y", "1")], numeric="1")
    assert table.splitlines() == ["| a | b |", "|---|---:|", "| x\\|y | 1 |"]


def test_cite_links_the_sources_page_entry() -> None:
    assert markup.cite("patterson2021") == (
        "[Patterson et al. (2021)](sources.md#src-patterson2021)"
    )
    assert markup.source_anchor("connolly_notes") == "src-connolly-notes"
    assert claim_cards.claim_anchor("m6_10t_energy") == "claim-m6-10t-energy"


def test_every_verdict_the_ledger_can_give_has_a_meaning_and_a_badge_colour() -> None:
    from calc.rule import VERDICTS

    css = (DOCS / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    for verdict in VERDICTS:
        assert verdict in markup.VERDICT_MEANING
        assert f".verdict--{verdict}" in css


def test_every_claim_topic_has_a_page() -> None:
    for r in evaluate_all():
        assert (DOCS / claim_cards.TOPIC_PAGE[r.topic]).is_file(), r.topic


def test_corrections_page_lists_every_correction_and_links_its_claim(site: Path) -> None:
    from calc.corrections import CORRECTIONS
    from docs.snippets.corrections_page import target

    page = (site / "corrections" / "index.html").read_text()
    rows = BeautifulSoup(page, "html.parser").select("article table tbody tr")
    assert len(rows) == len(CORRECTIONS)
    hrefs = {a["href"] for row in rows for a in row.find_all("a", href=True)}
    for c in CORRECTIONS:
        _, where = target(c)
        name, _, anchor = where.partition("#")
        url = "../" + ("" if name == "index.md" else name.removesuffix(".md") + "/")
        assert url + (f"#{anchor}" if anchor else "") in hrefs, where
        if anchor:  # the card it links to is on that page
            assert soup_of(page_path(site, url[3:].rstrip("/"))).find(id=anchor), anchor


def test_every_page_says_when_its_numbers_were_last_checked(site: Path) -> None:
    from calc.corrections import LAST_CHECKED

    stamp = f"Numbers last checked against the sources on {LAST_CHECKED:%-d %B %Y}"
    pages = list(site.rglob("index.html"))
    assert len(pages) > 5
    for page in pages:
        assert stamp in page.read_text(), page


def test_every_card_names_the_clause_that_decided_its_verdict(site: Path) -> None:
    from calc.ledger import evaluate_all
    from calc.rule import RULE

    soup = BeautifulSoup((site / "claims" / "index.html").read_text(), "html.parser")
    assert soup.find(id="verdict-rule") is not None
    by_id = {c.id: c for c in RULE}
    for r in evaluate_all():
        card = soup.find(id=f"claim-{r.id.replace('_', '-')}")
        assert card is not None, r.id
        line = card.select_one(".claim-clause")
        assert line is not None, r.id
        clause_id = line.get_text().split("clause ", 1)[1].split()[0]
        assert clause_id in by_id and by_id[clause_id].verdict == r.verdict, r.id
        assert card.select_one(f".verdict--{r.verdict}") is not None


def test_budget_page_makes_no_unsourced_frontier_claim_and_cites_no_idle_datasheet(
    site: Path,
) -> None:
    """Issue 9: the sentence did not follow from Schwartz et al. 2019, and the V100 datasheet
    supplies no figure on this site (the V100's peak comes from Patterson et al. 2021)."""
    text = (site / "budget" / "index.html").read_text()
    assert "about as fast as yesterday" not in text
    assert "src-nvidia-v100" not in text


def test_compute_page_calls_the_recomputation_figure_hfu_and_says_it_was_achieved(
    site: Path,
) -> None:
    """Issue 9: Narayanan et al. 2021 achieved 140 TFLOP/s per A100, counted with recomputation
    (8 FLOPs per parameter per token): a hardware FLOPs utilisation, not MFU."""
    text = BeautifulSoup((site / "compute" / "index.html").read_text(), "html.parser").get_text()
    assert "hardware FLOPs utilisation (HFU)" in text and "achieved" in text
    assert "The throughput they assume" not in text and "(often called MFU)" not in text


# ---------------------------------------------------------------- corrections feed, report links

def _hook(name: str) -> ModuleType:
    path = DOCS / ".overrides" / "hooks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"test_hook_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_corrections_feed_has_one_entry_per_correction_linking_to_its_card(site: Path) -> None:
    import xml.etree.ElementTree as ET

    from calc.corrections import CORRECTIONS

    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(site / "corrections.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(CORRECTIONS)
    ids = [e.findtext(f"{atom}id") for e in entries]
    assert len(set(ids)) == len(ids), "entry ids must be unique and stable"
    for entry in entries:
        link = entry.find(f"{atom}link")
        assert link is not None
        url = urlparse(link.get("href", ""))
        page = url.path.strip("/").split("/")[-1] if url.path.strip("/") else ""
        assert page_path(site, page).is_file(), url.path
        if url.fragment:
            assert soup_of(page_path(site, page)).find(id=url.fragment) is not None, url
        assert entry.findtext(f"{atom}summary")
    days = [e.findtext(f"{atom}updated") for e in entries]
    assert days == sorted(days, reverse=True)  # newest first
    # Every page announces the feed; the Corrections page links to it.
    for page in ALL_PAGES:
        head = soup_of(page_path(site, page)).head
        assert head.find("link", rel="alternate", type="application/atom+xml"), page
    page = soup_of(page_path(site, "corrections"))
    assert page.find("a", href=re.compile(r"corrections\.xml$"))


def test_report_links_open_an_issue_naming_the_claim(site: Path) -> None:
    from urllib.parse import parse_qs

    hook = _hook("report_links")
    html = page_path(site, "claims").read_text(encoding="utf-8")
    assert "claim-report" not in html  # a local build has no repo_url, so no link to nowhere
    repo = "https://github.com/example/green-ai"
    out = BeautifulSoup(hook.add_report_links(html, repo, "https://x.test/claims/"),
                        "html.parser")
    cards = out.select("div.claim-card")
    assert len(cards) == len(evaluate_all())
    for card in cards:
        links = card.select("p.claim-report a")
        assert len(links) == 1, card.get("id")
        url = urlparse(links[0]["href"])
        assert f"{url.scheme}://{url.netloc}{url.path}" == repo + "/issues/new"
        query = parse_qs(url.query)
        claim_id = card["id"].removeprefix("claim-").replace("-", "_")
        assert claim_id in query["title"][0] and claim_id in query["body"][0]
        assert "#" + card["id"] in query["body"][0]


def test_pages_workflow_gives_the_build_its_repository() -> None:
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "REPO_URL: ${{ github.server_url }}/${{ github.repository }}" in text
    assert "repo_url: !ENV [REPO_URL, null]" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- five years on: page and data

def test_data_files_hold_what_the_five_years_on_page_shows(site: Path) -> None:
    import csv
    import io
    import json

    from calc import constants as k
    from calc.formatting import fmt_count, fmt_usd
    from calc.runs import RUNS

    rows = list(csv.DictReader(io.StringIO((site / "data" / "runs.csv").read_text())))
    assert [r["key"] for r in rows] == list(RUNS)
    page = soup_of(page_path(site, "five-years-on"))
    table = page.find("th", string=re.compile("who trained it")).find_parent("table")
    shown = [[text_of(td).strip() for td in tr.find_all("td")] for tr in table.tbody.find_all("tr")]
    for row, cells in zip(rows, shown, strict=True):
        assert cells[0].startswith(row["run"]), (cells, row["run"])
        if row["gpu_hours"]:
            assert cells[4] == fmt_count(float(row["gpu_hours"]))
            assert cells[5].startswith(fmt_usd(float(row["cost_usd"])))
        else:  # a run whose makers published no GPU-hours says so, and gets no cost
            assert cells[4] == "not published" and cells[5] == "—", cells
    claims = list(csv.DictReader(io.StringIO((site / "data" / "claims.csv").read_text())))
    assert len(claims) == len(evaluate_all()) + len(
        [c for c in claims if c["whose"] != "romero2021"]
    )
    for c in claims:
        anchor = "claim-" + c["id"].replace("_", "-")
        where = ("claims", "five-years-on", "beyond")
        assert any(soup_of(page_path(site, p)).find(id=anchor) for p in where), anchor
    doc = json.loads((site / "data" / "constants.json").read_text())
    assert {c["key"] for c in doc["constants"]} == set(k.CONSTANTS)
    # The page links to every data file.
    for name in ("runs.csv", "scorecard.csv", "claims.csv", "constants.json"):
        assert page.find("a", href=re.compile(re.escape(name) + "$")), name


def test_five_years_on_follows_green_ai_and_the_home_page_links_to_it(site: Path) -> None:
    import yaml

    text = re.sub(r"!ENV \[[^\]]*\]", "''", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = yaml.safe_load(text)["nav"]
    story = next(i["The story"] for i in nav if isinstance(i, dict) and "The story" in i)
    pages = [next(iter(p.values())) for p in story]
    # Issue 22: the page beyond the training run comes right after Green AI, then Five years on.
    assert pages.index("beyond.md") == pages.index("green-ai.md") + 1
    assert pages.index("five-years-on.md") == pages.index("beyond.md") + 1
    short_answer = soup_of(page_path(site, "")).find(id="the-short-answer")
    links = short_answer.find_next("ul").find_all("a")
    for target in ("five-years-on", "beyond"):
        assert any(a["href"].rstrip("/").endswith(target) for a in links), target


def test_calculator_charts_are_on_the_page_without_javascript(site: Path) -> None:
    """Each calculator chart is SVG in the built page (no script needed, no library)."""
    for page in ("energy", "cost"):
        soup = soup_of(page_path(site, page))
        for figure in soup.select("figure[data-chart]"):
            svg = figure.select_one("[data-chart-svg] svg")
            assert svg is not None and svg.get("role") == "img", page
            assert svg.find("title") and svg.find("desc"), page
            bars = svg.select("rect.bar")
            rows = figure.select("[data-chart-table] tbody tr")
            assert len(bars) == len(rows) >= 2, page
