"""Tables of the Beyond the training run page, from ``calc.beyond`` and the serving calculator.

A page imports it in a markdown-exec block and prints one table::

    ```python exec="on" idprefix=""
    from docs.snippets.beyond_page import serving_table
    print(serving_table())
    ```
"""

from __future__ import annotations

import calc.constants as K
from calc.basis import Energy
from calc.beyond import (
    embodied_share,
    evaluate_beyond_claims,
    prompts_per_training_run,
    wh_of_joules,
)
from calc.calculators import calculate, scenario_inputs
from calc.formatting import fmt_count, fmt_percent, fmt_quantity
from calc.runs import CHIP_BASIS, RUNS
from docs.snippets.claim_cards import _card
from docs.snippets.markup import cite, md_table


def _big(x: float) -> str:
    """14 billion, 630 million: counts of prompts as a reader says them."""
    if x >= 1e9:
        return fmt_count(x / 1e9, 2) + " billion"
    return fmt_count(x / 1e6, 2) + " million"


def _verdicts() -> dict[str, str]:
    return {r.id: r.verdict for r in evaluate_beyond_claims()}


def serving_table() -> str:
    """The published energy (or emissions) of one prompt, each with what it counts."""
    v = _verdicts()
    rows = [
        ("Gemini Apps, median text prompt (" + cite("elsworth2025") + ")",
         f"{K.GEMINI_PROMPT_WH.value:g} Wh",
         "accelerators, host CPU and memory, idle machines, data centre overhead",
         f"primary; {v['gemini_prompt_energy']}"),
        ("the same, by Google's narrower method (" + cite("elsworth2025") + ")",
         f"{1000 / K.GEMINI_NARROW_PROMPTS_PER_KWH.value:g} Wh",
         "active accelerators only, in its most efficient data centres", "secondary copy"),
        ("Llama 3.1 70B on four H100s, many answers at once (" + cite("mlenergy_leaderboard")
         + ")", fmt_quantity(wh_of_joules(K.MLENERGY_LLAMA31_70B_J.value), "Wh", 2),
         f"GPUs only, measured; {fmt_count(K.MLENERGY_LLAMA31_70B_TOKENS.value)} tokens out",
         f"primary; {v['mlenergy_response']}"),
        ("text generation, mean of the models tested (" + cite("luccioni2024_php") + ")",
         f"{K.PHP_TEXTGEN_KWH_PER_1000.value:g} Wh",
         ("GPU, CPU and memory (one active A100, seven idle on the node), no batching, ten "
         "tokens out, no PUE"), "primary"),
        ("ChatGPT, \"average query\" (" + cite("altman2025") + ")",
         f"{K.ALTMAN_QUERY_WH.value:g} Wh", "not stated: no method published",
         f"secondary; {v['altman_query_energy']}"),
        (f"Le Chat, a {fmt_count(K.MISTRAL_RESPONSE_TOKENS.value)}-token response ("
         + cite("mistral2025") + ")",
         f"{K.MISTRAL_RESPONSE_GCO2E.value:g} gCO2e (no energy published)",
         "life cycle, with the hardware's manufacture, without users' devices",
         f"secondary; {v['mistral_response_emissions']}"),
    ]
    return md_table(("prompt", "energy", "what it counts", "level; verdict"), rows)


def prompts_table() -> str:
    """How many prompts take each training run's energy, on one basis: the chips' rated power.

    The prompt is Llama 3.1 70B's response at the utilisation ML.ENERGY measured, for as long as
    its computation takes at that utilisation, at the H100's rated power (the serving
    calculator's first scenario): the basis of the training runs' energy."""
    wh = calculate("serving", scenario_inputs("serving", "serve_llama31_70b")).outputs[
        "wh_per_prompt"]
    rows = []
    for r in RUNS.values():
        energy = r.energy
        if energy is None or energy.basis != CHIP_BASIS or r.estimate:
            continue
        rows.append((r.name, f"{r.energy_mwh:,.0f}",
                     _big(prompts_per_training_run(r.energy_mwh, wh))))
    return md_table(("training run", "energy (MWh), chips' rated power",
                     "prompts that take as much"), rows, numeric="12")


def manufacture_table() -> str:
    """BLOOM's hardware manufacture beside its electricity on grids of different intensity: the
    cleaner the grid, the larger the share of manufacture."""
    bloom = RUNS["bloom_176b"].published_energy
    assert bloom is not None and bloom.basis == Energy("chip rated power")
    rows = []
    for name, grid in (("Patterson et al.'s figure for GPT-3", K.PATTERSON_GPT3_GRID),
                       ("Meta's U.S. average (LLaMA paper)", K.META_GRID),
                       ("France, where BLOOM trained", K.BLOOM_GRID)):
        share = embodied_share(K.BLOOM_EMBODIED_TCO2E.value, bloom.value, grid.value)
        rows.append((name, fmt_count(grid.value), fmt_percent(share)))
    return md_table(("grid", "gCO2e per kWh",
                     "manufacture's share, beside the chips' electricity at rated power"),
                    rows, numeric="12")


def beyond_claim_cards() -> str:
    """Each disclosed figure, judged by the same verdict rule as the article's."""
    return "\n".join(_card(r) for r in evaluate_beyond_claims())
