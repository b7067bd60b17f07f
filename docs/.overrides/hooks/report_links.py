"""Build hook: every claim card links to "Report a problem with this number".

The link opens a new issue in the repository's tracker (``repo_url`` in ``mkdocs.yml``, set by
the Pages workflow from the repository it runs in) with the claim's id and page filled in. Where
no ``repo_url`` is configured (a local build) no link is added: a link to a guessed address would
send readers' reports nowhere.
"""

from __future__ import annotations

import html as _html
import re
from typing import Any
from urllib.parse import quote

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


def add_report_links(html: str, repo_url: str, page_url: str) -> str:
    """Insert one report link at the end of every claim card in ``html``."""
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
        href = _html.escape(report_url(repo_url, claim_id, f"{page_url}#{match['id']}"))
        out.append(html[pos:i])
        out.append(
            f'<p class="claim-report"><a href="{href}" rel="nofollow">'
            "Report a problem with this number</a></p>\n"
        )
        pos = i
    out.append(html[pos:])
    return "".join(out)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Add the links when the site has a ``repo_url``."""
    repo_url = config.get("repo_url")
    if not repo_url:
        return html
    return add_report_links(html, repo_url, page.canonical_url or page.url)
