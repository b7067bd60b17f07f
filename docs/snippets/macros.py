"""mkdocs-macros module: the numbers that appear inside sentences, all computed by ``calc``.

Pages write ``{{ n.gpt3_energy_mwh }}`` or ``{{ claims.c4.article }}``; nothing is typed by hand.
Macros: ``cite(key)`` links a source on the Sources page; ``verdict_legend()`` and
``level_legend()`` explain the verdicts and verification levels. ``{{ pyodide_version }}`` is the
Pyodide release the site runs (``PYODIDE_VERSION`` in ``docs/javascripts/config.js``), named on
the About and Playground pages.

``numbers()`` and ``claim_texts()`` are plain functions so the tests can call them too.
"""

from __future__ import annotations

from typing import Any

import calc.constants as K
import calc.formulas as F
import calc.quantities as Q
from calc.basis import Figure, ratio_of
from calc.formatting import (
    fmt_count,
    fmt_multiple,
    fmt_percent,
    fmt_price,
    fmt_quantity,
    fmt_range,
    fmt_tflops,
    fmt_usd,
)
from calc.ledger import (
    ARTICLE_INSTANCES_YEAR_COMMITMENT_USD,
    GPT3_MWH_AT_TDP_PUE,
    M6_10T_ACTIVE_VS_GPT3,
    M6_10T_DAYS_WITHIN_STRETCH,
    M6_10T_MAX_FLOPS_VS_GPT3,
    M6_10T_SHARE_AT_TDP,
    M6_10T_WATTS_FOR_ARTICLE_SHARE,
    evaluate_all,
    finding,
    m6_10t_energy_mwh,
    m6_10t_max_flops,
)
from calc.moe import m6_10t
from calc.sources import SOURCES
from docs.snippets import markup
from docs.snippets.pyodide_pin import pyodide_version


def _tf(flops_per_s: float) -> str:
    return fmt_tflops(flops_per_s, "")


def _and(items: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else "".join(items)


def numbers() -> dict[str, str]:
    """Every number used inside a sentence, formatted for reading."""
    n: dict[str, str] = {}

    # sizes
    n["gpt3_params_words"] = fmt_count(K.GPT3_PARAMS.value)
    n["gpt3_tokens_words"] = fmt_count(K.GPT3_TOKENS.value)
    n["m6_1t_params_words"] = fmt_count(K.M6T_PARAMS.value)
    n["m6_10t_params_words"] = fmt_count(K.M610T_PARAMS.value)
    n["m6_1t_vs_gpt3"] = fmt_multiple(finding("m6_1t_size").low)
    n["m6_10t_vs_gpt3"] = fmt_multiple(finding("m6_10t_size").low)
    switch_active = F.active_params(K.SWITCH_PARAMS.value, K.SWITCH_ACTIVE_FRACTION.value)
    n["switch_params_words"] = fmt_count(K.SWITCH_PARAMS.value)
    n["switch_active_share"] = fmt_percent(K.SWITCH_ACTIVE_FRACTION.value)
    n["switch_active_words"] = fmt_count(switch_active)
    n["switch_active_vs_gpt3"] = fmt_percent(F.ratio(switch_active, K.GPT3_PARAMS.value))
    n["switch_mwh"] = fmt_count(K.SWITCH_MWH.value)
    n["switch_days"] = fmt_count(K.SWITCH_DAYS.value)
    n["narayanan_1t_days"] = fmt_count(K.NARAYANAN_1T_DAYS.value)
    n["switch_vs_gpt3"] = fmt_multiple(F.ratio(K.SWITCH_PARAMS.value, K.GPT3_PARAMS.value))

    # compute
    n["flops_per_param_token"] = fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)
    n["gpt3_flops"] = fmt_quantity(K.GPT3_FLOPS.value, "")
    n["gpt3_flops_rule"] = fmt_quantity(
        F.training_flops(K.GPT3_PARAMS.value, K.GPT3_TOKENS.value), ""
    )
    n["v100_peak_tflops"] = _tf(K.V100_PEAK_FLOP_PER_S.value)
    n["a100_peak_tflops"] = _tf(K.A100_PEAK_FLOP_PER_S.value)
    n["v100_tdp_w"] = fmt_quantity(K.V100_TDP_WATTS.value, "W")
    n["patterson_gpt3_tflops"] = _tf(K.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value)
    n["patterson_gpt3_utilisation"] = fmt_percent(
        Q.V100_UTILISATION_PATTERSON
    )
    n["patterson_gpt3_gpus"] = fmt_count(K.PATTERSON_GPT3_GPUS.value)
    n["patterson_gpt3_days"] = fmt_quantity(
        F.training_days(
            K.GPT3_FLOPS.value,
            K.PATTERSON_GPT3_GPUS.value,
            K.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value,
        ),
        "",
    )
    g3 = Q.GPT3_V100_HOURS_PATTERSON
    m6 = Q.M6_10T_GPU_HOURS
    n["gpt3_v100_gpu_hours"] = fmt_count(g3)
    n["m6_10t_gpus"] = fmt_count(K.M610T_GPUS.value)
    n["m6_10t_days"] = fmt_count(K.M610T_DAYS.value)
    n["m6_10t_gpu_hours"] = fmt_count(m6)
    n["gpt3_vs_m6_gpu_hours"] = fmt_multiple(F.ratio(g3, m6))
    n["narayanan_gpus"] = fmt_count(K.NARAYANAN_GPT3_GPUS.value)
    n["narayanan_flops_per_param_token"] = fmt_count(K.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value)
    n["narayanan_days"] = fmt_quantity(finding("megatron_34_days").low, "")
    n["narayanan_tflops"] = _tf(K.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU.value)
    n["narayanan_utilisation"] = fmt_percent(Q.A100_HFU_NARAYANAN)
    n["narayanan_model_tflops"] = _tf(K.NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU.value)
    n["narayanan_model_utilisation"] = fmt_percent(Q.A100_MFU_NARAYANAN)
    n["narayanan_vs_rule"] = fmt_percent(
        F.ratio(K.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value, K.FLOPS_PER_PARAM_TOKEN.value) - 1
    )
    max_v100 = m6_10t_max_flops(K.V100_PEAK_FLOP_PER_S.value)
    max_a100 = m6_10t_max_flops(K.A100_PEAK_FLOP_PER_S.value)
    n["m6_10t_max_flops"] = fmt_quantity(max_v100, "")
    n["m6_10t_max_flops_a100"] = fmt_quantity(max_a100, "")
    n["m6_10t_max_vs_gpt3_v100"] = fmt_percent(M6_10T_MAX_FLOPS_VS_GPT3[0])
    n["m6_10t_max_vs_gpt3_a100"] = fmt_percent(M6_10T_MAX_FLOPS_VS_GPT3[1])
    n["chinchilla_10t_flops"] = fmt_quantity(K.CHINCHILLA_TABLE3_10T_FLOPS.value, "")

    # cost
    n["lambda_tflops"] = _tf(K.LAMBDA_V100_FLOP_PER_S.value)
    n["lambda_gpu_years"] = fmt_count(Q.LAMBDA_GPU_YEARS, 4)
    n["lambda_usd_per_gpu_hour"] = fmt_price(K.LAMBDA_USD_PER_GPU_HOUR.value)
    n["lambda_cost"] = fmt_usd(finding("gpt3_cost").low)  # Lambda's V100-hours at its price
    n["rnd_multiplier_range"] = fmt_range(
        K.DICKSON_RD_LOW_MULTIPLE.value, K.DICKSON_RD_HIGH_MULTIPLE.value, lambda v: fmt_count(v)
    )
    rd = finding("gpt3_rd")
    n["rnd_cost_range"] = fmt_range(rd.low, rd.high, fmt_usd)
    n["article_usd_per_instance_hour"] = fmt_usd(K.ARTICLE_USD_PER_INSTANCE_HOUR.value)
    n["article_instances"] = fmt_count(K.ARTICLE_INSTANCES.value)
    n["gpus_per_instance"] = fmt_count(K.ARTICLE_GPUS_PER_INSTANCE.value)
    article_cost = finding("m6_cost_arithmetic").low
    n["article_cost_formula"] = (
        f"{fmt_count(K.ARTICLE_INSTANCES.value)} instances × "
        f"{fmt_usd(K.ARTICLE_USD_PER_INSTANCE_HOUR.value)} per hour × "
        f"{fmt_count(F.hours_from_days(K.ARTICLE_DAYS.value))} hours = {fmt_usd(article_cost)}"
    )
    n["p4d_usd_per_hour"] = fmt_usd(K.AWS_P4D_USD_PER_HOUR.value, 4)
    n["p3_usd_per_hour"] = fmt_usd(K.AWS_P3_USD_PER_HOUR.value, 4)
    per_instance = K.GPUS_PER_AWS_INSTANCE.value
    n["p4d_2021_month"] = F.date_of(K.AWS_P4D_2021_DATE.value).strftime("%B %Y")
    n["p4d_2021_1yr"] = fmt_price(finding("a100_price").low)
    n["p4d_2021_3yr"] = fmt_price(K.AWS_P4D_2021_3YR.value * per_instance)
    n["p4d_2021_year_commitment"] = fmt_usd(ARTICLE_INSTANCES_YEAR_COMMITMENT_USD)
    n["p3_usd_per_gpu_hour"] = fmt_price(K.AWS_P3_USD_PER_GPU_HOUR.value)
    n["strubell_ondemand_range"] = fmt_range(
        K.STRUBELL_ONDEMAND_GPU_LOW_USD.value, K.STRUBELL_ONDEMAND_GPU_HIGH_USD.value, fmt_price
    )
    n["strubell_preemptible_range"] = fmt_range(
        K.STRUBELL_PREEMPTIBLE_GPU_LOW_USD.value, K.STRUBELL_PREEMPTIBLE_GPU_HIGH_USD.value,
        fmt_price,
    )
    n["m6_cost_p4d"] = fmt_usd(F.cloud_cost_usd(m6, K.AWS_P4D_USD_PER_GPU_HOUR.value))
    n["m6_cost_p3"] = fmt_usd(F.cloud_cost_usd(m6, K.AWS_P3_USD_PER_GPU_HOUR.value))

    # rent or own (calc.costs): the article's run on every basis
    from calc.costs import CostLine, cost_lines
    from calc.runs import RUNS as _RUNS

    m6_lines: dict[tuple[str, bool], CostLine] = {
        (line.basis.kind, line.latest): line for line in cost_lines(_RUNS["m6_10t"])}
    for name, locked, kind in (
            ("own_m6_ondemand", "", "on-demand"),
            ("own_m6_year", "own_m6_locked_year", "committed for one year"),
            ("own_m6_three", "own_m6_locked_three", "committed for three years"),
            ("own_m6_owner", "own_m6_locked_owner", "owner's cost")):
        line = m6_lines[(kind, False)]
        n[name] = fmt_usd(line.usd)
        if locked and line.locked_usd is not None:
            n[locked] = fmt_usd(line.locked_usd)
    n["own_m6_ondemand_newest"] = fmt_usd(m6_lines[("on-demand", True)].usd)
    year_line = m6_lines[("committed for one year", False)]
    if year_line.locked_usd is None:
        raise AssertionError("M6-10T's GPU count is published (Lin et al. 2021)")
    n["own_m6_commit_multiple"] = fmt_multiple(ratio_of(
        Figure(year_line.locked_usd, "USD", year_line.basis),
        Figure(year_line.usd, "USD", year_line.basis)), 2)
    n["own_pue_hyperscaler"] = f"{K.EPOCH_PUE_HYPERSCALER.value:g}"
    gpt4_own = next(line for line in cost_lines(_RUNS["gpt4"]) if line.basis.kind == "owner's cost")
    n["own_gpt4_ours"] = fmt_usd(gpt4_own.usd)
    n["own_gpt4_epoch"] = fmt_usd(K.CONSTANTS["GPT4_COST_USD"].value)
    n["own_depreciation"] = fmt_quantity(K.EPOCH_DEPRECIATION_OOM_PER_YEAR.value, "")
    n["own_interconnect"] = fmt_percent(K.EPOCH_INTERCONNECT_SHARE.value)
    n["own_pue"] = f"{K.EPOCH_PUE_OTHER.value:g}"
    # development beyond the final run, as measured since the article
    n["dev_epoch_range"] = fmt_range(K.EPOCH_TOTAL_TO_FINAL_LOW.value,
                                     K.EPOCH_TOTAL_TO_FINAL_HIGH.value, lambda x: f"{x:g}×")
    n["dev_epoch_median"] = f"{K.EPOCH_TOTAL_TO_FINAL_MEDIAN.value:g}×"
    n["dev_opt_multiple"] = f"{K.OPT_TOTAL_MULTIPLE.value:g}×"
    olmo3_share = K.CONSTANTS["OLMO3_32B_DEVELOPMENT"].value
    n["dev_olmo3_share"] = fmt_percent(olmo3_share)
    n["dev_olmo3_multiple"] = fmt_multiple(1 / (1 - olmo3_share), 2)

    # beyond the training run (calc.beyond)
    from calc import beyond as B
    from calc.basis import Emissions, Energy

    host = Energy("measured, with host share", pue=True)
    # Google's boundary also counts idle machines, which Patterson et al.'s GPT-3 figure does
    # not: taking them out (Google's own breakdown) is the named conversion to one basis.
    gemini = Figure((K.GEMINI_PROMPT_WH.value - K.GEMINI_IDLE_WH.value) / 1e6, "MWh", host)
    n["beyond_gemini_no_idle_wh"] = f"{K.GEMINI_PROMPT_WH.value - K.GEMINI_IDLE_WH.value:g} Wh"
    gpt3_published = _RUNS["gpt3"].published_energy
    if gpt3_published is None:
        raise AssertionError("GPT-3's energy is published (Patterson et al. 2021)")
    n["beyond_gpt3_gemini_prompts"] = (
        fmt_count(ratio_of(gpt3_published, gemini) / 1e9, 2) + " billion")
    n["beyond_gemini_wh"] = f"{K.GEMINI_PROMPT_WH.value:g} Wh"
    n["beyond_gemini_narrow_wh"] = f"{1000 / K.GEMINI_NARROW_PROMPTS_PER_KWH.value:g} Wh"
    n["beyond_gemini_ml"] = f"{K.GEMINI_PROMPT_ML.value:g} mL"
    n["beyond_gemini_g"] = f"{K.GEMINI_PROMPT_GCO2E.value:g} g"
    n["beyond_mlenergy_wh"] = fmt_quantity(B.wh_of_joules(K.MLENERGY_LLAMA31_70B_J.value), "Wh",
                                           2)
    n["beyond_mlenergy_tokens"] = fmt_count(K.MLENERGY_LLAMA31_70B_TOKENS.value)
    n["beyond_php_wh"] = f"{K.PHP_TEXTGEN_KWH_PER_1000.value:g} Wh"
    n["beyond_altman_wh"] = f"{K.ALTMAN_QUERY_WH.value:g} Wh"
    n["beyond_mistral_g"] = f"{K.MISTRAL_RESPONSE_GCO2E.value:g} g"
    n["beyond_mistral_tokens"] = fmt_count(K.MISTRAL_RESPONSE_TOKENS.value)
    lifecycle = Emissions("life cycle", "named")
    n["beyond_bloom_lifecycle_share"] = fmt_percent(ratio_of(
        Figure(K.BLOOM_EMBODIED_TCO2E.value, "tCO2e", lifecycle),
        Figure(K.BLOOM_LIFECYCLE_TCO2E.value, "tCO2e", lifecycle)))
    n["beyond_serving_utilisation"] = fmt_percent(B.measured_utilisation())
    n["beyond_mistral_ml"] = f"{K.MISTRAL_RESPONSE_ML.value:g} mL"
    n["beyond_mistral_kt"] = f"{K.MISTRAL_LIFE_KTCO2E.value:g} kt"
    n["beyond_inference_share"] = fmt_percent(K.GOOGLE_ML_INFERENCE_SHARE.value)
    bloom = _RUNS["bloom_176b"].published_energy
    if bloom is None:
        raise AssertionError("BLOOM's energy is published (Luccioni et al. 2022)")
    for name, grid in (("beyond_bloom_share_france", K.BLOOM_GRID.value),
                       ("beyond_bloom_share_us", K.PATTERSON_GPT3_GRID.value)):
        n[name] = fmt_percent(B.embodied_share(K.BLOOM_EMBODIED_TCO2E.value, bloom.value, grid))
    n["beyond_bloom_embodied"] = f"{K.BLOOM_EMBODIED_TCO2E.value:g} t"
    n["beyond_morrison_embodied"] = f"{K.MORRISON_EMBODIED_TCO2E.value:g} t"

    # five years on (calc.runs)
    from calc import runs as R

    gpt3_run = R.RUNS["gpt3"]
    every_later = [R.RUNS[key] for key in R.LATER_RUNS]
    # The sentences compare the runs whose makers published their GPU-hours: not a third
    # party's estimate (GPT-4's), not a run without GPU-hours.
    later = [r for r in every_later
             if r.energy is not None and r.energy.basis == R.CHIP_BASIS and not r.estimate]
    drops = [R.energy_per_flop_vs(gpt3_run, r) for r in later if R.has_compute(r)]
    n["five_energy_per_flop_drop_range"] = fmt_range(
        min(drops), max(drops), lambda x: fmt_multiple(x, 2))
    llama = R.RUNS["llama31_405b"]
    n["five_energy_per_flop_drop"] = fmt_multiple(R.energy_per_flop_vs(gpt3_run, llama), 2)
    n["five_llama_energy_vs_gpt3"] = fmt_multiple(R.energy_vs(llama, gpt3_run), 2)
    n["five_llama_flops_vs_gpt3"] = fmt_multiple(
        R.training_flops_of(llama) / R.training_flops_of(gpt3_run), 2)
    n["five_chip_basis"] = str(R.CHIP_BASIS)
    n["five_gpt3_energy_chip"] = fmt_count(gpt3_run.energy_mwh, 4)
    published = gpt3_run.published_energy
    if published is None:
        raise AssertionError("GPT-3's energy is published (Patterson et al. 2021)")
    n["five_gpt3_energy_published"] = fmt_count(published.value)
    n["five_gpt3_energy_published_basis"] = str(published.basis)
    more = [r for r in later if R.energy_vs(r, gpt3_run) > 1]
    less = [r for r in later if R.energy_vs(r, gpt3_run) <= 1]
    n["five_more_energy_runs"] = _and([
        f"{r.name} ({fmt_multiple(R.energy_vs(r, gpt3_run), 2)})" for r in more])
    n["five_less_energy_runs"] = _and([
        f"{r.name} ({fmt_multiple(R.energy_vs(r, gpt3_run), 2)})" for r in less])
    n["five_more_energy_count"] = fmt_count(len(more))
    n["five_llama_location_tco2e"] = fmt_count(K.LLAMA31_405B_TCO2E.value)
    n["five_llama_market_tco2e"] = fmt_count(K.LLAMA31_405B_MARKET_TCO2E.value)
    n["five_dsv3_cost"] = fmt_usd(K.DSV3_COST_USD.value, 4)
    n["five_dsv3_price"] = fmt_price(K.DSV3_USD_PER_GPU_HOUR.value)
    n["five_dsv3_cost_aws"] = fmt_usd(R.cost_usd_of(R.RUNS["deepseek_v3"]))
    n["five_h100_price"] = fmt_price(K.AWS_P5_USD_PER_GPU_HOUR.value)
    n["five_a100_price"] = fmt_price(K.AWS_P4D_USD_PER_GPU_HOUR.value)
    n["five_v100_price"] = fmt_price(K.AWS_P3_USD_PER_GPU_HOUR.value)
    n["five_a100_80_price"] = fmt_price(K.AWS_P4DE_USD_PER_GPU_HOUR.value)
    n["five_v100_price_year"] = R.PRICE_BASIS["V100"].date
    n["five_a100_price_year"] = R.PRICE_BASIS["A100"].date
    n["five_gpt3_cost_same_basis"] = fmt_usd(R.GPT3_COST_SAME_BASIS.value)
    n["five_m6_cost_same_basis"] = fmt_usd(R.M6_COST_SAME_BASIS.value)
    n["five_m6_cost_share"] = fmt_percent(ratio_of(R.M6_COST_SAME_BASIS, R.GPT3_COST_SAME_BASIS))
    n["five_v100_price_basis"] = str(R.PRICE_BASIS["V100"])
    n["five_m6_cost_a100"] = fmt_usd(R.cost_usd_of(R.RUNS["m6_10t"]))
    n["aws_p4d_cut_price"] = fmt_usd(K.AWS_P4D_USD_PER_HOUR_CUT.value, 4)
    n["aws_price_cut_month"] = F.date_of(K.AWS_PRICE_CUT_MONTH.value).strftime("%B %Y")
    n["five_llama_cost"] = fmt_usd(R.cost_usd_of(R.RUNS["llama31_405b"]))
    n["five_bloom_grid"] = fmt_count(K.BLOOM_GRID.value)
    n["five_run_count"] = fmt_count(len(R.LATER_RUNS))
    n["five_energy_run_count"] = fmt_count(len(later))
    n["five_no_hours_runs"] = _and(
        [r.name for r in every_later if not R.has_energy(r)]) or "none"
    n["five_estimated_runs"] = _and([r.name for r in every_later if r.estimate]) or "none"
    n["five_stage_runs"] = _and([
        r.name for r in every_later if r.energy is not None and r.energy.basis != R.CHIP_BASIS
    ]) or "none"
    n["five_budget"] = fmt_usd(K.ARTICLE_GPT3_COST_USD.value)
    from calc.crosscheck import TOLERANCE, crosscheck

    # GPT-4's figures are Epoch's own: set beside themselves, they would not count.
    checks = [c for c in crosscheck() if not R.RUNS[c.run].estimate]
    n["epoch_tolerance"] = fmt_percent(TOLERANCE)
    n["epoch_agree_count"] = fmt_count(sum(c.agrees is True for c in checks))
    n["epoch_compared_count"] = fmt_count(sum(c.agrees is not None for c in checks))
    n["epoch_differ_count"] = fmt_count(sum(c.agrees is False for c in checks))
    n["five_dsv3_total"] = fmt_count(K.DSV3_PARAMS.value)
    n["five_sparse_runs"] = _and([R.RUNS[key].name for key in R.LATER_RUNS
                                  if R.RUNS[key].active_params is not None])
    n["five_dsv3_active"] = fmt_count(K.DSV3_ACTIVE_PARAMS.value)

    # energy
    n["gpt3_energy_mwh"] = fmt_count(K.PATTERSON_GPT3_MWH.value)
    n["gpt3_tco2e"] = fmt_quantity(K.PATTERSON_GPT3_TCO2E.value, "", 4)
    gpt3_mwh = Q.GPT3_MWH_FROM_PATTERSON_INPUTS
    n["gpt3_energy_mwh_calc"] = fmt_quantity(gpt3_mwh, "", 4)
    n["gpt3_tco2e_calc"] = fmt_quantity(
        F.emissions_tco2e(gpt3_mwh, K.PATTERSON_GPT3_GRID.value), "", 4
    )
    n["patterson_gpt3_watts"] = fmt_quantity(K.PATTERSON_GPT3_WATTS.value, "W")
    n["strubell_nas_lbs"] = fmt_count(K.STRUBELL_NAS_LBS.value)
    n["strubell_car_lbs"] = fmt_count(K.STRUBELL_CAR_LIFETIME_LBS.value)
    n["strubell_nas_t"] = fmt_count(K.STRUBELL_NAS_TCO2E.value)
    n["strubell_car_t"] = fmt_count(K.STRUBELL_CAR_LIFETIME_TCO2E.value)
    n["strubell_car_ratio"] = fmt_multiple(finding("car_lifetimes").low, 3)
    n["strubell_overestimate"] = fmt_multiple(K.PATTERSON_NAS_OVERESTIMATE.value, 3)
    n["nas_actual_t"] = fmt_quantity(K.PATTERSON_NAS_ACTUAL_TCO2E.value, "")
    n["gpt3_car_lifetimes"] = fmt_multiple(
        F.ratio(K.PATTERSON_GPT3_TCO2E.value, K.STRUBELL_CAR_LIFETIME_TCO2E.value)
    )
    watts = K.ESTIMATES["M610T_WATTS_PER_GPU"]  # measured, with the host's share
    lo_w, hi_w = watts.low.value, watts.high.value
    n["m6_watts_floor"] = fmt_quantity(lo_w, "W")
    n["tpu_watts_floor"] = fmt_quantity(K.PATTERSON_NAS_WATTS.value, "W")
    n["p100_transformer_watts"] = fmt_quantity(K.PATTERSON_P100_TRANSFORMER_WATTS.value, "W")
    sparse_cut = 1 - F.ratio(K.PATTERSON_SWITCH_WATTS.value, K.PATTERSON_T5_WATTS.value)
    n["switch_vs_t5"] = fmt_percent(sparse_cut)
    n["m6_energy_range"] = fmt_range(
        m6_10t_energy_mwh(lo_w), m6_10t_energy_mwh(hi_w), lambda e: fmt_quantity(e, "")
    )
    energy = finding("m6_10t_energy")
    n["m6_energy_share_range"] = fmt_range(energy.low, energy.high, fmt_percent)
    tdp = (K.V100_TDP_WATTS.value, K.A100_TDP_WATTS.value)
    n["m6_watts_range"] = fmt_range(*tdp, lambda w: fmt_quantity(w, "W"))
    n["gpt3_energy_chip_pue"] = fmt_count(GPT3_MWH_AT_TDP_PUE, 4)
    n["m6_energy_share_range_tdp"] = fmt_range(*M6_10T_SHARE_AT_TDP, fmt_percent)
    need = M6_10T_WATTS_FOR_ARTICLE_SHARE
    n["m6_watts_for_one_percent"] = fmt_quantity(need, "W", 2)
    n["m6_watts_floor_vs_need"] = f"{F.ratio(lo_w, need):.2g} times"
    sparse_watts = lo_w * (1 - sparse_cut)
    n["m6_sparse_watts"] = fmt_quantity(sparse_watts, "W", 2)
    n["m6_sparse_vs_need"] = f"{F.ratio(sparse_watts, need):.3g} times"
    n["m6_days_for_a_stretch"] = fmt_quantity(M6_10T_DAYS_WITHIN_STRETCH, "days", 2)
    n["pue_gpt3"] = fmt_quantity(K.PATTERSON_GPT3_PUE.value, "")

    # sparse models
    moe = m6_10t()
    n["m6_10t_active_words"] = fmt_count(moe.active)
    n["m6_10t_active_share"] = fmt_percent(moe.active_fraction)
    n["m6_10t_active_vs_gpt3"] = fmt_percent(M6_10T_ACTIVE_VS_GPT3)
    n["m6_1t_gpus"] = fmt_count(K.M6T_GPUS.value)
    n["damo_baseline_gpus"] = fmt_count(K.DAMO_BASELINE_GPUS.value)
    n["m6_1t_fewer_gpus"] = fmt_percent(finding("m6_1t_efficiency").low)
    n["m6_10t_experts"] = fmt_count(K.M610T_EXPERTS.value)
    n["m6_10t_prototypes"] = fmt_count(K.M610T_PROTOTYPES.value)

    # the ledger in one line
    results = evaluate_all()
    n["claim_count"] = fmt_count(len(results))
    counts = {v: sum(r.verdict == v for r in results) for v in markup.VERDICT_MEANING}
    parts = [f"{c} {v}" for v, c in counts.items() if c]
    n["verdict_summary"] = (
        ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    )

    # compute-optimal models
    n["chinchilla_tokens_per_param"] = fmt_count(K.CHINCHILLA_TOKENS_PER_PARAM.value)
    n["chinchilla_gpt3_tokens_words"] = fmt_count(K.CHINCHILLA_TABLE3_175B_TOKENS.value)
    n["chinchilla_gpt3_vs_gpt3"] = fmt_multiple(
        F.ratio(
            F.training_flops(K.GPT3_PARAMS.value, K.CHINCHILLA_TABLE3_175B_TOKENS.value),
            K.GPT3_FLOPS.value,
        )
    )
    n["schwartz_growth_quote"] = K.SCHWARTZ_COMPUTE_GROWTH.quote
    n["damo_energy_quote"] = K.DAMO_ENERGY_SHARE.quote.removeprefix("The heavy optimizations ... ")
    n["damo_press_share"] = fmt_percent(K.DAMO_ENERGY_SHARE_PRESS.value)
    return n


def claim_texts() -> dict[str, dict[str, str]]:
    """Per claim id: its quote, title, the article's number, ours, the verdict and a badge."""
    return {
        r.id: {
            "title": r.title,
            "quote": r.quote,
            "article": r.article_text,
            "ours": r.our_text,
            "verdict": r.verdict,
            "badge": markup.badge(r.verdict),
            "reason": r.reason,
        }
        for r in evaluate_all()
    }


def define_env(env: Any) -> None:
    """Entry point called by mkdocs-macros."""
    env.variables["n"] = numbers()
    env.variables["claims"] = claim_texts()
    env.variables["src"] = dict(SOURCES)
    env.variables["pyodide_version"] = pyodide_version()

    @env.macro  # type: ignore[untyped-decorator]
    def cite(key: str) -> str:
        return str(markup.cite(key))

    @env.macro  # type: ignore[untyped-decorator]
    def verdict_legend() -> str:
        return str(markup.verdict_legend())

    @env.macro  # type: ignore[untyped-decorator]
    def verdict_rule() -> str:
        return str(markup.verdict_rule())

    @env.macro  # type: ignore[untyped-decorator]
    def level_legend() -> str:
        return str(markup.level_legend())
