"""Derived quantities that more than one part of the site uses, each with one home.

Every value here is computed once from sourced constants (:mod:`calc.constants`) by the formulas
of :mod:`calc.formulas`; the ledger, the scenarios, the calculators, the solver and the pages
import them from here instead of recomputing them, so a corrected constant moves every figure
built on it.

>>> round(GPT3_V100_HOURS_LAMBDA / 1e6, 2), GPT3_V100_HOURS_PATTERSON
(3.12, 3552000.0)
>>> M6_10T_GPU_HOURS, GPT3_A100_HOURS_NARAYANAN
(122880.0, 835584.0)
>>> round(A100_HFU_NARAYANAN, 3), round(A100_MFU_NARAYANAN, 3)
(0.449, 0.337)
"""

from __future__ import annotations

from typing import Final

from . import constants as k
from .formulas import (
    energy_mwh,
    gpu_hours,
    gpu_years,
    hours_from_days,
    training_days,
    usd_per_gpu_hour,
    utilisation,
)

__all__ = [
    "A100_HFU_NARAYANAN",
    "A100_MFU_NARAYANAN",
    "ARTICLE_GPU_HOURS",
    "ARTICLE_USD_PER_GPU_HOUR",
    "GPT3_A100_HOURS_NARAYANAN",
    "GPT3_MWH_FROM_PATTERSON_INPUTS",
    "GPT3_V100_HOURS_LAMBDA",
    "GPT3_V100_HOURS_PATTERSON",
    "LAMBDA_GPU_YEARS",
    "LAMBDA_ONE_V100_DAYS",
    "M6_10T_GPU_HOURS",
    "M6_10T_HOURS",
    "V100_UTILISATION_PATTERSON",
]

#: GPT-3's V100-hours as Lambda counts them: 3.14e23 FLOPs (Brown et al. 2020) at an assumed
#: 28 TFLOP/s per V100 (Lambda 2020), one GPU for 355.6 years.
LAMBDA_ONE_V100_DAYS: Final = training_days(k.GPT3_FLOPS.value, 1, k.LAMBDA_V100_FLOP_PER_S.value)
GPT3_V100_HOURS_LAMBDA: Final = gpu_hours(1, LAMBDA_ONE_V100_DAYS)
#: The same run in years of one V100 (Lambda's "355 GPU-years").
LAMBDA_GPU_YEARS: Final = gpu_years(k.GPT3_FLOPS.value, k.LAMBDA_V100_FLOP_PER_S.value)
#: GPT-3's V100-hours as Patterson et al. 2021 reconstruct the run: 10,000 V100s × 14.8 days.
GPT3_V100_HOURS_PATTERSON: Final = gpu_hours(
    k.PATTERSON_GPT3_GPUS.value, k.PATTERSON_GPT3_DAYS.value
)
#: GPT-3 on A100s as Narayanan et al. 2021 project it: 1,024 A100s × 34 days.
GPT3_A100_HOURS_NARAYANAN: Final = gpu_hours(
    k.NARAYANAN_GPT3_GPUS.value, k.NARAYANAN_GPT3_DAYS.value
)
#: M6-10T's wall-clock hours and GPU-hours: 512 GPUs × 10 days (Lin et al. 2021).
M6_10T_HOURS: Final = hours_from_days(k.M610T_DAYS.value)
M6_10T_GPU_HOURS: Final = gpu_hours(k.M610T_GPUS.value, k.M610T_DAYS.value)
#: Narayanan et al.'s achieved 140 TFLOP/s per A100 against the 312 TFLOP/s peak: a hardware
#: FLOPs utilisation (it counts recomputation, 8 FLOPs per parameter per token).
A100_HFU_NARAYANAN: Final = utilisation(
    k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU.value, k.A100_PEAK_FLOP_PER_S.value
)
#: The same run counted with the model's 6 FLOPs per parameter per token: model FLOPs
#: utilisation, the share of peak the site's re-run and budget figures assume.
A100_MFU_NARAYANAN: Final = utilisation(
    k.NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU.value, k.A100_PEAK_FLOP_PER_S.value
)
#: The article's GPU-hours: its 512 GPUs × 10 days (Romero 2021; the same figures as Lin et al.'s,
#: kept apart because the article's arithmetic is judged on its own numbers).
ARTICLE_GPU_HOURS: Final = gpu_hours(k.ARTICLE_GPUS.value, k.ARTICLE_DAYS.value)
#: GPT-3's V100s in Patterson et al.'s reconstruction: 24.6 TFLOP/s measured against the V100's
#: 125 TFLOP/s peak.
V100_UTILISATION_PATTERSON: Final = utilisation(
    k.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value, k.V100_PEAK_FLOP_PER_S.value
)
#: GPT-3's energy recomputed from Patterson et al.'s inputs: 10,000 V100s × 14.8 days × 330 W ×
#: PUE 1.10 (they publish 1,287 MWh).
GPT3_MWH_FROM_PATTERSON_INPUTS: Final = energy_mwh(
    k.PATTERSON_GPT3_GPUS.value, hours_from_days(k.PATTERSON_GPT3_DAYS.value),
    k.PATTERSON_GPT3_WATTS.value, k.PATTERSON_GPT3_PUE.value,
)
#: The article's price per GPU-hour: $20 per 8-GPU instance-hour ÷ 8 (Romero 2021).
ARTICLE_USD_PER_GPU_HOUR: Final = usd_per_gpu_hour(
    k.ARTICLE_USD_PER_INSTANCE_HOUR.value, k.ARTICLE_GPUS_PER_INSTANCE.value
)
