"""Build hook: every claim card gets a citation and a link to "Report a problem with this number".

The citation (a "Cite this claim" box, readable with JavaScript off; ``cite.js`` adds a copy
button) gives the claim and its verdict, the page's address with the card's anchor, the date the
numbers were last checked and the data version. The report link opens a new issue in the
repository's tracker (``repo_url`` in ``mkdocs.yml``, set by the Pages workflow from the
repository it runs in) with the claim's id and page filled in. Where no ``repo_url`` is
configured (a local build) no report link is added: a link to a guessed address would send
readers' reports nowhere.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any
from urllib.parse import quote

from calc.corrections import LAST_CHECKED

# The opening tag of a card (docs/snippets/claim_cards.py, _card) and the end of its details box.
_CARD = re.compile(r'<div class="claim-card" id="(?P<id>[a-z0-9-]*claim-(?P<claim>[a-z0-9-]+))">')


def report_url(repo_url: str, claim_id: str, page_url: str) -> str:
    """A new-issue URL on ``repo_url`` with the claim id and page in the title and body."""
    title = f"Problem with a number: {claim_id}"
    body = (
        f"Claim: {claim_id}\nPage: {page_url}\n\n"
        "What is wrong, and which source shows it (title, year, page or table):\n"
    )
    return f"{repo_url.rstrip('/')}/issues/new?title={quote(title)}&body={quote(body)}"


def citation(claim_id: str, url: str) -> str:
    """One claim as a reader would cite it: the claim, the article's figure against ours, the
    verdict and its clause, where, when the numbers were last checked, and the data version."""
    from calc import __version__
    from calc.beyond import evaluate_beyond_claims
    from calc.ledger import evaluate_all
    from calc.run_claims import evaluate_run_claims

    r = {c.id: c for c in (*evaluate_all(), *evaluate_run_claims(),
                           *evaluate_beyond_claims())}[claim_id]
    said = "the article says" if r.quote_source == "romero2021" else "they say"
    return (f"{r.title}: {said} {r.article_text}; we compute {r.our_text}. Verdict: "
            f"{r.verdict} (clause {r.clause}). Green AI by the Numbers, {url} (numbers last "
            f"checked {LAST_CHECKED.day} {LAST_CHECKED:%B %Y}: data version "
            f"{LAST_CHECKED.isoformat()}; calc {__version__}).")


def add_report_links(html: str, repo_url: str | None, page_url: str) -> str:
    """Insert a citation, and a report link where there is a ``repo_url``, at the end of every
    claim card in ``html``."""
    out: list[str] = []
    pos = 0
    for match in _CARD.finditer(html):
        out.append(html[pos : match.end()])
        pos = match.end()
        claim_id = match["claim"].replace("-", "_")
        # The card's closing </div>: the first one at nesting depth zero after the opening tag.
        depth, i = 1, pos
        for tag in re.finditer(r"<(/?)div\b", html[pos:]):
            depth += -1 if tag[1] else 1
            if depth == 0:
                i = pos + tag.start()
                break
        out.append(html[pos:i])
        version = f"?v={LAST_CHECKED.isoformat()}"  # a link that remembers its numbers' version
        cite = _html.escape(citation(claim_id, f"{page_url}{version}#{match['id']}"))
        out.append(
            '<details class="claim-cite"><summary>Cite this claim</summary>'
            f'<p class="claim-cite__text">{cite}</p></details>\n'
        )
        if repo_url:
            href = _html.escape(report_url(repo_url, claim_id, f"{page_url}#{match['id']}"))
            out.append(
                f'<p class="claim-report"><a href="{href}" rel="nofollow">'
                "Report a problem with this number</a></p>\n"
            )
        pos = i
    out.append(html[pos:])
    return "".join(out)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Add the citations, and the report links when the site has a ``repo_url``."""
    return add_report_links(html, config.get("repo_url"), page.canonical_url or page.url)
