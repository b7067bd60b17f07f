"""Beyond the training run: serving a model, making its hardware, and the water of both.

The article measured green AI by the energy of one training run. A model is also served, on
hardware that was made. This module puts numbers to both, each with its boundary:

- serving: the energy of one prompt, from its computation (a forward pass, 2 FLOPs per active
  parameter per token; Kaplan et al. 2020) at a GPU's throughput and power
  (:func:`serving_wh_per_prompt`), beside what Google, ML.ENERGY, Luccioni et al., Mistral AI
  and OpenAI published;
- manufacture: the emissions of making the hardware, charged to a run by the share of the
  hardware's life it uses (:func:`embodied_tco2e`), as Luccioni et al. (BLOOM) and Morrison et
  al. (OLMo) did;
- how many prompts take a training run's energy (:func:`prompts_per_training_run`).

The disclosed figures that can be redone from their own inputs are claims judged by the site's
rule (:data:`BEYOND_CLAIMS`); those that cannot are "unsupported", with the missing input named.

>>> round(serving_wh_per_prompt(70e9, 352, 989.5e12, 0.1, 700, 1.0), 3)
0.097
>>> round(embodied_tco2e(1.65e6, 463, 4, 1.0), 1)
21.8
"""

from __future__ import annotations

from typing import Final

from . import constants as k
from .errors import check_number
from .formatting import fmt_count, fmt_quantity
from .formulas import emissions_tco2e
from .rule import Claim, ClaimResult, Finding, StandIn
from .units import DAYS_PER_YEAR, HOURS_PER_DAY

__all__ = [
    "BEYOND_CLAIMS", "embodied_share", "embodied_tco2e", "evaluate_beyond_claims",
    "measured_utilisation",
    "prompts_per_training_run", "serving_wh_per_prompt", "wh_of_joules",
]

SECONDS_PER_HOUR: Final = 3600.0
HOURS_PER_YEAR: Final = DAYS_PER_YEAR * HOURS_PER_DAY


def serving_wh_per_prompt(active_params: float, tokens_per_prompt: float,
                          peak_flops_per_gpu: float, utilisation: float, watts_per_gpu: float,
                          pue: float) -> float:
    """Energy of one prompt (Wh): its FLOPs, 2 × active parameters × tokens generated (a forward
    pass per token, Kaplan et al. 2020, Eq. 2.2), at the GPU's peak × utilisation, for as long as
    that takes at the GPU's power, × PUE.

    >>> round(serving_wh_per_prompt(1e9, 1000, 1e15, 0.5, 500, 1.0), 6)  # 4 ms at 500 W
    0.000556
    """
    for name, x in (("active_params", active_params), ("tokens_per_prompt", tokens_per_prompt),
                    ("peak_flops_per_gpu", peak_flops_per_gpu), ("utilisation", utilisation),
                    ("watts_per_gpu", watts_per_gpu)):
        check_number(name, x)
    check_number("pue", pue, minimum=1.0, allow_equal=True)
    flops = k.KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN.value * active_params * tokens_per_prompt
    seconds = flops / (peak_flops_per_gpu * utilisation)
    return seconds * watts_per_gpu * pue / SECONDS_PER_HOUR


def prompts_per_training_run(training_mwh: float, wh_per_prompt: float) -> float:
    """How many prompts of ``wh_per_prompt`` take a training run's ``training_mwh``: the two must
    count the same things (chips, hosts, PUE) for the number to mean anything."""
    check_number("training_mwh", training_mwh)
    check_number("wh_per_prompt", wh_per_prompt)
    return training_mwh * 1e6 / wh_per_prompt


def embodied_tco2e(gpu_hours: float, kg_per_gpu: float, life_years: float,
                   use_fraction: float) -> float:
    """The hardware's manufacture charged to a run (tCO2e): each GPU's manufacturing emissions
    (with its share of the server) × the share of its life the run used, GPU-hours ÷ (life in
    hours × the fraction of that life in use) (Luccioni et al. 2022; Morrison et al. 2025)."""
    check_number("gpu_hours", gpu_hours)
    check_number("kg_per_gpu", kg_per_gpu)
    check_number("life_years", life_years)
    check_number("use_fraction", use_fraction, maximum=1.0)
    return gpu_hours * kg_per_gpu / (life_years * HOURS_PER_YEAR * use_fraction) / 1000


def wh_of_joules(joules: float) -> float:
    """A measurement in joules as watt-hours (3,600 J each)."""
    return check_number("joules", joules) / SECONDS_PER_HOUR


def embodied_share(embodied_t: float, mwh: float, grid_gco2e_per_kwh: float) -> float:
    """The manufacture's share of the manufacture plus the electricity of ``mwh`` on a grid (no
    more: idle power and infrastructure are not in it): as the grid gets cleaner the share
    grows."""
    return embodied_t / (embodied_t + emissions_tco2e(mwh, grid_gco2e_per_kwh))


# ---------------------------------------------------------------- the disclosed figures, judged
def _gemini_water() -> Finding:
    it_wh = k.GEMINI_PROMPT_WH.value - k.GEMINI_OVERHEAD_WH.value
    ml = it_wh * k.GOOGLE_WUE_L_PER_KWH.value  # Wh × L/kWh = mL
    return Finding(
        ml, ml, fmt_quantity(ml, "mL", 2),
        ((f"({k.GEMINI_PROMPT_WH.value:g} Wh − {k.GEMINI_OVERHEAD_WH.value:g} Wh of the data "
          f"centre's overhead) × {k.GOOGLE_WUE_L_PER_KWH.value:g} L per kWh, Google's water use "
          "on site: the paper's own method on its own figures"),),
        (k.GEMINI_PROMPT_WH, k.GEMINI_OVERHEAD_WH, k.GOOGLE_WUE_L_PER_KWH), arithmetic=True,
        caveat="Cooling water on site only: the water of generating the electricity, often "
        "larger, is not in it.",
    )


def _gemini_energy() -> Finding:
    parts = (k.GEMINI_ACCELERATOR_WH, k.GEMINI_HOST_WH, k.GEMINI_IDLE_WH, k.GEMINI_OVERHEAD_WH)
    wh = sum(c.value for c in parts)
    return Finding(
        wh, wh, fmt_quantity(wh, "Wh", 2),
        (" + ".join(f"{c.value:g}" for c in parts) + " Wh: the accelerators, the host's CPU and "
         "memory, idle machines and the data centre's overhead, the paper's own breakdown",),
        parts, arithmetic=True,
        caveat="A fleet measurement whose prompts, models and lengths are not published: all we "
        "redo is the sum of its parts, read in secondary copies of the paper's body.",
    )


def _mlenergy_response() -> Finding:
    joules = (k.MLENERGY_LLAMA31_70B_POWER_W.value / k.MLENERGY_LLAMA31_70B_TOKENS_PER_S.value
              * k.MLENERGY_LLAMA31_70B_TOKENS.value)
    return Finding(
        joules, joules, f"{fmt_count(joules, 4)} J",
        ((f"{fmt_count(k.MLENERGY_LLAMA31_70B_POWER_W.value, 5)} W ÷ "
          f"{fmt_count(k.MLENERGY_LLAMA31_70B_TOKENS_PER_S.value, 5)} tokens per second × "
          f"{fmt_count(k.MLENERGY_LLAMA31_70B_TOKENS.value, 4)} tokens, the leaderboard's own "
          "measurements"),),
        (k.MLENERGY_LLAMA31_70B_POWER_W, k.MLENERGY_LLAMA31_70B_TOKENS_PER_S,
         k.MLENERGY_LLAMA31_70B_TOKENS), arithmetic=True,
        caveat="The GPUs' energy only, serving many answers at once: no host, idle machines or "
        "PUE.",
    )


def measured_utilisation() -> float:
    """The share of the H100s' peak that ML.ENERGY's Llama 3.1 70B measurement used: its
    tokens per second × 2 FLOPs per active parameter ÷ (its GPUs × the H100's peak)."""
    flops_per_s = (k.KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN.value * k.LLAMA31_70B_PARAMS_SERVED.value
                   * k.MLENERGY_LLAMA31_70B_TOKENS_PER_S.value)
    return flops_per_s / (k.MLENERGY_LLAMA31_70B_GPUS.value * k.H100_PEAK_DENSE_FLOP_PER_S.value)


def _morrison_embodied() -> Finding:
    t = embodied_tco2e(k.MORRISON_GPU_HOURS.value, k.MORRISON_EMBODIED_KG_PER_GPU.value,
                       k.MORRISON_GPU_LIFE_YEARS.value, 1.0)
    return Finding(
        t, t, fmt_quantity(t, "tCO2e", 3),
        ((f"{fmt_count(k.MORRISON_GPU_HOURS.value)} GPU-hours × "
          f"{fmt_count(k.MORRISON_EMBODIED_KG_PER_GPU.value)} kg per GPU ÷ "
          f"({fmt_count(k.MORRISON_GPU_LIFE_YEARS.value)} years × hours in a year)"),),
        (k.MORRISON_GPU_HOURS, k.MORRISON_EMBODIED_KG_PER_GPU, k.MORRISON_GPU_LIFE_YEARS),
        arithmetic=True,
        stand_ins=(StandIn("the manufacture of each GPU and its share of the server (BLOOM's "
                           "estimate for another GPU)", "other run"),),
        caveat="In the paper's words, NVIDIA does not release the embodied emissions of its "
        "GPUs, so it took BLOOM's per-node estimate for its H100s.",
    )


def _bloom_embodied() -> Finding:
    t = k.BLOOM_EMBODIED_SERVERS_TCO2E.value + k.BLOOM_EMBODIED_GPUS_TCO2E.value
    return Finding(
        t, t, fmt_quantity(t, "tCO2e", 3),
        ((f"{k.BLOOM_EMBODIED_SERVERS_TCO2E.value:g} t (servers) + "
         f"{k.BLOOM_EMBODIED_GPUS_TCO2E.value:g} t (GPUs)"),),
        (k.BLOOM_EMBODIED_SERVERS_TCO2E, k.BLOOM_EMBODIED_GPUS_TCO2E), arithmetic=True,
        caveat="Amortised over the hardware's replacement cycle at its average use, the figures "
        "the data centre gave the authors.",
    )


def _no_method(what: str) -> Finding:
    return Finding(0.0, 0.0, "cannot be recomputed", (), (), missing=(what,))


BEYOND_CLAIMS: Final[tuple[Claim, ...]] = (
    Claim("gemini_prompt_water", "energy",
          f"Google: {fmt_quantity(k.GEMINI_PROMPT_ML.value, 'mL')} of water per median prompt",
          k.GEMINI_PROMPT_ML.quote, k.GEMINI_PROMPT_ML.value,
          fmt_quantity(k.GEMINI_PROMPT_ML.value, "mL"), _gemini_water, "elsworth2025"),
    Claim("gemini_prompt_energy", "energy",
          f"Google: {fmt_quantity(k.GEMINI_PROMPT_WH.value, 'Wh')} per median Gemini prompt",
          k.GEMINI_PROMPT_WH.quote, k.GEMINI_PROMPT_WH.value,
          fmt_quantity(k.GEMINI_PROMPT_WH.value, "Wh"), _gemini_energy, "elsworth2025"),
    Claim("mlenergy_response", "energy",
          f"ML.ENERGY: {fmt_count(k.MLENERGY_LLAMA31_70B_J.value, 4)} J per Llama 3.1 70B "
          "response", k.MLENERGY_LLAMA31_70B_J.quote, k.MLENERGY_LLAMA31_70B_J.value,
          f"{fmt_count(k.MLENERGY_LLAMA31_70B_J.value, 4)} J", _mlenergy_response,
          "mlenergy_leaderboard"),
    Claim("altman_query_energy", "energy",
          f"OpenAI: {fmt_quantity(k.ALTMAN_QUERY_WH.value, 'Wh')} per average ChatGPT query",
          k.ALTMAN_QUERY_WH.quote, k.ALTMAN_QUERY_WH.value,
          fmt_quantity(k.ALTMAN_QUERY_WH.value, "Wh"),
          lambda: _no_method("any method: the model, the query's length, what is counted and "
                             "when it was measured"), "altman2025"),
    Claim("mistral_response_emissions", "energy",
          f"Mistral AI: {fmt_quantity(k.MISTRAL_RESPONSE_GCO2E.value, 'gCO2e')} per "
          f"{fmt_count(k.MISTRAL_RESPONSE_TOKENS.value)}-token response",
          k.MISTRAL_RESPONSE_GCO2E.quote, k.MISTRAL_RESPONSE_GCO2E.value,
          fmt_quantity(k.MISTRAL_RESPONSE_GCO2E.value, "gCO2e"),
          lambda: _no_method("the energy per response and the emission factors, which the "
                             "analysis does not publish"), "mistral2025"),
    Claim("bloom_embodied", "energy",
          f"BLOOM: {fmt_quantity(k.BLOOM_EMBODIED_TCO2E.value, 'tCO2e')} from making its "
          "hardware",
          k.BLOOM_EMBODIED_TCO2E.quote, k.BLOOM_EMBODIED_TCO2E.value,
          fmt_quantity(k.BLOOM_EMBODIED_TCO2E.value, "tCO2e"), _bloom_embodied, "luccioni2022"),
    Claim("olmo_embodied", "energy",
          f"OLMo: {fmt_quantity(k.MORRISON_EMBODIED_TCO2E.value, 'tCO2e')} from making the "
          "GPUs it used",
          k.MORRISON_EMBODIED_TCO2E.quote, k.MORRISON_EMBODIED_TCO2E.value,
          fmt_quantity(k.MORRISON_EMBODIED_TCO2E.value, "tCO2e"), _morrison_embodied,
          "morrison2025"),
)


def evaluate_beyond_claims() -> list[ClaimResult]:
    """The disclosed serving, manufacture and water figures, judged by the site's rule."""
    from .ledger import evaluate_claim

    return [evaluate_claim(c) for c in BEYOND_CLAIMS]
