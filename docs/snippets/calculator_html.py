"""Build-time HTML for the in-browser calculators.

A page embeds a calculator with a markdown-exec block::

    ```python exec="on" html="1"
    from docs.snippets.calculator_html import render
    print(render("energy"))
    ```

The markup is complete without JavaScript: inputs hold the scenario's defaults and every output
holds the text that :func:`calc.web.answers.run` computed for them at build time, the very function
the browser runs later through Pyodide. ``docs/javascripts/calculator.js`` wires it up.

The markup contract that scripts and tests rely on:

* the root has ``data-calculator="<name>"`` (and ``data-key``, unique on the page);
* each input is an ``<input name="<input name>">`` with a ``<label>`` that names its unit;
* each output is an element with ``data-output="<output name>"``;
* each input's ``aria-describedby`` names its source note and its error message element
  (``data-error-for="<input name>"``); an input in error has ``aria-invalid="true"``;
* ``data-formula``, ``data-status`` (``role="status"``), ``data-progress`` and
  ``data-copy-link`` mark the formula line, the live status line, the loading progress bar and
  the "copy link" button; ``data-scenarios`` holds every scenario's inputs and build-time results.

Extras (issue 5), all filled from ``calc.web.views.answer_view`` (one call per edit) and wired
by ``docs/javascripts/ranges.js``, ``chart.js`` and ``export.js``, which subscribe to the
calculator's controller (``calculator.js``):

* ``data-range-switch``: radios ``value="central"`` / ``value="range"`` (hidden until
  JavaScript runs); ``data-ranges`` holds the input ranges (``data-range-inputs``) and the
  sensitivity list (``data-sensitivity``), built for the default scenario;
* ``data-chart``: a figure with the chart as SVG (``data-chart-svg``, drawn by
  ``calc.web.svgchart`` at build time and redrawn from Python's answer after an edit), the same data
  as a table (``data-chart-table``, the text alternative) and a note (``data-chart-note``);
* ``data-export="csv"`` / ``data-export="json"`` buttons (hidden until JavaScript runs) and
  ``data-export-status``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from calc import calculators
from calc.calculators import InputSpec
from calc.scenarios import SCENARIOS
from calc.web import answers, calculator_pages, views

__all__ = ["format_input", "input_source", "render", "scenario_title"]

Link = tuple[str, str]  # (text, url); url is "" for plain text

NO_JS_STATUS = (
    "Computed when this page was built. Recomputing as you change the numbers needs JavaScript."
)


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def format_input(value: float) -> str:
    """The text an input box shows for ``value``: short, exact and parsable by ``float``.

    >>> format_input(1024.0), format_input(0.3), format_input(1.75e11), format_input(3.14e23)
    ('1024', '0.3', '175000000000', '3.14e+23')
    """
    if not math.isfinite(value):
        raise ValueError(f"a default must be finite (got {value!r})")
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def scenario_title(key: str) -> str:
    """The label of a scenario in the list: ``calc.SCENARIOS[key].title``."""
    return SCENARIOS[key].title


def _short_cite(source: Any) -> str:
    """``Patterson et al. (2021)``, ``Lambda (2020)``: the short name calc.sources gives."""
    return f"{source.short_name} ({source.year})"


def input_source(name: str, field: InputSpec, scenario: str) -> list[Link]:
    """Where the default of ``field`` in ``scenario`` comes from: its constants' sources, as
    text and links, or the assumption in words."""
    basis = SCENARIOS[scenario].inputs[field.scenario_key]
    if basis.assumed:
        return [("our assumption: " + basis.basis.removeprefix("assumption: "), "")]
    links: list[Link] = []
    for constant in basis.constants:
        link = (_short_cite(constant.source), str(getattr(constant.source, "url", "")))
        if link not in links:
            links.append(link)
    return links or [(basis.basis, "")]


def _source_html(links: list[Link]) -> str:
    parts = []
    for text, url in links:
        if url:
            parts.append(f'<a href="{_attr(url)}">{escape(text)}</a>')
        else:
            parts.append(escape(text))
    return "Default: " + "; ".join(parts)


def _run(name: str, inputs: Mapping[str, float]) -> dict[str, Any]:
    result: dict[str, Any] = dict(answers.run(name, dict(inputs)))
    if not result.get("ok"):
        raise ValueError(f"calculator {name!r}: defaults rejected by calc: {result.get('errors')}")
    return result


def _scenario_data(spec: Any, keys: Iterable[str]) -> dict[str, Any]:
    name = spec.name
    data: dict[str, Any] = {}
    for key in keys:
        inputs = calculators.scenario_inputs(name, key)
        result = _run(name, inputs)
        data[key] = {
            "inputs": {field: format_input(float(value)) for field, value in inputs.items()},
            "outputs": {out: value["text"] for out, value in result["outputs"].items()},
            "formula": result["formula"],
            "sources": {field.name: input_source(name, field, key) for field in spec.inputs},
        }
    return data


def render(name: str, scenario: str | None = None, *, key: str | None = None) -> str:
    """Return the HTML of calculator ``name`` showing ``scenario`` (its default if ``None``).

    ``key`` makes ids and URL parameters unique when one page shows the same calculator twice.
    """
    shown = calculator_pages.page(name)
    spec = shown.model
    title = shown.title
    scenario = scenario or spec.default_scenario
    if scenario not in spec.scenarios:
        raise ValueError(f"calculator {name!r} has no scenario {scenario!r}: {spec.scenarios}")
    key = _slug(key or name)
    base = f"calc-{key}"
    data = _scenario_data(spec, spec.scenarios)
    current = data[scenario]

    out: list[str] = []
    add = out.append
    add(
        f'<div class="calc" data-calculator="{_attr(name)}" data-key="{_attr(key)}"'
        f' data-scenario="{_attr(scenario)}" data-state="static" id="{base}" role="group"'
        f' aria-labelledby="{base}-title" data-scenarios="{_attr(json.dumps(data))}">'
    )
    add(f'<p class="calc__title" id="{base}-title">{escape(title)}</p>')

    add('<div class="calc__scenario">')
    add(f'<label for="{base}-scenario">Scenario</label>')
    add(f'<select id="{base}-scenario" name="scenario" data-scenario-select>')
    for option in spec.scenarios:
        selected = " selected" if option == scenario else ""
        add(f'<option value="{_attr(option)}"{selected}>{escape(scenario_title(option))}</option>')
    add("</select></div>")

    add('<div class="calc__inputs">')
    for field in spec.inputs:
        fid = f"{base}-{_slug(field.name)}"
        add('<div class="calc__field">')
        unit = f' <span class="calc__unit">({escape(field.unit)})</span>' if field.unit else ""
        add(f'<label for="{fid}">{escape(answers.input_label(field))}{unit}</label>')
        add(
            f'<input id="{fid}" name="{_attr(field.name)}" type="text" '
            f'inputmode="{"numeric" if field.whole else "decimal"}"'
            f' autocomplete="off" spellcheck="false"'
            f' value="{_attr(current["inputs"][field.name])}"'
            f' aria-describedby="{fid}-source {fid}-error">'
        )
        add(
            f'<small class="calc__source" id="{fid}-source" data-source-for="{_attr(field.name)}">'
            f"{_source_html(current['sources'][field.name])}</small>"
        )
        add(
            f'<span class="calc__error" id="{fid}-error"'
            f' data-error-for="{_attr(field.name)}"></span>'
        )
        add("</div>")
    add("</div>")

    add(f'<dl class="calc__outputs" aria-label="Results of the {_attr(title)} calculator">')
    for output in spec.outputs:
        oid = f"{base}-out-{_slug(output.name)}"
        add('<div class="calc__result">')
        add(f'<dt id="{oid}-label">{escape(answers.output_label(name, output.name))}</dt>')
        add(
            f'<dd><output id="{oid}" data-output="{_attr(output.name)}"'
            f' aria-labelledby="{oid}-label {oid}">'
            f"{escape(current['outputs'][output.name])}</output></dd>"
        )
        add("</div>")
    add("</dl>")

    add(
        f'<p class="calc__formula"><span class="calc__formula-label">Formula:</span> '
        f"<code data-formula>{escape(current['formula'])}</code></p>"
    )
    if shown.ranges:
        out.extend(_ranges_html(name, scenario, current["inputs"], base))
    if shown.chart is not None:
        out.extend(_chart_html(name, current["inputs"], base))
    out.extend(_export_html(title, base))
    add('<div class="calc__footer">')
    add(
        '<button type="button" class="calc__copy" data-copy-link hidden>'
        "Copy link to these numbers</button>"
    )
    add(
        f'<progress class="calc__progress" data-progress max="100" value="0" hidden'
        f' aria-label="Loading Python for the {_attr(title)} calculator"></progress>'
    )
    add(f'<p class="calc__status" data-status role="status" aria-live="polite">{NO_JS_STATUS}</p>')
    add("</div>")
    add("</div>")
    return "\n".join(out)


def _ranges_html(name: str, scenario: str, inputs: Mapping[str, str], base: str) -> list[str]:
    r = views.ranges_view(name, inputs, scenario)
    if not r["ok"]:
        raise ValueError(f"calculator {name!r}: ranges rejected by calc: {r['errors']}")
    out = [
        ('<fieldset class="calc__mode" data-range-switch hidden><legend>Show results as</legend>'),
        (
            f'<label><input type="radio" name="{base}-mode" value="central" checked>'
            " central value</label>"
        ),
        f'<label><input type="radio" name="{base}-mode" value="range"> low–high range</label>',
        "</fieldset>",
        '<details class="calc__ranges" data-ranges>',
        "<summary>How uncertain are these numbers?</summary>",
        "<p>Over the plausible range of each uncertain input:</p>",
        "<ul data-range-inputs>",
    ]
    for field, rng in r["ranges"].items():
        out.append(
            f'<li data-range-input="{_attr(field)}">{escape(rng["label"])}: '
            f"{escape(rng['text'])}</li>"
        )
    out.append("</ul>")
    out.append("<p>Results over those ranges:</p><ul data-range-outputs>")
    spec = calculators.CALCULATORS[name]
    for o in spec.outputs:
        out.append(
            f'<li data-range-output="{_attr(o.name)}">'
            f"{escape(answers.output_label(name, o.name))}: "
            f"{escape(r['outputs'][o.name]['text'])}</li>"
        )
    out.append("</ul>")
    out.append("<p>Which input moves the result most:</p><ol data-sensitivity>")
    for row in r["sensitivity"]:
        out.append(f"<li>{escape(row['text'])}</li>")
    out.append("</ol></details>")
    return out


def _chart_html(name: str, inputs: Mapping[str, str], base: str) -> list[str]:
    c = views.chart_view(name, inputs)
    if not c["ok"]:
        raise ValueError(f"calculator {name!r}: chart rejected by calc: {c['errors']}")
    cid = f"{base}-chart"
    out = [
        (
            f'<figure class="calc__chart" data-chart data-chart-state="drawn"'
            f' aria-labelledby="{cid}-caption">'
        ),
        # The chart itself, drawn by calc.web.svgchart now and again by the browser after
        # each edit: present with JavaScript off.
        f'<div class="calc__chart-svg" data-chart-svg>{c["svg"]}</div>',
        (
            f'<figcaption id="{cid}-caption">{escape(c["axis"])}: your numbers beside the '
            "reference runs, in the table below.</figcaption>"
        ),
        '<table class="calc__chart-table" data-chart-table>',
        '<thead><tr><th scope="col">Run</th><th scope="col">Value</th></tr></thead><tbody>',
    ]
    for row in c["rows"]:
        out.append(
            f'<tr data-chart-row="{_attr(row["key"])}" data-value="{_attr(row["value"])}">'
            f'<th scope="row">{escape(row["label"])}</th>'
            f"<td>{escape(row['text'])}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append(f'<p class="calc__chart-note" data-chart-note>{escape(c["note"])}</p>')
    out.append("</figure>")
    return out


def _export_html(title: str, base: str) -> list[str]:
    return [
        '<div class="calc__export" data-export-box hidden>',
        (
            f'<button type="button" data-export="csv" aria-describedby="{base}-export-status">'
            "Download CSV</button>"
        ),
        (
            f'<button type="button" data-export="json" aria-describedby="{base}-export-status">'
            "Download JSON</button>"
        ),
        (
            f'<button type="button" data-export="cite" aria-describedby="{base}-export-status">'
            "Copy citation</button>"
        ),
        (
            f'<p class="calc__export-status" id="{base}-export-status" data-export-status'
            f' role="status" aria-live="polite">Inputs, results, formula and sources of the'
            f" {escape(title)} calculator, with the calc version.</p>"
        ),
        "</div>",
    ]
