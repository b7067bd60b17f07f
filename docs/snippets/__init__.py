"""The page layer's build-time Python: what the pages print through markdown-exec blocks, the
numbers inside sentences (``macros.py``, the mkdocs-macros module) and the calculators' and
playground's HTML.

Imported one way, as ``docs.snippets.<module>``, by pages, the macros module and the tests
alike: the editable install of ``calc`` puts this checkout on ``sys.path``, so no hook edits it.
One module per job: ``markup`` (citations, badges, legends, Markdown tables), ``page_tables``
(the topic pages' numeric tables), ``claim_cards`` (the claims ledger), ``sources_page``,
``runs_page`` (five years on), ``charts``, ``calculator_html``, ``solver_html``,
``playground_html`` and ``corrections_page``. The browser never runs these: it gets ``calc``
(model and web layer) from the wheel.
"""
