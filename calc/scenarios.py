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

from . import constants as k
from .formatting import fmt_percent
from .formulas import training_days, usd_per_gpu_hour, utilisation
from .moe import m6_10t

__all__ = ["SCENARIOS", "Scenario", "ScenarioInput"]


@dataclass(frozen=True)
class ScenarioInput:
    """One input value with its basis: constant key(s), or an assumption stated in words."""

    value: float
    basis: str
    assumed: bool = False


@dataclass(frozen=True)
class Scenario:
    """A named input set: what a page or calculator starts from."""

    key: str
    title: str
    description: str
    inputs: dict[str, ScenarioInput]
    short: str = ""  # a label short enough for a chart axis on a phone

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
    return ScenarioInput(const.value, const.key)


def _assume(value: float, why: str) -> ScenarioInput:
    return ScenarioInput(value, "assumption: " + why, assumed=True)


_SAME_GRID = "same grid as GPT-3 (Patterson's 429 g/kWh) to compare like with like"
_SAME_PUE = "same PUE as GPT-3's datacenter (Patterson's 1.10)"

# Model FLOPs utilisation: Narayanan et al.'s A100 throughput counted, like GPT-3's 3.14e23
# FLOPs, at 6 FLOPs per parameter per token (their 140 TFLOP/s counts 8), over the A100's peak.
_A100_MFU = utilisation(k.NARAYANAN_GPT3_MODEL_FLOPS_PER_GPU.value, k.A100_PEAK_FLOPS.value)
_MFU_TEXT = fmt_percent(_A100_MFU)
_MFU_WHY = "NARAYANAN_GPT3_MODEL_FLOPS_PER_GPU / A100_PEAK_FLOPS"
_H100_FLOPS = _A100_MFU * k.H100_PEAK_DENSE_FLOPS.value
_H100_DAYS = training_days(k.GPT3_FLOPS.value, k.NARAYANAN_GPT3_GPUS.value, _H100_FLOPS)
_LAMBDA_DAYS = training_days(k.GPT3_FLOPS.value, 1, k.LAMBDA_V100_FLOPS.value)
_M6 = m6_10t()
_P4D_GPU_HOUR = ScenarioInput(
    usd_per_gpu_hour(k.AWS_P4D_USD_PER_HOUR.value, k.GPUS_PER_AWS_INSTANCE.value),
    "AWS_P4D_USD_PER_HOUR / GPUS_PER_AWS_INSTANCE",
)

SCENARIOS: dict[str, Scenario] = {
    s.key: s
    for s in (
        Scenario(
            "gpt3_patterson",
            "GPT-3 as Patterson et al. 2021 estimate it",
            "10,000 V100s for 14.8 days at a measured 330 W each, PUE 1.10, 429 g/kWh.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _from(k.PATTERSON_GPT3_GPUS),
                "days": _from(k.PATTERSON_GPT3_DAYS),
                "flops_per_gpu": _from(k.PATTERSON_GPT3_FLOPS_PER_GPU),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOPS),
                "watts_per_gpu": _from(k.PATTERSON_GPT3_WATTS),
                "pue": _from(k.PATTERSON_GPT3_PUE),
                "grid_gco2e_per_kwh": _from(k.PATTERSON_GPT3_GRID),
                "usd_per_gpu_hour": _from(k.LAMBDA_USD_PER_GPU_HOUR),
                "active_fraction": _assume(1.0, "GPT-3 is dense: all parameters act per token"),
                "total_params": _from(k.GPT3_PARAMS),
            },
            short="GPT-3 (Patterson's inputs)",
        ),
        Scenario(
            "gpt3_lambda",
            "GPT-3 as Lambda (2020) priced it",
            "One V100 at a theoretical 28 TFLOP/s for 355 years, at $1.50 per GPU-hour.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _assume(1.0, "Lambda's figure is for a single V100"),
                "flops_per_gpu": _from(k.LAMBDA_V100_FLOPS),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOPS),
                "days": ScenarioInput(_LAMBDA_DAYS, "GPT3_FLOPS / LAMBDA_V100_FLOPS"),
                "usd_per_gpu_hour": _from(k.LAMBDA_USD_PER_GPU_HOUR),
            },
            short="GPT-3 (Lambda)",
        ),
        Scenario(
            "gpt3_narayanan",
            "GPT-3 on 1,024 A100s (Narayanan et al. 2021)",
            "8 FLOPs per parameter per token, 140 TFLOP/s per A100: about 34 days.",
            {
                "params": _from(k.GPT3_PARAMS),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.NARAYANAN_FLOPS_PER_PARAM_TOKEN),
                "gpus": _from(k.NARAYANAN_GPT3_GPUS),
                "flops_per_gpu": _from(k.NARAYANAN_GPT3_FLOPS_PER_GPU),
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOPS),
                "days": _from(k.NARAYANAN_GPT3_DAYS),
                "watts_per_gpu": _assume(k.A100_TDP_WATTS.value, "A100 at its 400 W TDP"),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
            },
            short="GPT-3 on A100s (Narayanan)",
        ),
        Scenario(
            "m6_10t_article",
            "M6-10T as the article assumes (A100s at $20 per 8-GPU hour)",
            "512 GPUs for 10 days; the article assumes A100s and $20 per 8-GPU instance-hour.",
            {
                "gpus": _from(k.ARTICLE_GPUS),
                "days": _from(k.ARTICLE_DAYS),
                "usd_per_gpu_hour": ScenarioInput(
                    usd_per_gpu_hour(
                        k.ARTICLE_USD_PER_INSTANCE_HOUR.value, k.ARTICLE_GPUS_PER_INSTANCE.value
                    ),
                    "ARTICLE_USD_PER_INSTANCE_HOUR / ARTICLE_GPUS_PER_INSTANCE",
                ),
                "watts_per_gpu": _assume(k.A100_TDP_WATTS.value, "A100 at its 400 W TDP"),
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOPS),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
                "total_params": _from(k.M610T_PARAMS),
                "active_fraction": ScenarioInput(
                    _M6.active / k.M610T_PARAMS.value,
                    "calc.moe.m6_10t(): M610T_LAYERS, M610T_HIDDEN, M610T_FFN, M610T_EXPERTS, "
                    "M610T_PROTOTYPES (third-party notes, level S)",
                ),
            },
            short="M6-10T (article's inputs)",
        ),
        Scenario(
            "m6_10t_v100",
            "M6-10T on V100s (as third-party notes report)",
            "512 V100s for 10 days at their 300 W TDP, priced at AWS's on-demand rate for an "
            "8×V100 (16 GB) instance.",
            {
                "gpus": _from(k.M610T_GPUS),
                "days": _from(k.M610T_DAYS),
                "usd_per_gpu_hour": ScenarioInput(
                    usd_per_gpu_hour(k.AWS_P3_USD_PER_HOUR.value, k.GPUS_PER_AWS_INSTANCE.value),
                    "AWS_P3_USD_PER_HOUR / GPUS_PER_AWS_INSTANCE",
                ),
                "watts_per_gpu": _assume(k.V100_TDP_WATTS.value, "V100 at its 300 W TDP"),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOPS),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="M6-10T on V100s",
        ),
        Scenario(
            "gpt3_h100_2026",
            "GPT-3 re-run on 1,024 H100s (2026 hardware)",
            "GPT-3's compute on H100s at the same share of peak that Narayanan et al. reached on "
            f"A100s ({_MFU_TEXT} in model FLOPs), 700 W each, same PUE and grid as GPT-3.",
            {
                "params": _from(k.GPT3_PARAMS_TABLE_D1),
                "tokens": _from(k.GPT3_TOKENS),
                "flops_per_param_token": _from(k.FLOPS_PER_PARAM_TOKEN),
                "gpus": _assume(k.NARAYANAN_GPT3_GPUS.value, "as many GPUs as Narayanan et al."),
                "days": ScenarioInput(_H100_DAYS, "GPT3_FLOPS / (gpus · flops_per_gpu)"),
                "flops_per_gpu": _assume(
                    _H100_FLOPS,
                    "H100 dense peak × Narayanan's A100 model FLOPs utilisation "
                    "(140 TFLOP/s counted at 6 rather than 8 FLOPs per parameter per token, "
                    "over 312)",
                ),
                "peak_flops_per_gpu": _from(k.H100_PEAK_DENSE_FLOPS),
                "watts_per_gpu": _assume(k.H100_TDP_WATTS.value, "H100 at its 700 W TDP"),
                "pue": _assume(k.PATTERSON_GPT3_PUE.value, _SAME_PUE),
                "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            },
            short="GPT-3 on H100s (2026)",
        ),
        Scenario(
            "budget_gpt3_a100",
            "Lambda's GPT-3 budget spent on A100s at AWS on-demand prices",
            f"$4.6 million at $4.10 per A100-hour, {_MFU_TEXT} of peak in model FLOPs "
            "(as Narayanan et al.).",
            {
                "budget_usd": _from(k.LAMBDA_COST_USD),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOPS),
                "utilisation": ScenarioInput(_A100_MFU, _MFU_WHY),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short="$4.6M on A100s",
        ),
        Scenario(
            "budget_m6_a100",
            "The article's M6-10T budget ($307,200) spent on A100s",
            f"$307,200 at $4.10 per A100-hour, {_MFU_TEXT} of peak in model FLOPs "
            "(as Narayanan et al.).",
            {
                "budget_usd": _from(k.ARTICLE_M6_COST_USD),
                "usd_per_gpu_hour": _P4D_GPU_HOUR,
                "peak_flops_per_gpu": _from(k.A100_PEAK_FLOPS),
                "utilisation": ScenarioInput(_A100_MFU, _MFU_WHY),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short="$307,200 on A100s",
        ),
        Scenario(
            "budget_gpt3_v100",
            "Lambda's GPT-3 budget on V100s at GPT-3's measured utilisation",
            "$4.6 million at $3.06 per V100-hour, 24.6 of 125 TFLOP/s (Patterson et al.).",
            {
                "budget_usd": _from(k.LAMBDA_COST_USD),
                "usd_per_gpu_hour": ScenarioInput(
                    usd_per_gpu_hour(k.AWS_P3_USD_PER_HOUR.value, k.GPUS_PER_AWS_INSTANCE.value),
                    "AWS_P3_USD_PER_HOUR / GPUS_PER_AWS_INSTANCE",
                ),
                "peak_flops_per_gpu": _from(k.V100_PEAK_FLOPS),
                "utilisation": ScenarioInput(
                    utilisation(k.PATTERSON_GPT3_FLOPS_PER_GPU.value, k.V100_PEAK_FLOPS.value),
                    "PATTERSON_GPT3_FLOPS_PER_GPU / V100_PEAK_FLOPS",
                ),
                "tokens_per_param": _from(k.CHINCHILLA_TOKENS_PER_PARAM),
            },
            short="$4.6M on V100s",
        ),
    )
}

