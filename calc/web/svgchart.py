"""A small bar-chart renderer: the calculators' charts as SVG text, drawn by the same Python at
build time (so the chart is on the page with JavaScript off) and in the browser after an edit
(the worker returns the SVG with the chart's rows; the page inserts it as a parsed SVG node,
never through ``innerHTML``).

No charting library fits both places: matplotlib is far too large for the browser worker and
gives a different picture from the build's, and the pure-Python SVG chart libraries found are
unmaintained. A horizontal bar chart with a linear or logarithmic axis is about a hundred lines.

Every string in the SVG comes from ``calc`` (run labels, numbers Python formatted) and is
escaped; the reader's own text never reaches it.

>>> svg = bar_chart_svg([{"key": "a", "label": "A", "value": 10.0, "text": "10 MWh"},
...                      {"key": "b", "label": "B", "value": 1000.0, "text": "1,000 MWh"}],
...                     scale="logarithmic", title="Energy", summary="A: 10 MWh; B: 1,000 MWh",
...                     chart_id="c1")
>>> svg.count("<rect class=\\"bar"), 'data-scale="logarithmic"' in svg, "<title" in svg
(2, True, True)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from ..formatting import fmt_power_of_ten

__all__ = ["COLOURS", "bar_chart_svg", "ticks"]

#: Bar, text and grid colours on the chart's white background (WCAG: text 4.5:1, bars 3:1).
COLOURS = {"reader": "#1b5e20", "reference": "#5f6368", "text": "#1f1f1f", "grid": "#d0d0d0"}

# Each row: its label on a line of its own, then the bar (labels never clipped on a phone).
_WIDTH, _LEFT, _VALUE_W, _LABEL_H, _BAR_H, _GAP, _TOP, _AXIS_H = 640, 8, 120, 16, 18, 8, 4, 44
_ROW = _LABEL_H + _BAR_H + _GAP


def _tick_text(value: float) -> str:
    """Short tick labels: 0.5, 20, 3,000, then powers of ten as 10⁶."""
    if value == 0:
        return "0"
    exponent = math.floor(math.log10(abs(value)) + 1e-9)
    if -2 <= exponent <= 3:
        return f"{value:,.{max(0, -exponent)}f}"
    mantissa = value / 10**exponent
    power = fmt_power_of_ten(exponent)
    return power if round(mantissa, 6) == 1 else f"{mantissa:g}×{power}"


def ticks(low: float, high: float, scale: str) -> list[float]:
    """Axis ticks from ``low`` to ``high``: whole decades on a log axis (thinned to at most
    seven), 1-2-5 steps on a linear one.

    >>> ticks(3, 4000, "logarithmic")
    [1.0, 10.0, 100.0, 1000.0, 10000.0]
    >>> ticks(0, 7.5, "linear")
    [0.0, 2.0, 4.0, 6.0, 8.0]
    """
    if scale == "logarithmic":
        first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
        step = max(1, math.ceil((last - first) / 6))
        return [10.0**e for e in range(first, last + 1, step)]
    raw = (high - low) / 5 or 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    count = math.ceil(high / step)
    return [float(i * step) for i in range(count + 1)]


def bar_chart_svg(
    rows: Sequence[Mapping[str, Any]], *, scale: str, title: str, summary: str, chart_id: str
) -> str:
    """Horizontal bars, one per row (``label``, ``value`` > 0, ``text``), the reader's first."""
    values = [float(r["value"]) for r in rows]
    if not values or min(values) <= 0 or not all(math.isfinite(v) for v in values):
        raise ValueError("a bar chart needs positive, finite values")
    low = min(values) / 10 if scale == "logarithmic" else 0.0
    axis = ticks(low, max(values), scale)
    lo, hi = axis[0], axis[-1]
    plot_w = _WIDTH - _LEFT - _VALUE_W

    def x(v: float) -> float:
        if scale == "logarithmic":
            share = (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
        else:
            share = (v - lo) / (hi - lo)
        return _LEFT + share * plot_w

    height = _TOP + len(rows) * _ROW + _AXIS_H
    bottom = _TOP + len(rows) * _ROW
    c = COLOURS
    parts = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" role="img" data-scale="{escape(scale)}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="sans-serif" '
        'font-size="12">'),
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(summary)}</desc>',
        f'<rect x="0" y="0" width="{_WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    for t in axis:
        tx = x(t) if t > 0 or scale == "linear" else _LEFT
        parts.append(f'<line x1="{tx:.1f}" y1="{_TOP}" x2="{tx:.1f}" y2="{bottom}" '
                     f'stroke="{c["grid"]}" stroke-width="1"/>')
        parts.append(f'<text class="tick" x="{tx:.1f}" y="{bottom + 16}" text-anchor="middle" '
                     f'fill="{c["text"]}">{escape(_tick_text(t))}</text>')
    for i, row in enumerate(rows):
        y = _TOP + i * _ROW + _LABEL_H
        value = float(row["value"])
        width = max(x(value) - _LEFT, 2.0)  # never invisible
        fill = c["reader"] if row.get("key") == "reader" else c["reference"]
        parts.append(f'<text x="{_LEFT}" y="{y - 4}" fill="{c["text"]}">'
                     f'{escape(str(row["label"]))}</text>')
        parts.append(f'<rect class="bar" data-key="{escape(str(row.get("key", "")))}" '
                     f'data-value="{value!r}" x="{_LEFT}" y="{y}" width="{width:.1f}" '
                     f'height="{_BAR_H}" fill="{fill}"/>')
        parts.append(f'<text x="{_LEFT + width + 6:.1f}" y="{y + _BAR_H * 0.75:.1f}" '
                     f'fill="{c["text"]}">{escape(str(row["text"]))}</text>')
    parts.append(f'<text x="{_LEFT + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" '
                 f'fill="{c["text"]}">{escape(title)}</text>')
    parts.append("</svg>")
    return "".join(parts)
