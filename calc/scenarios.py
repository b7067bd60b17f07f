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

from . import beyond as B
from . import constants as k
from . import prices as P
from . import quantities as q
from . import runs as R
from .formatting import fmt_count, fmt_percent, fmt_quantity, fmt_tflops, fmt_usd
from .formulas import (
    date_of,
    energy_mwh,
    grid_gco2e_per_kwh_for,
    training_days,
)
from .moe import m6_10t
from .units import HOURS_PER_DAY

__all__ = ["OWN_SCENARIOS", "RUN_SCENARIOS", "SCENARIOS", "SERVING_SCENARIOS", "GpuType",
           "Scenario", "ScenarioInput"]

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


def _run_scenario(run: R.Run) -> Scenario:
    """A run of ``data/runs.toml`` as a starting point for the cost and energy calculators: its
    GPU-hours at the price and power of its Five years on row (AWS's on-demand price and the
    rated power of its GPU type, no PUE), and the grid its own figures give."""
    gpu, hours = run.gpu, run.gpu_hours
    if gpu is None or hours is None:
        raise ValueError(f"{run.key}: a scenario needs GPU-hours and a GPU type")
    parts, count = run.gpu_hours_from, run.figure("gpus")
    if len(parts) == 2:
        gpus, days = _from(parts[0]), _from(parts[1])
        did = f"{_n(parts[0])} {gpu}s for {_n(parts[1])} days"
    elif count is not None:
        gpus = _from(count)
        days = ScenarioInput(hours / count.value / HOURS_PER_DAY,
                             f"{parts[0].key} / {count.key} / hours per day", (parts[0], count))
        did = f"{_n(count)} {gpu}s for {fmt_count(hours)} GPU-hours"
    else:
        gpus = _assume(1.0, "its makers give GPU-hours, not GPUs and days: one GPU for as many "
                       "days gives the same GPU-hours")
        days = ScenarioInput(hours / HOURS_PER_DAY, f"{parts[0].key} / hours per day", parts)
        did = f"{fmt_count(hours)} {gpu}-hours"
    tdp = R.TDP_WATTS[gpu]
    published = run.watts_per_gpu
    if published is not None and published.value == tdp.value:
        watts, said = _from(published), f", {_w(published)} each (its makers' figure)"
    else:
        watts, said = _assume(tdp.value, _tdp(gpu, tdp)), "; power not published"
    grid_const = run.figure("grid_gco2e_per_kwh")
    implied = next((e for e in run.emissions
                    if e.accounting in ("location-based", "not stated") and e.tco2e.value > 0),
                   None)
    if grid_const is not None:
        grid = _from(grid_const)
    elif implied is not None:
        mwh = energy_mwh(1, hours, watts.value)
        grid = ScenarioInput(
            grid_gco2e_per_kwh_for(implied.tco2e.value, mwh),
            f"{implied.tco2e.key} / (GPU-hours × {tdp.key}): the grid its makers' "
            f"{implied.accounting} tonnes imply at the chips' rated power",
            (implied.tco2e, *parts, tdp))
    else:
        grid, said = _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID), said + ", grid not published"
    return Scenario(
        run.key,
        f"{run.name} ({run.maker}, {date_of(run.date.value).year})",
        (("A third party's estimate: " if run.estimate else "") + f"{did}{said}"
         + ("; one stage of its training only" if run.scope == "one stage" else "")
         + "; priced at AWS's on-demand rate for its GPU type, as on Five years on."),
        {
            "gpus": gpus,
            "days": days,
            "usd_per_gpu_hour": _from(R.USD_PER_GPU_HOUR[gpu]),
            "watts_per_gpu": watts,
            "pue": _assume(1.0, _CHIP_ONLY),
            "grid_gco2e_per_kwh": grid,
        },
        short=run.name,
        gpu="A100" if gpu == "A100-80GB" else gpu,
    )


def _own_scenario(key: str, run: R.Run, title: str, gpus: k.Constant, days: k.Constant) -> Scenario:
    """A run for the rent-or-own calculator: its GPUs and days, AWS's prices of each kind at its
    date (the table's first where its date is earlier), and Epoch AI's method for owning."""
    gpu = run.gpu
    if gpu is None:
        raise ValueError(f"{run.key}: a scenario needs a GPU type")
    rental: P.GpuType = "H100" if gpu == "H800" else gpu
    rows = {kind: P.price_at(rental, kind, run.date.value)
            for kind in ("on-demand", "committed for one year", "committed for three years")}
    inputs: dict[str, ScenarioInput] = {"gpus": _from(gpus), "days": _from(days)}
    for name, kind in (("usd_per_gpu_hour", "on-demand"),
                       ("usd_per_gpu_hour_1yr", "committed for one year"),
                       ("usd_per_gpu_hour_3yr", "committed for three years")):
        row = rows[kind]
        if row is None:
            raise ValueError(f"{run.key}: no {kind} price for {rental}")
        inputs[name] = ScenarioInput(row.usd_per_gpu_hour, f"{row.key} ({row.basis})",
                                     (row.figure,))
    bought = P.purchase(gpu)
    kwh = P.usd_per_kwh_at(run.date.value)
    inputs |= {
        "capital_per_gpu_usd": ScenarioInput(
            P.capital_per_gpu_usd(bought),
            f"{bought.key}" + ("" if bought.server else " × the chip-to-server factor")
            + " / (one less EPOCH_INTERCONNECT_SHARE)",
            (bought.figure, k.EPOCH_INTERCONNECT_SHARE)),
        "depreciation_oom_per_year": _from(k.EPOCH_DEPRECIATION_OOM_PER_YEAR),
        "watts_per_gpu": _assume(R.TDP_WATTS[gpu].value, _tdp(gpu, R.TDP_WATTS[gpu])),
        "pue": _from(k.EPOCH_PUE_HYPERSCALER if run.own_data_centre else k.EPOCH_PUE_OTHER),
        "usd_per_kwh": _from(kwh),
    }
    return Scenario(
        key, title,
        f"{_n(gpus)} {gpu}s for {_n(days)} days, at AWS's prices of "
        f"{rows['on-demand'].basis.date if rows['on-demand'] else ''} and with the hardware "
        "bought and run as Epoch AI's method prices it.",
        inputs, short=run.name, gpu="A100" if gpu == "A100-80GB" else gpu,
    )


# Serving (calc.beyond): Llama 3.1 70B at the utilisation ML.ENERGY measured, its energy on the
# chips' rated power (the basis of the training runs it is set beside), and GPT-3 on V100s at
# the same utilisation (an assumption).
_SERVE_UTIL = B.measured_utilisation()
_SERVE_UTIL_INPUT = ScenarioInput(
    _SERVE_UTIL, "the utilisation ML.ENERGY measured: MLENERGY_LLAMA31_70B_TOKENS_PER_S × "
    "KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN × LLAMA31_70B_PARAMS_SERVED ÷ "
    "(MLENERGY_LLAMA31_70B_GPUS × H100_PEAK_DENSE_FLOP_PER_S)",
    (k.MLENERGY_LLAMA31_70B_TOKENS_PER_S, k.MLENERGY_LLAMA31_70B_GPUS, k.LLAMA31_70B_PARAMS_SERVED,
     k.H100_PEAK_DENSE_FLOP_PER_S, k.KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN))
SERVING_SCENARIOS: tuple[str, ...] = ("serve_llama31_70b", "serve_gpt3")
_SERVING = (
    Scenario(
        "serve_llama31_70b",
        "Llama 3.1 70B on H100s, as ML.ENERGY measured it",
        f"A chat response of {_n(k.MLENERGY_LLAMA31_70B_TOKENS)} tokens on H100s serving many at "
        "once, at the utilisation ML.ENERGY measured and the H100's rated power (the basis of "
        "the training runs); set beside Llama 3.1 70B's own training on the same basis.",
        {
            "params": _from(k.LLAMA31_70B_PARAMS_SERVED),
            "tokens_per_prompt": _from(k.MLENERGY_LLAMA31_70B_TOKENS),
            "peak_flops_per_gpu": _from(k.H100_PEAK_DENSE_FLOP_PER_S),
            "utilisation": _SERVE_UTIL_INPUT,
            "watts_per_gpu": _from(k.H100_TDP_WATTS),
            "pue": _assume(1.0, "none added: the chips alone, as for the training runs"),
            "grid_gco2e_per_kwh": _assume(k.PATTERSON_GPT3_GRID.value, _SAME_GRID),
            "training_mwh": ScenarioInput(
                energy_mwh(1, k.LLAMA31_70B_GPU_HOURS.value, k.H100_TDP_WATTS.value),
                "LLAMA31_70B_GPU_HOURS × the H100's TDP (Five years on's basis)",
                (k.LLAMA31_70B_GPU_HOURS, k.H100_TDP_WATTS)),
        },
        short="Llama 3.1 70B",
        gpu="H100",
    ),
    Scenario(
        "serve_gpt3",
        "GPT-3 on V100s, at the same utilisation",
        f"GPT-3's {_n(k.GPT3_PARAMS)} parameters answering with as many tokens, on V100s at the "
        "utilisation of the measured H100 run; set beside GPT-3's training at the chips' power.",
        {
            "params": _from(k.GPT3_PARAMS),
            "tokens_per_prompt": _from(k.MLENERGY_LLAMA31_70B_TOKENS),
            "peak_flops_per_gpu": _from(k.V100_PEAK_FLOP_PER_S),
            "utilisation": _assume(_SERVE_UTIL, "the utilisation ML.ENERGY measured for Llama "
                                   "3.1 70B on H100s, carried over to GPT-3 on V100s"),
            "watts_per_gpu": _from(k.V100_TDP_WATTS),
            "pue": _assume(1.0, "none added: the chips alone"),
            "grid_gco2e_per_kwh": _from(k.PATTERSON_GPT3_GRID),
            "training_mwh": ScenarioInput(
                R.RUNS["gpt3"].energy_mwh,
                "GPT-3's GPU-hours × the V100's TDP (Five years on's basis)",
                (k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS, k.V100_TDP_WATTS)),
        },
        short="GPT-3",
        gpu="V100",
    ),
)


#: The rent-or-own calculator's scenarios: the article's run, GPT-3 and a later run.
OWN_SCENARIOS: tuple[str, ...] = ("own_m6_10t", "own_gpt3", "own_opt_175b")
_OWN = (
    _own_scenario("own_m6_10t", R.RUNS["m6_10t"], "M6-10T as the article prices it (A100s)",
                  k.M610T_GPUS, k.M610T_DAYS),
    _own_scenario("own_gpt3", R.RUNS["gpt3"], "GPT-3 (Patterson et al.'s V100s)",
                  k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS),
    _own_scenario("own_opt_175b", R.RUNS["opt_175b"], "OPT-175B (Meta AI, 2022)",
                  k.OPT_LOG_GPUS, k.OPT_LOG_DAYS),
)


#: The runs after the article with GPU-hours and a GPU type, as scenarios (keys as in RUNS).
RUN_SCENARIOS: tuple[str, ...] = tuple(
    key for key in R.LATER_RUNS if R.RUNS[key].energy is not None)


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
        *(_run_scenario(R.RUNS[key]) for key in RUN_SCENARIOS),
        *_OWN,
        *_SERVING,
    )
}

