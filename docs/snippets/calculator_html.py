"""Build-time HTML for the in-browser calculators.

A page embeds a calculator with a markdown-exec block::

    ```python exec="on" html="1"
    from calculator_html import render
    print(render("energy"))
    ```

The markup is complete without JavaScript: inputs hold the scenario's defaults and every output
holds the text that :func:`calc.calculators.run` computed for them at build time, the very function
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
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from calc import calculators

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
    import calc
    import calc.scenarios

    scenarios: Mapping[str, Any] = getattr(calc, "SCENARIOS", calc.scenarios.SCENARIOS)
    scenario = scenarios.get(key)
    return str(getattr(scenario, "title", key))


def _short_cite(source: Any) -> str:
    """``Patterson et al. (2021)``, ``Lambda (2020)``: the short name calc.sources gives."""
    return f"{source.short_name} ({source.year})"


def input_source(name: str, field: Any, scenario: str) -> list[Link]:
    """Where the default of ``field`` in ``scenario`` comes from, as text and links."""
    own = getattr(field, "source", None)
    if isinstance(own, str) and own:
        return [(own, "")]
    import calc.scenarios
    from calc.constants import CONSTANTS

    basis = calc.scenarios.SCENARIOS[scenario].basis(getattr(field, "scenario_key", field.name))
    if basis.startswith("assumption: "):
        return [("our assumption: " + basis.removeprefix("assumption: "), "")]
    links: list[Link] = []
    for key in re.findall(r"\b[A-Z][A-Z0-9_]*[A-Z0-9]\b", basis):
        constant = CONSTANTS.get(key)
        if constant is None:
            continue
        link = (_short_cite(constant.source), str(getattr(constant.source, "url", "")))
        if link not in links:
            links.append(link)
    return links or [(basis, "")]


def _source_html(links: list[Link]) -> str:
    parts = []
    for text, url in links:
        if url:
            parts.append(f'<a href="{_attr(url)}">{escape(text)}</a>')
        else:
            parts.append(escape(text))
    return "Default: " + "; ".join(parts)


def _run(name: str, inputs: Mapping[str, float]) -> dict[str, Any]:
    result: dict[str, Any] = calculators.run(name, dict(inputs))
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
    spec = calculators.CALCULATORS[name]
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
    add(f'<p class="calc__title" id="{base}-title">{escape(spec.title)}</p>')

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
        add(f'<label for="{fid}">{escape(field.label)}{unit}</label>')
        add(
            f'<input id="{fid}" name="{_attr(field.name)}" type="text" inputmode="decimal"'
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

    add(f'<dl class="calc__outputs" aria-label="Results of the {_attr(spec.title)} calculator">')
    for output in spec.outputs:
        oid = f"{base}-out-{_slug(output.name)}"
        add('<div class="calc__result">')
        add(f'<dt id="{oid}-label">{escape(output.label)}</dt>')
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
    add('<div class="calc__footer">')
    add(
        '<button type="button" class="calc__copy" data-copy-link hidden>'
        "Copy link to these numbers</button>"
    )
    add(
        f'<progress class="calc__progress" data-progress max="100" value="0" hidden'
        f' aria-label="Loading Python for the {_attr(spec.title)} calculator"></progress>'
    )
    add(f'<p class="calc__status" data-status role="status" aria-live="polite">{NO_JS_STATUS}</p>')
    add("</div>")
    add("</div>")
    return "\n".join(out)
