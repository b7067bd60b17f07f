"""Named, sourced sets of inputs that pages and calculators start from.

Each input names the constant it comes from, or says plainly that it is our assumption.

>>> s = SCENARIOS["m6_10t_article"]
>>> s.value("gpus"), s.value("days"), s.value("usd_per_gpu_hour")
(512.0, 10.0, 2.5)
>>> s.basis("usd_per_gpu_hour")
'ARTICLE_USD_PER_INSTANCE_HOUR / ARTICLE_GPUS_PER_INSTANCE'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import constants as k
from . import quantities as q
from .formatting import fmt_count, fmt_percent, fmt_quantity, fmt_tflops, fmt_usd
from .formulas import (
    energy_mwh,
    grid_gco2e_per_kwh_for,
    training_days,
    watts_per_gpu_for_energy,
)
from .moe import m6_10t
from .units import HOURS_PER_DAY

__all__ = ["SCENARIOS", "GpuType", "Scenario", "ScenarioInput"]

GpuType = Literal["V100", "A100", "H100", "H800"]


@dataclass(frozen=True)
class ScenarioInput:
    """One input value with its basis: how it follows from its constants (``constants``, the
    objects themselves), or an assumption stated in words."""

    value: float
    basis: str
    constants: tuple[k.Constant, ...] = ()
    assumed: bool = False


@dataclass(frozen=True)
class Scenario:
    """A named input set: what a page or calculator starts from."""

    key: str
    title: str
    description: str
    inputs: dict[str, ScenarioInput]
    short: str = ""  # a label short enough for a chart axis on a phone
    gpu: GpuType | None = None  # the GPU type the scenario's inputs are for

    @property
    def short_title(self) -> str:
        """The short label, or the title when there is none."""
        return self.short or self.title

    def value(self, name: str) -> float:
        """The value of input ``name`` (base units)."""
        return self.inputs[name].value

    def basis(self, name: str) -> str:
        """Where input ``name`` comes from."""
        return self.inputs[name].basis


def _from(const: k.Constant) -> ScenarioInput:
    return ScenarioInput(const.value, const.key, (const,))


def _assume(value: float, why: str) -> ScenarioInput:
    return ScenarioInput(value, "assumption: " + why, assumed=True)


# Every number in a scenario's text is written from its constant (tests/test_sources.py checks).
def _n(c: k.Constant) -> str:
    return fmt_count(c.value)


def _w(c: k.Constant) -> str:
    return fmt_quantity(c.value, "W")


def _tf(c: k.Constant) -> str:
    return fmt_tflops(c.value)


def _price(usd_per_gpu_hour: float) -> str:
    return f"${usd_per_gpu_hour:.2f}"  # a price per GPU-hour, to the cent


def _tdp(gpu: str, c: k.Constant) -> str:
    return f"{gpu} at its {_w(c)} TDP"


_SAME_GRID = (
    f"same grid as GPT-3 (Patterson's {fmt_count(k.PATTERSON_GPT3_GRID.value)} g/kWh) to compare "
    "like with like"
)
#: Later runs: energy at the chips' rated power alone, the one basis of the Five years on page.
_CHIP_ONLY = ("none added: the chips' rated power alone, the basis on which the Five years on "
              "page compares every run")
_SAME_PUE = f"same PUE as GPT-3's datacenter (Patterson's {k.PATTERSON_GPT3_PUE.value:.2f})"

# Model FLOPs utilisation: Narayanan et al.'s A100 throughput counted, like GPT-3's 3.14e23
# FLOPs, at 6 FLOPs per parameter per token (their 140 TFLOP/s counts 8), over the A100's peak.
_A100_MFU = q.A100_MFU_NARAYANAN
_MFU_TEXT = fmt_percent(_A100_MFU)
_MFU_WHY = "NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU / A100_PEAK_FLOP_PER_S"
_MFU_FROM = (k.NARAYANAN_GPT3_MODEL_FLOP_PER_S_PER_GPU, k.A100_PEAK_FLOP_PER_S)
_H100_FLOPS = _A100_MFU * k.H100_PEAK_DENSE_FLOP_PER_S.value
_H100_DAYS = training_days(k.GPT3_FLOPS.value, k.NARAYANAN_GPT3_GPUS.value, _H100_FLOPS)
_M6 = m6_10t()
_P4D_GPU_HOUR = _from(k.AWS_P4D_USD_PER_GPU_HOUR)


def _meta_h100_card(key: str, name: str, whose: str, gpu_hours: k.Constant, tco2e: k.Constant,
                    watts: k.Constant) -> Scenario:
    """A run known from a Meta model card: its GPU-hours at the card's H100 power, no PUE (the
    Five years on basis), AWS's H100 price, and the grid its location-based tonnes imply."""
    return Scenario(
        key,
        f"{name} ({whose})",
        f"{fmt_count(gpu_hours.value)} H100-hours at {_w(watts)} each (the model card's figures).",
        {
            "gpus": _assume(1.0, "the model card gives GPU-hours, not GPUs and days: one "
                            "GPU for as many days gives the same GPU-hours"),
            "days": ScenarioInput(gpu_hours.value / HOURS_PER_DAY,
                                  f"{gpu_hours.key} / hours per day", (gpu_hours,)),
            "usd_per_gpu_hour": _from(k.AWS_P5_USD_PER_GPU_HOUR),
            "watts_per_gpu": _from(watts),
            "pue": _assume(1.0, _CHIP_ONLY),
            "grid_gco2e_per_kwh": ScenarioInput(
                grid_gco2e_per_kwh_for(tco2e.value,
                                       energy_mwh(1, gpu_hours.value, watts.value)),
                f"{tco2e.key} / ({gpu_hours.key} × {watts.key}): the grid the card's "
                "location-based figures imply",
                (tco2e, gpu_hours, watts)),
        },
        short=name,
        gpu="H100",
    )


SCENARIOS: dict[str, Scenario] = {
    s.key: s
    for s in (
        Scenario(
            "gpt3_patterson",
            "GPT-3 as Patterson et al. 2021 estimate it",
            f"{_n(k.PATTERSON_GPT3_GPUS)} V100s for {_n(k.PATTERSON_GPT3_DAYS)} days at a measured "
            f"{_w(k.PATTERSON_GPT3_WATTS)} each, PUE {k.PATTERSON_GPT3_PUE.value:.2f}, "
            f"{_n(k.PATTERSON_GPT3_GRID)} g/kWh.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _from(k.PATTERSON_GPT3_GPUS),
                "days": _from(k.PATTERSON_GPT3_DAYS),
                "flops_per_gpu": _from(k.PATTERSON_GPT3_FLOP_PER_S_PER_GPU),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOP_PER_S),
                "watts_per_gpu": _from(k.PATTERSON_GPT3_WATTS),
                "pue": _from(k.PATTERSON_GPT3_PUE),
                "grid_gco2e_per_kwh": _from(k.PATTERSON_GPT3_GRID),
                "usd_per_gpu_hour": _from(k.LAMBDA_USD_PER_GPU_HOUR),
                "active_fraction": _assume(1.0, "GPT-3 is dense: all parameters act per token"),
                "total_params": _from(k.GPT3_PARAMS),
            },
            short="GPT-3 (Patterson's inputs)",
            gpu="V100",
        ),
        Scenario(
            "gpt3_lambda",
            "GPT-3 as Lambda (2020) priced it",
            f"One V100 at a theoretical {_tf(k.LAMBDA_V100_FLOP_PER_S)} for "
            f"{_n(k.LAMBDA_GPU_YEARS)} "
            f"years, at {_price(k.LAMBDA_USD_PER_GPU_HOUR.value)} per GPU-hour.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _assume(1.0, "Lambda's figure is for a single V100"),
                "flops_per_gpu": _from(k.LAMBDA_V100_FLOP_PER_S),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOP_PER_S),
                "days": ScenarioInput(q.LAMBDA_ONE_V100_DAYS, "GPT3_FLOPS / LAMBDA_V100_FLOP_PER_S",
                                      (k.GPT3_FLOPS, k.LAMBDA_V100_FLOP_PER_S)),
                "usd_per_gpu_hour": _from(k.LAMBDA_USD_PER_GPU_HOUR),
            },
            short="GPT-3 (Lambda)",
            gpu="V100",
        ),
        Scenario(
            "gpt3_narayanan",
            f"GPT-3 on {_n(k.NARAYANAN_GPT3_GPUS)} A100s (Narayanan et al. 2021)",
            f"{_n(k.NARAYANAN_FLOPS_PER_PARAM_TOKEN)} FLOPs per parameter per token, "
            f"{_tf(k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU)} per A100: about "
            f"{_n(k.NARAYANAN_GPT3_DAYS)} days.",
            {
                "params": _from(k.GPT3_PARAMS),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.NARAYANAN_FLOPS_PER_PARAM_TOKEN),
                "gpus": _from(k.NARAYANAN_GPT3_GPUS),
                "flops_per_gpu": _from(k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU),
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOP_PER_S),
                "days": _from(k.NARAYANAN_GPT3_DAYS),
                "watts_per_gpu": _assume(k.A100_TDP_WATTS.value, _tdp("A100", k.A100_TDP_WATTS)),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
            },
            short="GPT-3 on A100s (Narayanan)",
            gpu="A100",
        ),
        Scenario(
            "m6_10t_article",
            "M6-10T as the article assumes",
            f"{_n(k.ARTICLE_GPUS)} GPUs for {_n(k.ARTICLE_DAYS)} days; the article assumes A100s "
            f"and {fmt_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR.value)} per "
            f"{_n(k.ARTICLE_GPUS_PER_INSTANCE)}-GPU instance-hour.",
            {
                "gpus": _from(k.ARTICLE_GPUS),
                "days": _from(k.ARTICLE_DAYS),
                "usd_per_gpu_hour": ScenarioInput(
                    q.ARTICLE_USD_PER_GPU_HOUR,
                    "ARTICLE_USD_PER_INSTANCE_HOUR / ARTICLE_GPUS_PER_INSTANCE",
                    (k.ARTICLE_USD_PER_INSTANCE_HOUR, k.ARTICLE_GPUS_PER_INSTANCE),
                ),
                "watts_per_gpu": _assume(k.A100_TDP_WATTS.value, _tdp("A100", k.A100_TDP_WATTS)),
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOP_PER_S),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
                "total_params": _from(k.M610T_PARAMS),
                "active_fraction": ScenarioInput(
                    _M6.active / k.M610T_PARAMS.value,
                    "calc.moe.m6_10t(): M610T_LAYERS, M610T_HIDDEN, M610T_FFN, M610T_EXPERTS, "
                    "M610T_PROTOTYPES (third-party notes, level S)",
                    (k.M610T_LAYERS, k.M610T_HIDDEN, k.M610T_FFN, k.M610T_EXPERTS,
                     k.M610T_PROTOTYPES),
                ),
            },
            short="M6-10T (article's inputs)",
            gpu="A100",
        ),
        Scenario(
            "m6_10t_v100",
            "M6-10T on V100s (as third-party notes report)",
            f"{_n(k.M610T_GPUS)} V100s for {_n(k.M610T_DAYS)} days at their {_w(k.V100_TDP_WATTS)} "
            f"TDP, priced at AWS's on-demand rate for an {_n(k.GPUS_PER_AWS_INSTANCE)}-V100 "
            "instance.",
            {
                "gpus": _from(k.M610T_GPUS),
                "days": _from(k.M610T_DAYS),
                "usd_per_gpu_hour": _from(k.AWS_P3_USD_PER_GPU_HOUR),
                "watts_per_gpu": _assume(k.V100_TDP_WATTS.value, _tdp("V100", k.V100_TDP_WATTS)),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOP_PER_S),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="M6-10T on V100s",
            gpu="V100",
        ),
        Scenario(
            "gpt3_h100_2026",
            f"GPT-3 re-run on {_n(k.NARAYANAN_GPT3_GPUS)} H100s (2026 hardware)",
            "GPT-3's compute on H100s at the same share of peak that Narayanan et al. reached on "
            f"A100s ({_MFU_TEXT} in model FLOPs), {_w(k.H100_TDP_WATTS)} each, same PUE and grid "
            "as GPT-3.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _assume(k.NARAYANAN_GPT3_GPUS.value, "as many GPUs as Narayanan et al."),
                "days": ScenarioInput(_H100_DAYS, "GPT3_FLOPS / (gpus · flops_per_gpu)",
                                      (k.GPT3_FLOPS,)),
                "flops_per_gpu": _assume(
                    _H100_FLOPS,
                    "H100 dense peak × Narayanan's A100 model FLOPs utilisation "
                    f"({_tf(k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU)} counted at "
                    f"{_n(k.FLOPS_PER_PARAM_TOKEN)} rather than "
                    f"{_n(k.NARAYANAN_FLOPS_PER_PARAM_TOKEN)} FLOPs per parameter per token, "
                    f"over {_tf(k.A100_PEAK_FLOP_PER_S)})",
                ),
                "peak_flops_per_gpu": _from(k.H100_PEAK_DENSE_FLOP_PER_S),
                "watts_per_gpu": _assume(k.H100_TDP_WATTS.value, _tdp("H100", k.H100_TDP_WATTS)),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="GPT-3 on H100s (2026)",
            gpu="H100",
        ),
        Scenario(
            "budget_gpt3_a100",
            "Lambda's GPT-3 budget spent on A100s at AWS on-demand prices",
            f"{fmt_usd(k.LAMBDA_COST_USD.value)} at {_price(_P4D_GPU_HOUR.value)} per A100-hour, "
            f"{_MFU_TEXT} of peak in model FLOPs (as Narayanan et al.).",
            {
                "budget_usd": _from(k.LAMBDA_COST_USD),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOP_PER_S),
                "utilisation": ScenarioInput(_A100_MFU, _MFU_WHY, _MFU_FROM),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short=f"{fmt_usd(k.LAMBDA_COST_USD.value)} on A100s",
            gpu="A100",
        ),
        Scenario(
            "budget_m6_a100",
            f"The article's M6-10T budget ({fmt_usd(k.ARTICLE_M6_COST_USD.value)}) spent on A100s",
            f"{fmt_usd(k.ARTICLE_M6_COST_USD.value)} at {_price(_P4D_GPU_HOUR.value)} per "
            f"A100-hour, {_MFU_TEXT} of peak in model FLOPs (as Narayanan et al.).",
            {
                "budget_usd": _from(k.ARTICLE_M6_COST_USD),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOP_PER_S),
                "utilisation": ScenarioInput(_A100_MFU, _MFU_WHY, _MFU_FROM),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short=f"{fmt_usd(k.ARTICLE_M6_COST_USD.value)} on A100s",
            gpu="A100",
        ),
        Scenario(
            "budget_gpt3_v100",
            "Lambda's GPT-3 budget on V100s at GPT-3's measured utilisation",
            f"{fmt_usd(k.LAMBDA_COST_USD.value)} at "
            f"{_price(k.AWS_P3_USD_PER_GPU_HOUR.value)} per "
            f"V100-hour, {fmt_tflops(k.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value, '')} of "
            f"{_tf(k.V100_PEAK_FLOP_PER_S)} (Patterson et al.).",
            {
                "budget_usd": _from(k.LAMBDA_COST_USD),
                "usd_per_gpu_hour": _from(k.AWS_P3_USD_PER_GPU_HOUR),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOP_PER_S),
                "utilisation": ScenarioInput(
                    q.V100_UTILISATION_PATTERSON,
                    "PATTERSON_GPT3_FLOP_PER_S_PER_GPU / V100_PEAK_FLOP_PER_S",
                    (k.PATTERSON_GPT3_FLOP_PER_S_PER_GPU, k.V100_PEAK_FLOP_PER_S),
                ),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short=f"{fmt_usd(k.LAMBDA_COST_USD.value)} on V100s",
            gpu="V100",
        ),
        # ------------------------------------------------------------ runs after the article
        Scenario(
            "opt_175b",
            "OPT-175B (Meta AI, 2022)",
            f"{_n(k.OPT_LOG_GPUS)} A100s for {_n(k.OPT_LOG_DAYS)} days of continuous training, "
            "as Meta's logbook gives it; power and grid not published.",
            {
                "gpus": _from(k.OPT_LOG_GPUS),
                "days": _from(k.OPT_LOG_DAYS),
                "usd_per_gpu_hour": _from(k.AWS_P4DE_USD_PER_GPU_HOUR),
                "watts_per_gpu": _assume(k.A100_TDP_WATTS.value, _tdp("A100", k.A100_TDP_WATTS)),
                "pue": _assume(1.0, _CHIP_ONLY),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="OPT-175B",
            gpu="A100",
        ),
        Scenario(
            "bloom_176b",
            "BLOOM (BigScience, 2022)",
            f"{_n(k.BLOOM_GPUS)} A100s for {fmt_count(k.BLOOM_GPU_HOURS.value)} GPU-hours, "
            f"{_n(k.BLOOM_MWH)} MWh on the French grid ({_n(k.BLOOM_GRID)} g/kWh).",
            {
                "gpus": _from(k.BLOOM_GPUS),
                "days": ScenarioInput(k.BLOOM_GPU_HOURS.value / k.BLOOM_GPUS.value / HOURS_PER_DAY,
                                      "BLOOM_GPU_HOURS / BLOOM_GPUS / hours per day",
                                      (k.BLOOM_GPU_HOURS, k.BLOOM_GPUS)),
                "usd_per_gpu_hour": _from(k.AWS_P4DE_USD_PER_GPU_HOUR),
                "watts_per_gpu": ScenarioInput(
                    watts_per_gpu_for_energy(k.BLOOM_MWH.value, 1, k.BLOOM_GPU_HOURS.value),
                    "BLOOM_MWH / BLOOM_GPU_HOURS", (k.BLOOM_MWH, k.BLOOM_GPU_HOURS)),
                "pue": _assume(1.0, _CHIP_ONLY),
                "grid_gco2e_per_kwh": _from(k.BLOOM_GRID),
            },
            short="BLOOM",
            gpu="A100",
        ),
        Scenario(
            "llama2_70b",
            "Llama 2 70B (Meta, 2023)",
            f"{fmt_count(k.LLAMA2_70B_GPU_HOURS.value)} A100-hours at "
            f"{_w(k.LLAMA2_70B_WATTS)} each (the model card's figures).",
            {
                "gpus": _assume(1.0, "the model card gives GPU-hours, not GPUs and days: one "
                                "GPU for as many days gives the same GPU-hours"),
                "days": ScenarioInput(k.LLAMA2_70B_GPU_HOURS.value / HOURS_PER_DAY,
                                      "LLAMA2_70B_GPU_HOURS / hours per day",
                                      (k.LLAMA2_70B_GPU_HOURS,)),
                "usd_per_gpu_hour": _from(k.AWS_P4DE_USD_PER_GPU_HOUR),
                "watts_per_gpu": _from(k.LLAMA2_70B_WATTS),
                "pue": _assume(1.0, _CHIP_ONLY),
                "grid_gco2e_per_kwh": ScenarioInput(
                    grid_gco2e_per_kwh_for(k.LLAMA2_70B_TCO2E.value, energy_mwh(
                        1, k.LLAMA2_70B_GPU_HOURS.value, k.LLAMA2_70B_WATTS.value)),
                    "LLAMA2_70B_TCO2E / (LLAMA2_70B_GPU_HOURS × LLAMA2_70B_WATTS): the grid "
                    "the card's own figures imply at the chips' power (Meta's "
                    f"{fmt_count(k.META_GRID.value)} g/kWh times its PUE of "
                    f"{k.META_PUE.value:g})",
                    (k.LLAMA2_70B_TCO2E, k.LLAMA2_70B_GPU_HOURS, k.LLAMA2_70B_WATTS)),
            },
            short="Llama 2 70B",
            gpu="A100",
        ),
        _meta_h100_card("llama31_405b", "Llama 3.1 405B", "Meta, 2024",
                        k.LLAMA31_405B_GPU_HOURS, k.LLAMA31_405B_TCO2E, k.H100_TDP_WATTS),
        Scenario(
            "deepseek_v3",
            "DeepSeek-V3 (DeepSeek, 2024)",
            f"{_n(k.DSV3_GPUS)} H800s for {fmt_count(k.DSV3_GPU_HOURS.value)} GPU-hours at the "
            f"report's assumed {_price(k.DSV3_USD_PER_GPU_HOUR.value)} per GPU-hour; power and "
            "grid not published.",
            {
                "gpus": _from(k.DSV3_GPUS),
                "days": ScenarioInput(k.DSV3_GPU_HOURS.value / k.DSV3_GPUS.value / HOURS_PER_DAY,
                                      "DSV3_GPU_HOURS / DSV3_GPUS / hours per day",
                                      (k.DSV3_GPU_HOURS, k.DSV3_GPUS)),
                "usd_per_gpu_hour": _from(k.DSV3_USD_PER_GPU_HOUR),
                "watts_per_gpu": _assume(k.H100_TDP_WATTS.value,
                                         "an H800 at the H100's TDP (same chip family)"),
                "pue": _assume(1.0, _CHIP_ONLY),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="DeepSeek-V3",
            gpu="H800",
        ),
        _meta_h100_card("llama4_scout", "Llama 4 Scout", "Meta, 2025",
                        k.LLAMA4_SCOUT_GPU_HOURS, k.LLAMA4_SCOUT_TCO2E, k.LLAMA4_WATTS),
        _meta_h100_card("llama4_maverick", "Llama 4 Maverick", "Meta, 2025",
                        k.LLAMA4_MAVERICK_GPU_HOURS, k.LLAMA4_MAVERICK_TCO2E, k.LLAMA4_WATTS),
    )
}

