"""Build-time HTML for "What would make this claim true?" forms (``calc.solver`` claims).

A page places one under the claim it judges::

    ```python exec="on" html="1"
    from docs.snippets.solver_html import render_solver
    print(render_solver("m6_10t_energy"))
    ```

The form is complete without JavaScript: it shows the solution for its first input, computed by
:func:`calc.web.views.solve_view` at build time. ``docs/javascripts/solver.js`` answers every
other choice with the same function in the reader's browser.

Markup contract: the root has ``data-solver="<claim id>"``; each radio ``name="solve-for"`` has
``value="<input name>"``; ``data-solver-value``, ``data-solver-range``, ``data-solver-judgement``
and ``data-solver-basis`` hold the answer's parts; ``data-solver-status`` (``role="status"``)
says what is happening; the root's ``data-judgement`` is the judgement (``impossible`` when no
value can meet the claim).
"""

from __future__ import annotations

from html import escape

from calc.solver import SOLVABLE
from calc.web import views

__all__ = ["render_solver"]

SOLVER_NO_JS = "Solved when this page was built. Choosing another input needs JavaScript."


def render_solver(claim_id: str) -> str:
    """The form for claim ``claim_id``, showing the solution for its first input."""
    model = SOLVABLE[claim_id]
    first = model.inputs[0].name
    s = views.solve_view(claim_id, first)
    base = f"solver-{claim_id.replace('_', '-')}"
    target = escape(model.target_text)
    out = [
        (
            f'<form class="solver" data-solver="{escape(claim_id, quote=True)}" id="{base}"'
            f' data-judgement="{escape(s["judgement"] if s["ok"] else "impossible", quote=True)}"'
            f' aria-labelledby="{base}-title">'
        ),
        f'<p class="solver__title" id="{base}-title">What would make “{target}” true?</p>',
        (
            "<fieldset><legend>Solve for one input (the answer lists the values the others "
            "are held at)</legend>"
        ),
    ]
    for spec in model.inputs:
        checked = " checked" if spec.name == first else ""
        unit = f" ({escape(spec.unit)})" if spec.unit else ""
        out.append(
            f'<label><input type="radio" name="solve-for" value="{escape(spec.name, quote=True)}"'
            f"{checked}> {escape(spec.label)}{unit}</label>"
        )
    out.append("</fieldset>")
    value = s["value_text"] if s["ok"] else "no possible value"
    judgement = s["sentence"] if s["ok"] else s["message"]
    out += [
        '<dl class="solver__answer">',
        f"<div><dt>Value needed for {target}</dt><dd data-solver-value>{escape(value)}</dd></div>",
        (
            f"<div><dt>Published or plausible range</dt>"
            f"<dd data-solver-range>{escape(s['range_text'])}</dd></div>"
        ),
        f"<div><dt>How realistic</dt><dd data-solver-judgement>{escape(judgement)}</dd></div>",
        f"<div><dt>Range from</dt><dd data-solver-basis>{escape(s['basis'])}</dd></div>",
        "</dl>",
        (
            f'<p class="solver__status" data-solver-status role="status" aria-live="polite">'
            f"{SOLVER_NO_JS}</p>"
        ),
        "</form>",
    ]
    return "\n".join(out)
