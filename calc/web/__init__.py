"""The web layer: everything in ``calc`` that speaks to a page.

The model (every other module of :mod:`calc`) computes numbers and typed results from sourced
constants; this package turns them into what a page shows and what the browser exchanges with
Python: each calculator's page spec, with its labels, result texts, filled-in formula and chart
(:mod:`calc.web.calculator_pages`), reading of typed entries, messages and the one answer a
calculator gives (:mod:`calc.web.answers`), JSON-ready answers for the calculators, the solver,
ranges and charts (:mod:`calc.web.views`, whose ``call`` is the one function the browser's worker
calls), the export files (:mod:`calc.web.export`), the site's data files
(:mod:`calc.web.datafiles`) and SVG charts (:mod:`calc.web.svgchart`). It ships in the same
wheel, so the browser runs exactly this code.

The rule that keeps the two apart: the model never imports ``calc.web``
(``tests/test_layers.py`` checks every module).
"""
