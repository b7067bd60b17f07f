"""Build hook: the corrections log as an Atom feed, ``corrections.xml``, for feed readers.

No kept MkDocs plugin writes a feed from data (the RSS plugins list pages by their git dates), so
this hook does that one job: one ``<entry>`` per :data:`calc.corrections.CORRECTIONS` item, newest
first, each linking to the claim's card on the All-claims page. The file is added to the build's
files in ``on_files``, so the Corrections page links to it like any other file and ``--strict``
checks the link.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from mkdocs.structure.files import File, Files

from calc.corrections import CORRECTIONS, LAST_CHECKED, Correction
from docs.snippets.corrections_page import target

FEED_PATH = "corrections.xml"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _entry_id(c: Correction) -> str:
    """Stable across builds: the day, the claim and the field changed (never a position)."""
    what = c.claim_id or c.page.removesuffix(".md")
    return f"{c.day.isoformat()}-{what}-{re.sub(r'[^a-z0-9]+', '-', c.field.lower())}"


def _url(where: str) -> str:
    """A page's URL below the site's root: ``claims.md#x`` is ``claims/#x``, ``index.md`` is ``""``.

    >>> _url("claims.md#claim-a"), _url("index.md"), _url("five-years-on.md")
    ('claims/#claim-a', '', 'five-years-on/')
    """
    page, _, anchor = where.partition("#")
    path = "" if page == "index.md" else page.removesuffix(".md") + "/"
    return path + (f"#{anchor}" if anchor else "")


def atom_feed(site_url: str, site_name: str) -> str:
    """The feed as text. ``site_url`` ends with ``/``; ids and links are absolute under it."""
    newest = sorted(CORRECTIONS, key=lambda c: c.day, reverse=True)
    updated = max([LAST_CHECKED, *(c.day for c in CORRECTIONS)])
    entries = []
    for c in newest:
        name, where = target(c)
        link = site_url + _url(where)
        title = f"{name}: {c.field} {c.old} → {c.new}" if c.claim_id else (
            f"{name}: {c.old} → {c.new}")
        entries.append(
            "  <entry>\n"
            f"    <title>{escape(title)}</title>\n"
            f'    <link rel="alternate" type="text/html" href="{escape(link)}"/>\n'
            f"    <id>{escape(site_url)}corrections/#{_entry_id(c)}</id>\n"
            f"    <updated>{_stamp(c.day)}</updated>\n"
            f"    <summary>{escape(c.why)}</summary>\n"
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <title>{escape(site_name)}: corrections</title>\n"
        f"  <subtitle>Every change of a verdict or of a figure, dated, with the old and new "
        f"value and why.</subtitle>\n"
        f'  <link rel="self" type="application/atom+xml" href="{escape(site_url)}{FEED_PATH}"/>\n'
        f'  <link rel="alternate" type="text/html" href="{escape(site_url)}corrections/"/>\n'
        f"  <id>{escape(site_url)}{FEED_PATH}</id>\n"
        f"  <updated>{_stamp(updated)}</updated>\n"
        f"  <author><name>{escape(site_name)}</name></author>\n"
        + "".join(entries)
        + "</feed>\n"
    )


def on_files(files: Files, config: Any) -> Files:
    """Add the feed to the build, so pages can link to it and ``mkdocs serve`` serves it."""
    site_url = config.get("site_url") or "http://127.0.0.1:8000/"
    if not site_url.endswith("/"):
        site_url += "/"
    files.append(
        File.generated(config, FEED_PATH, content=atom_feed(site_url, config["site_name"]))
    )
    return files
