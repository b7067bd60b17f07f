"""Beyond the training run (issue 22): serving energy per prompt, the hardware's manufacture and
water, each published figure reproduced where its own inputs allow, and judged by the rule."""

from __future__ import annotations

import pytest

from calc import constants as k
from calc.beyond import (
    embodied_share,
    embodied_tco2e,
    evaluate_beyond_claims,
    prompts_per_training_run,
    serving_wh_per_prompt,
)
from calc.calculators import calculate, scenario_inputs
from calc.errors import CalcError
from calc.runs import RUNS


def test_googles_median_prompt_and_its_water() -> None:
    """Elsworth et al. (2025), Google: the median Gemini Apps text prompt takes 0.24 Wh and
    0.26 mL; its water is (0.24 − 0.02 Wh of overhead) × 1.15 L/kWh = 0.253 mL."""
    assert k.GEMINI_PROMPT_WH.value == 0.24 and k.GEMINI_PROMPT_ML.value == 0.26
    assert pytest.approx(0.253) == (0.24 - 0.02) * 1.15
    assert 1000 / k.GEMINI_NARROW_PROMPTS_PER_KWH.value == pytest.approx(0.10)


def test_ml_energy_llama_answer_on_the_chips_rated_power() -> None:
    """ML.ENERGY leaderboard (2026): Llama 3.1 70B on four H100s at 2,001.5 W and 2,510.5 output
    tokens per second, 280.6 J per response of about 352 tokens: 8.9% of the H100s' peak. At the
    H100's rated 700 W for the same GPU-time, a response takes 4 × 700 ÷ 2,510.5 × 352 = 392.5 J
    (0.109 Wh), the serving scenario's figure, on the training runs' basis."""
    out = calculate("serving", scenario_inputs("serving", "serve_llama31_70b")).outputs
    assert pytest.approx(280.6, abs=0.1) == 2001.5 / 2510.5 * 351.96
    assert out["wh_per_prompt"] == pytest.approx(4 * 700 / 2510.511 * 351.958 / 3600, rel=2e-3)
    assert scenario_inputs("serving", "serve_llama31_70b")["utilisation"] == pytest.approx(
        2 * 70e9 * 2510.511 / (4 * 989.5e12) * 100, rel=1e-3)
    # Set beside Llama 3.1 70B's own training: 7.0M H100-hours × 700 W (Meta's card).
    assert scenario_inputs("serving", "serve_llama31_70b")["training_mwh"] == pytest.approx(4900)
    # Its inputs are the run's: 70B parameters, 352 tokens, the H100's peak.
    i = scenario_inputs("serving", "serve_llama31_70b")
    assert (i["params"], round(i["tokens_per_prompt"])) == (70, 352)


def test_serving_energy_formula() -> None:
    """Kaplan et al. (2020), Eq. 2.2: a forward pass is about 2N FLOPs per token."""
    wh = serving_wh_per_prompt(175e9, 1000, 125e12, 0.5, 300, 1.1)
    assert wh == pytest.approx(2 * 175e9 * 1000 / (125e12 * 0.5) * 300 * 1.1 / 3600)
    with pytest.raises(CalcError):
        serving_wh_per_prompt(175e9, 1000, 125e12, 0, 300, 1.1)
    assert prompts_per_training_run(1287, 0.24) == pytest.approx(1287e6 / 0.24)


def test_manufacture_charged_to_a_run() -> None:
    """Morrison et al. (2025): 463 kg per GPU over four years, 1.65 million GPU-hours → 22 t;
    Luccioni et al. (2022): BLOOM's 7.57 t (servers) + 3.64 t (GPUs) = 11.2 t, beside its
    24.7 t of dynamic power on the French grid (433 MWh × 57 g/kWh)."""
    assert embodied_tco2e(1.65e6, 463, 4, 1.0) == pytest.approx(21.8, abs=0.05)
    assert pytest.approx(11.2, abs=0.02) == 7.57 + 3.64
    share = embodied_share(11.2, 433, 57)
    assert share == pytest.approx(11.2 / (11.2 + 433 * 57 / 1000))
    # A cleaner grid makes manufacture a larger share.
    assert embodied_share(11.2, 433, 0) == 1.0 > share > embodied_share(11.2, 433, 429)


def test_the_disclosed_figures_are_judged() -> None:
    verdicts = {r.id: (r.verdict, r.clause) for r in evaluate_beyond_claims()}
    assert verdicts == {
        # Google's own arithmetic on secondary copies of its breakdown: consistent.
        "gemini_prompt_water": ("consistent", "C"),
        # Google's 0.24 Wh is the sum of its own breakdown, read in secondary copies.
        "gemini_prompt_energy": ("consistent", "C"),
        # 2,001.5 W ÷ 2,510.5 tokens/s × 352 tokens = 280.6 J, the leaderboard's own numbers.
        "mlenergy_response": ("accurate", "K"),
        # OpenAI's figure comes with no method.
        "altman_query_energy": ("unsupported", "U1"),
        # Mistral AI published no energy per response or emission factors.
        "mistral_response_emissions": ("unsupported", "U1"),
        # BLOOM's 11.2 t is the sum of its parts, read in a secondary copy.
        "bloom_embodied": ("consistent", "C"),
        # 1.65M × 463 kg ÷ (4 years) = 21.8 t against "22 t", on BLOOM's per-GPU estimate.
        "olmo_embodied": ("consistent", "C"),
    }


def test_gpt3_in_googles_median_prompts() -> None:
    """Patterson et al. (2021): GPT-3's 1,287 MWh (measured, host share, PUE) = 5.8 billion of
    Google's median prompts at 0.24 − 0.02 Wh, the idle machines GPT-3's figure does not count
    taken out (Google's breakdown)."""
    from docs.snippets.macros import numbers

    published = RUNS["gpt3"].published_energy
    assert published is not None and published.value == 1287
    assert numbers()["beyond_gpt3_gemini_prompts"] == "5.8 billion"
