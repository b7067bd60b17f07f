"""The numeric tables of the topic pages (compute, energy, cost, budget, size), every number
computed by ``calc``.

A page prints one in a markdown-exec block: ``from docs.snippets.page_tables import budget_table``
and ``print(budget_table())``.
"""

from __future__ import annotations

import calc.constants as K
import calc.formulas as F
import calc.quantities as Q
from calc.formatting import (
    fmt_count,
    fmt_multiple,
    fmt_percent,
    fmt_price,
    fmt_quantity,
    fmt_tflops,
    fmt_usd,
)
from calc.ledger import m6_vs_gpt3_bases
from calc.models import MODELS
from docs.snippets.markup import cite, level_text, md_table

# ---------------------------------------------------------------- small numbers helpers


def tflops(flops_per_s: float) -> str:
    """FLOP/s written in TFLOP/s without the unit (the table's header has it)."""
    return fmt_tflops(flops_per_s, "")


def flops(value: float) -> str:
    """A FLOP count in scientific notation."""
    return fmt_quantity(value, "FLOPs")




# ---------------------------------------------------------------- compute page


def compute_scenarios_table() -> str:
    """GPT-3's training compute turned into GPU-days on three published throughputs."""
    rows = []
    cases = (
        (
            "V100, as OpenAI measured",
            K.PATTERSON_GPT3_FLOP_PER_S_PER_GPU,
            K.V100_PEAK_FLOP_PER_S,
            K.PATTERSON_GPT3_GPUS.value,
            K.FLOPS_PER_PARAM_TOKEN.value,
            "patterson2021",
        ),
        (
            "V100 at Lambda's assumed speed, on Patterson's GPU count",
            K.LAMBDA_V100_FLOP_PER_S,
            K.V100_PEAK_FLOP_PER_S,
            K.PATTERSON_GPT3_GPUS.value,
            K.FLOPS_PER_PARAM_TOKEN.value,
            "lambda2020",
        ),
        (
            "A100, as projected",
            K.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU,
            K.A100_PEAK_FLOP_PER_S,
            K.NARAYANAN_GPT3_GPUS.value,
            K.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value,
            "narayanan2021",
        ),
    )
    for label, sustained, peak, gpus, per_token, src in cases:
        # GPT-3's own total (3.14e23) where the row counts as its paper does, else the row's.
        total = (
            K.GPT3_FLOPS.value
            if per_token == K.FLOPS_PER_PARAM_TOKEN.value
            else F.training_flops(K.GPT3_PARAMS.value, K.GPT3_TOKENS.value, per_token)
        )
        days = F.training_days(total, gpus, sustained.value)
        rows.append(
            (
                f"{label} ({cite(src)})",
                flops(total),
                tflops(sustained.value),
                fmt_percent(F.utilisation(sustained.value, peak.value))
                + (" MFU" if per_token == K.FLOPS_PER_PARAM_TOKEN.value
                   else " HFU (counts recomputation)"),
                fmt_count(gpus),
                fmt_quantity(days, "days"),
                fmt_count(F.gpu_hours(gpus, days)),
            )
        )
    return md_table(
        ("GPU and throughput", "FLOPs", "TFLOP/s per GPU", "share of peak", "GPUs", "time",
         "GPU-hours"),
        rows,
        numeric="123456",
    )


# ---------------------------------------------------------------- energy page


def patterson_gpt3_table() -> str:
    """Patterson et al.'s GPT-3 inputs and our recomputation of energy and emissions."""
    mwh = Q.GPT3_MWH_FROM_PATTERSON_INPUTS
    t = F.emissions_tco2e(mwh, K.PATTERSON_GPT3_GRID.value)
    rows = [
        ("GPUs", fmt_count(K.PATTERSON_GPT3_GPUS.value), "V100"),
        ("time", fmt_quantity(K.PATTERSON_GPT3_DAYS.value, "days"), ""),
        ("average power per GPU", fmt_quantity(K.PATTERSON_GPT3_WATTS.value, "W"), "measured"),
        ("PUE", fmt_quantity(K.PATTERSON_GPT3_PUE.value, ""), "Microsoft data centre"),
        ("grid intensity", fmt_quantity(K.PATTERSON_GPT3_GRID.value, "gCO2e/kWh"), ""),
        (
            "**energy**",
            f"**{fmt_quantity(mwh, 'MWh')}**",
            f"published: {fmt_quantity(K.PATTERSON_GPT3_MWH.value, 'MWh', 4)}",
        ),
        (
            "**emissions**",
            f"**{fmt_quantity(t, 'tCO2e')}**",
            f"published: {fmt_quantity(K.PATTERSON_GPT3_TCO2E.value, 'tCO2e', 4)}",
        ),
    ]
    return md_table(("input or result", "value", "note"), rows, numeric="1")


# ---------------------------------------------------------------- cost page








def like_for_like_table() -> str:
    """GPT-3 and M6-10T at one price per GPU-hour of one GPU type, each row on one basis."""
    _, m6, gpt3_a100 = m6_vs_gpt3_bases()[0]
    _, _, gpt3_v100 = m6_vs_gpt3_bases()[1]
    per_instance = fmt_count(K.GPUS_PER_AWS_INSTANCE.value)
    rows_in = (
        ("V100", "Lambda's 3-year reserved rate, 2020", K.LAMBDA_USD_PER_GPU_HOUR.value,
         "dickson2020", gpt3_v100),
        ("V100", f"AWS p3.16xlarge on demand ÷ {per_instance}, as of June 2018",
         K.AWS_P3_USD_PER_GPU_HOUR_2018.value, "epoch_prices", gpt3_v100),
        ("A100", "the article's rate", Q.ARTICLE_USD_PER_GPU_HOUR, "romero2021", gpt3_a100),
        ("A100", f"AWS p4d.24xlarge on demand ÷ {per_instance}, as of June 2021",
         K.AWS_P4D_USD_PER_GPU_HOUR.value, "aws_prices", gpt3_a100),
    )
    rows = []
    for gpu, label, price, src, g3 in rows_in:
        c3, c6 = F.cloud_cost_usd(g3, price), F.cloud_cost_usd(m6, price)
        rows.append((gpu, f"{label} ({cite(src)})", fmt_price(price), fmt_count(g3),
                     fmt_usd(c3), fmt_usd(c6), fmt_percent(F.ratio(c6, c3))))
    return (
        md_table(
            ("GPU", "price per GPU-hour", "rate", "GPT-3 GPU-hours", "GPT-3", "M6-10T",
             "M6-10T ÷ GPT-3"),
            rows, numeric="23456",
        )
        + f"\n\nGPT-3's GPU-hours: on V100s as Lambda counts them ({fmt_count(gpt3_v100)}; "
        f"Patterson et al.'s {fmt_count(Q.GPT3_V100_HOURS_PATTERSON)} are "
        f"{fmt_percent(F.ratio(Q.GPT3_V100_HOURS_PATTERSON, gpt3_v100) - 1)} more), on A100s as "
        f"Narayanan et al.'s {fmt_count(K.NARAYANAN_GPT3_GPUS.value)} GPUs × "
        f"{fmt_count(K.NARAYANAN_GPT3_DAYS.value)} days, the run the article cites. M6-10T: "
        f"{fmt_count(m6)} GPU-hours on either type (its GPU type was not published)."
    )


# ---------------------------------------------------------------- budget page

GPUS = (
    ("V100", K.V100_PEAK_FLOP_PER_S, K.V100_TDP_WATTS),
    ("A100", K.A100_PEAK_FLOP_PER_S, K.A100_TDP_WATTS),
    ("H100", K.H100_PEAK_DENSE_FLOP_PER_S, K.H100_TDP_WATTS),
    ("H200", K.H200_PEAK_DENSE_FLOP_PER_S, K.H200_TDP_WATTS),
)


def budget_table() -> str:
    """What the article's M6 budget buys on each GPU generation at one price and utilisation."""
    budget = K.ARTICLE_M6_COST_USD.value
    price = Q.ARTICLE_USD_PER_GPU_HOUR
    hours = F.gpu_hours_for_budget(budget, price)
    mfu = Q.A100_MFU_NARAYANAN
    rows = []
    for name, peak, _tdp in GPUS:
        total = F.flops_from_gpu_hours(hours, peak.value * mfu)
        model = F.compute_optimal(total, K.CHINCHILLA_TOKENS_PER_PARAM.value)
        rows.append(
            (
                name,
                tflops(peak.value),
                fmt_count(hours),
                flops(total),
                fmt_percent(F.ratio(total, K.GPT3_FLOPS.value)),
                fmt_count(model.params),
                fmt_count(model.tokens),
            )
        )
    return md_table(
        (
            "GPU",
            "peak TFLOP/s",
            "GPU-hours",
            "FLOPs",
            "of GPT-3's compute",
            "compute-optimal parameters",
            "tokens",
        ),
        rows,
        numeric="123456",
    ) + (
        f"\n\nBudget {fmt_usd(budget)} at {fmt_price(price)} per GPU-hour; every GPU at "
        f"{fmt_percent(mfu)} of its peak in model FLOPs (Narayanan et al.'s A100 throughput, "
        "counted like GPT-3's compute at "
        f"{fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)} FLOPs per parameter per token)."
    )


def rerun_table() -> str:
    """GPT-3's training compute on each GPU generation at one utilisation."""
    mfu = Q.A100_MFU_NARAYANAN
    price = Q.ARTICLE_USD_PER_GPU_HOUR
    rows = []
    for name, peak, tdp in GPUS:
        sustained = peak.value * mfu
        days = F.training_days(K.GPT3_FLOPS.value, K.NARAYANAN_GPT3_GPUS.value, sustained)
        hours = F.gpu_hours(K.NARAYANAN_GPT3_GPUS.value, days)
        rows.append(
            (
                name,
                fmt_quantity(days, "days"),
                fmt_count(hours),
                fmt_usd(F.cloud_cost_usd(hours, price)),
                fmt_quantity(F.energy_mwh(1, hours, tdp.value, K.PATTERSON_GPT3_PUE.value), "MWh"),
            )
        )
    return md_table(
        (
            "GPU",
            f"time on {fmt_count(K.NARAYANAN_GPT3_GPUS.value)} GPUs",
            "GPU-hours",
            "rental cost",
            "energy (TDP × PUE)",
        ),
        rows,
        numeric="1234",
    ) + (
        f"\n\nGPT-3's {flops(K.GPT3_FLOPS.value)}, every GPU at {fmt_percent(mfu)} of its peak "
        "in model FLOPs (Narayanan et al.'s A100 throughput, counted at "
        f"{fmt_count(K.FLOPS_PER_PARAM_TOKEN.value)} FLOPs per parameter per token), "
        f"{fmt_price(price)} per GPU-hour (the article's rate), each GPU drawing its TDP in a data "
        f"centre with a PUE of {fmt_quantity(K.PATTERSON_GPT3_PUE.value, '')}."
    )


# ---------------------------------------------------------------- size page

# Kind of each model: "dense" (every parameter used per token: Patterson et al.'s Table 4 lists
# 100% activated, or the paper says so), "sparse" (mixture of experts: a published active share
# below 100%, or a sparse-expert paper), or "not verified" (no source we read says which).
KIND_TEXT = {"dense": "dense", "sparse": "sparse (MoE)", "not stated": "not verified"}


def model_sizes_table() -> str:
    """Published parameter counts by date, dense or sparse, as a multiple of GPT-3."""
    rows = []
    for m in MODELS:
        const = m.params
        rows.append(
            (
                m.name,
                f"{m.year}-{m.month:02d}",
                KIND_TEXT[m.kind],
                fmt_count(const.value),
                fmt_multiple(F.ratio(const.value, K.GPT3_PARAMS.value)),
                cite(const.source_key),
                level_text(const.level),
            )
        )
    return md_table(
        ("model", "date", "kind", "parameters", "× GPT-3", "source", "verified"),
        rows,
        numeric="34",
    )
