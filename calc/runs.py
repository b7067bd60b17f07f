"""Training runs after the article, recomputed from their published inputs, beside GPT-3 and M6.

The article (November 2021) argued that efficient training would make large models greener and
let smaller players compete. These runs published far more than M6 did, so both arguments can be
tested against them. Each :class:`Run` holds only sourced constants; where a run's power, energy
or GPU count is not published, :attr:`Run.stand_ins` says what fills the gap.

Training compute is counted as everywhere on the site: 6 FLOPs per active parameter per token
(Brown et al. 2020; Kaplan et al. 2020). Cost is GPU-hours at one dated price per GPU-hour of the
run's own GPU type: AWS's on-demand list price in us-east-1 (:data:`USD_PER_GPU_HOUR`).

>>> r = RUNS["llama31_405b"]
>>> r.gpu_hours, round(r.energy_mwh), r.org_kind
(30840000.0, 21588, 'company')
>>> f"{training_flops_of(RUNS['dsv3']):.3g}"
'3.29e+24'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from . import constants as k
from . import quantities as q
from .errors import CalcError
from .formatting import fmt_count, fmt_multiple, fmt_percent, fmt_quantity, fmt_usd
from .formulas import (
    cloud_cost_usd,
    date_of,
    emissions_tco2e,
    energy_mwh,
    gpu_hours,
    grid_gco2e_per_kwh_for,
    ratio,
    training_flops,
)
from .ledger import Claim, ClaimResult, Finding, StandIn, evaluate_claim

__all__ = [
    "GPT3_COST_SAME_BASIS", "LATER_RUNS", "M6_COST_SAME_BASIS", "RUNS", "RUN_CLAIMS",
    "USD_PER_GPU_HOUR", "Emission", "Run", "cost_usd_of", "energy_per_flop",
    "evaluate_run_claims", "has_compute", "has_energy", "training_flops_of",
]

GpuType = Literal["V100", "A100", "H100", "H800"]
Accounting = Literal[
    "location-based", "market-based", "dynamic power only", "life cycle", "not stated"
]

#: One dated price per GPU-hour per GPU type: AWS on-demand, us-east-1, 8-GPU instance ÷ 8.
#: The H800 (DeepSeek's export variant of the H100, same compute) is not sold by AWS: the H100's
#: price stands in for it.
USD_PER_GPU_HOUR: Final[dict[GpuType, k.Constant]] = {
    "V100": k.AWS_P3_USD_PER_GPU_HOUR,
    "A100": k.AWS_P4D_USD_PER_GPU_HOUR,
    "H100": k.AWS_P5_USD_PER_GPU_HOUR,
    "H800": k.AWS_P5_USD_PER_GPU_HOUR,
}


@dataclass(frozen=True)
class Emission:
    """A published emissions figure with how it was counted and on which grid."""

    tco2e: k.Constant
    accounting: Accounting
    grid: str


@dataclass(frozen=True)
class Run:
    """One training run: who, when, on what, and what it published."""

    key: str
    name: str
    org: str
    org_kind: Literal["company", "consortium", "start-up"]
    date: k.Constant  # YYYYMMDD: release, report or end of training, as :attr:`date_note` says
    date_note: str
    gpu: GpuType
    params: k.Constant
    tokens: k.Constant | None  # None where never published (M6-10T)
    gpu_hours_from: tuple[k.Constant, ...]  # their product (or the one figure) is the GPU-hours
    active_params: k.Constant | None = None  # sparse models: parameters used per token
    watts_per_gpu: k.Constant | None = None  # published or stand-in power per GPU
    pue: float = 1.0  # applied to GPU-hours × power when no energy is published
    published_mwh: k.Constant | None = None
    emissions: tuple[Emission, ...] = ()
    stand_ins: tuple[StandIn, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def gpu_hours(self) -> float:
        """GPU-hours: published, or GPUs × days as the sources give them."""
        if len(self.gpu_hours_from) == 1:
            return self.gpu_hours_from[0].value
        gpus, days = self.gpu_hours_from
        return gpu_hours(gpus.value, days.value)

    @property
    def active(self) -> float:
        """Parameters that act on each token (all of them for a dense model)."""
        return (self.active_params or self.params).value

    @property
    def energy_mwh(self) -> float:
        """Published energy, else GPU-hours × power per GPU × PUE."""
        if self.published_mwh is not None:
            return self.published_mwh.value
        if self.watts_per_gpu is None:
            raise CalcError("run", self.name, "a run with published energy or power per GPU")
        return energy_mwh(1, self.gpu_hours, self.watts_per_gpu.value, self.pue)

    @property
    def year(self) -> float:
        """Decimal year of :attr:`date`, for charts."""
        d = date_of(self.date.value)
        return d.year + (d.timetuple().tm_yday - 0.5) / 365.0

    def constants(self) -> tuple[k.Constant, ...]:
        """Every constant this run is built from, each once."""
        used = [self.date, self.params, *self.gpu_hours_from]
        used += [c for c in (self.tokens, self.active_params, self.watts_per_gpu,
                             self.published_mwh) if c]
        used += [e.tco2e for e in self.emissions]
        return tuple(dict.fromkeys(used))


def training_flops_of(run: Run) -> float:
    """6 × active parameters × tokens (the count GPT-3's 3.14e23 FLOPs uses)."""
    if run.tokens is None:
        raise CalcError("run", run.name, "a run whose training tokens were published")
    return training_flops(run.active, run.tokens.value, k.FLOPS_PER_PARAM_TOKEN.value)


def energy_per_flop(run: Run) -> float:
    """MWh per 10²¹ training FLOPs: how much energy each unit of computation took."""
    return ratio(run.energy_mwh, training_flops_of(run) / 1e21, name="MWh per 1e21 FLOPs")


def cost_usd_of(run: Run) -> float:
    """GPU-hours × AWS's on-demand price per GPU-hour of the run's GPU type."""
    return cloud_cost_usd(run.gpu_hours, USD_PER_GPU_HOUR[run.gpu].value)


_GRID_US = "not published (a location-based U.S. figure, by Meta's method)"

RUNS: Final[dict[str, Run]] = {
    r.key: r
    for r in (
        Run("gpt3", "GPT-3", "OpenAI", "company", k.GPT3_ARXIV_MONTH, "paper", "V100",
            k.GPT3_PARAMS,
            k.GPT3_TOKENS, (k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS),
            watts_per_gpu=k.PATTERSON_GPT3_WATTS, published_mwh=k.PATTERSON_GPT3_MWH,
            emissions=(Emission(k.PATTERSON_GPT3_TCO2E, "location-based",
                                f"{fmt_count(k.PATTERSON_GPT3_GRID.value)} gCO2e/kWh "
                                "(Patterson et al.)"),),
            notes=(("Patterson et al. 2021's reconstruction: OpenAI published neither GPU count "
                   "nor days"),)),
        Run("m6_10t", "M6-10T", "Alibaba DAMO Academy", "company", k.M610T_ARXIV_V1, "paper",
            "A100", k.M610T_PARAMS, None, (k.M610T_GPUS, k.M610T_DAYS),
            stand_ins=(StandIn("GPU type (the article assumes A100s)", "assumption"),),
            notes=("tokens, power and energy never published",)),
        Run("opt", "OPT-175B", "Meta AI", "company", k.OPT_DATE, "released", "A100",
            k.OPT_PARAMS, k.OPT_TOKENS, (k.OPT_LOG_GPUS, k.OPT_LOG_DAYS),
            watts_per_gpu=k.A100_TDP_WATTS,
            emissions=(Emission(k.OPT_TCO2E, "not stated",
                                "not published (the paper gives only the total)"),),
            stand_ins=(StandIn("power per GPU (A100 TDP: the paper gives no energy)",
                               "assumption"),),
            notes=((f"GPU-hours: the logbook's ideal {fmt_count(k.OPT_LOG_DAYS.value)} days on "
                   f"{fmt_count(k.OPT_LOG_GPUS.value)} A100s, without restarts"),)),
        Run("bloom", "BLOOM", "BigScience (a public research consortium)", "consortium",
            k.BLOOM_START, "training started", "A100", k.BLOOM_PARAMS, k.BLOOM_TOKENS,
            (k.BLOOM_GPU_HOURS,), published_mwh=k.BLOOM_MWH,
            emissions=(Emission(k.BLOOM_DYNAMIC_TCO2E, "dynamic power only",
                                f"French grid, {fmt_count(k.BLOOM_GRID.value)} gCO2e/kWh"),
                       Emission(k.BLOOM_LIFECYCLE_TCO2E, "life cycle",
                                "French grid, with manufacturing and idle power")),),
        Run("llama2_70b", "Llama 2 70B", "Meta", "company", k.LLAMA2_END, "end of training",
            "A100", k.LLAMA2_70B_PARAMS, k.LLAMA2_TOKENS, (k.LLAMA2_70B_GPU_HOURS,),
            watts_per_gpu=k.LLAMA2_70B_WATTS,
            emissions=(Emission(k.LLAMA2_70B_TCO2E, "not stated",
                                "not published (Meta says the emissions were offset)"),)),
        Run("llama31_405b", "Llama 3.1 405B", "Meta", "company", k.LLAMA31_DATE, "released",
            "H100", k.LLAMA31_405B_PARAMS, k.LLAMA31_TOKENS, (k.LLAMA31_405B_GPU_HOURS,),
            watts_per_gpu=k.H100_TDP_WATTS,
            emissions=(Emission(k.LLAMA31_405B_TCO2E, "location-based", _GRID_US),
                       Emission(k.LLAMA31_405B_MARKET_TCO2E, "market-based",
                                "renewable energy matched by Meta")),),
        Run("dsv3", "DeepSeek-V3", "DeepSeek", "start-up", k.DSV3_DATE, "report", "H800",
            k.DSV3_PARAMS, k.DSV3_TOKENS, (k.DSV3_GPU_HOURS,), active_params=k.DSV3_ACTIVE_PARAMS,
            watts_per_gpu=k.H100_TDP_WATTS,
            stand_ins=(StandIn("power per GPU (H100 TDP: the report gives no energy)",
                               "assumption"),),
            notes=("no energy or emissions published",)),
    )
}
#: The runs after the article; GPT-3 and M6-10T are in :data:`RUNS` as the references.
LATER_RUNS: Final = tuple(key for key in RUNS if key not in {"gpt3", "m6_10t"})


def has_compute(run: Run) -> bool:
    """Whether the run published what its training compute needs (tokens and parameters)."""
    return run.tokens is not None


def has_energy(run: Run) -> bool:
    """Whether an energy figure can be given (published, or GPU-hours × a stated power)."""
    return run.published_mwh is not None or run.watts_per_gpu is not None


# ---------------------------------------------------------------- the runs' own claims
def _opt_share() -> Finding:
    ours = ratio(k.OPT_TCO2E.value, k.PATTERSON_GPT3_TCO2E.value)
    theirs = ratio(k.OPT_TCO2E.value, k.OPT_GPT3_TCO2E.value)
    lo, hi = sorted((ours, theirs))
    return Finding(
        lo, hi, f"{fmt_percent(lo)} to {fmt_percent(hi)} of GPT-3's",
        (f"OPT-175B: {fmt_count(k.OPT_TCO2E.value)} tCO2e, the paper's own estimate",
         (f"GPT-3: {fmt_quantity(k.PATTERSON_GPT3_TCO2E.value, 'tCO2e', 4)} (Patterson et al. "
         f"2021), which the OPT paper rounds to {fmt_count(k.OPT_GPT3_TCO2E.value)}")),
        (k.OPT_TCO2E, k.PATTERSON_GPT3_TCO2E, k.OPT_GPT3_TCO2E),
        context=(k.OPT_TOTAL_MULTIPLE,),
        caveat="Both figures are for the final run only: the OPT paper's footnote puts its own "
        f"total at about {fmt_multiple(k.OPT_TOTAL_MULTIPLE.value)} with ablations, baselines and "
        "downtime, and it publishes "
        f"no energy or grid behind its {fmt_count(k.OPT_TCO2E.value)} tonnes.",
    )


def _bloom_dynamic() -> Finding:
    t = emissions_tco2e(k.BLOOM_MWH.value, k.BLOOM_GRID.value)
    return Finding(
        t, t, fmt_quantity(t, "tCO2e", 3),
        ((f"{fmt_count(k.BLOOM_MWH.value)} MWh × {fmt_count(k.BLOOM_GRID.value)} gCO2e/kWh "
         "(the French grid)"),),
        (k.BLOOM_MWH, k.BLOOM_GRID),
        caveat="Dynamic power only: with equipment manufacturing and idle power the same "
        f"paper gives {fmt_quantity(k.BLOOM_LIFECYCLE_TCO2E.value, 'tonnes', 3)}.",
        context=(k.BLOOM_LIFECYCLE_TCO2E,),
    )


def _llama2_tco2e() -> Finding:
    mwh = energy_mwh(1, k.LLAMA2_70B_GPU_HOURS.value, k.LLAMA2_70B_WATTS.value)
    implied = grid_gco2e_per_kwh_for(k.LLAMA2_70B_TCO2E.value, mwh)
    return Finding(
        mwh, mwh, f"{fmt_count(mwh)} MWh; the grid is not published",
        ((f"{fmt_count(k.LLAMA2_70B_GPU_HOURS.value)} GPU-hours × "
         f"{fmt_count(k.LLAMA2_70B_WATTS.value)} W = {fmt_count(mwh)} MWh"),
         (f"the {fmt_count(k.LLAMA2_70B_TCO2E.value, 5)} tonnes imply "
         f"{fmt_count(implied)} gCO2e/kWh, but the card names no grid or location")),
        (k.LLAMA2_70B_GPU_HOURS, k.LLAMA2_70B_WATTS, k.LLAMA2_70B_TCO2E),
        missing=("the grid's carbon intensity (the model card gives energy inputs, no grid)",),
    )


def _llama31_total(parts: tuple[k.Constant, ...], unit: str) -> Callable[[], Finding]:
    def finding() -> Finding:
        total = sum(c.value for c in parts)
        return Finding(
            total, total, fmt_quantity(total, unit, 4),
            (" + ".join(fmt_count(c.value) for c in parts) + " (8B, 70B and 405B rows)",),
            parts,
        )

    return finding


def _dsv3_cost() -> Finding:
    hours = sum(c.value for c in (k.DSV3_PRETRAIN_GPU_HOURS, k.DSV3_CONTEXT_GPU_HOURS,
                                  k.DSV3_POST_GPU_HOURS))
    cost = cloud_cost_usd(hours, k.DSV3_USD_PER_GPU_HOUR.value)
    at_aws = cloud_cost_usd(hours, USD_PER_GPU_HOUR["H800"].value)
    return Finding(
        cost, cost, fmt_usd(cost, 4),
        ((f"{fmt_count(k.DSV3_PRETRAIN_GPU_HOURS.value, 6)} (pre-training) + "
          f"{fmt_count(k.DSV3_CONTEXT_GPU_HOURS.value, 6)} (context extension) + "
          f"{fmt_count(k.DSV3_POST_GPU_HOURS.value, 6)} (post-training) = "
          f"{fmt_count(hours, 6)} H800 GPU-hours"),
         f"× ${k.DSV3_USD_PER_GPU_HOUR.value:g} per GPU-hour, the report's assumed rental price"),
        (
            k.DSV3_PRETRAIN_GPU_HOURS, k.DSV3_CONTEXT_GPU_HOURS, k.DSV3_POST_GPU_HOURS,
            k.DSV3_USD_PER_GPU_HOUR,
        ),
        context=(k.DSV3_COST_USD, k.AWS_P5_USD_PER_HOUR),
        caveat="The arithmetic holds. As the report says, it covers the final training only, "
        "not prior research and ablations: the same gap as between GPT-3's single run and the "
        f"article's R&D estimate. At AWS's on-demand H100 price it would be {fmt_usd(at_aws)}.",
    )


RUN_CLAIMS: Final[tuple[Claim, ...]] = (
    Claim("opt_one_seventh", "energy",
          f"OPT-175B: {fmt_percent(k.OPT_SHARE_OF_GPT3.value)} of GPT-3's carbon footprint",
          k.OPT_SHARE_OF_GPT3.quote, k.OPT_SHARE_OF_GPT3.value,
          fmt_percent(k.OPT_SHARE_OF_GPT3.value) + " of GPT-3's", _opt_share, "zhang2022"),
    Claim("bloom_dynamic", "energy",
          f"BLOOM: {fmt_quantity(k.BLOOM_DYNAMIC_TCO2E.value, 'tCO2e', 3)} from dynamic power",
          k.BLOOM_DYNAMIC_TCO2E.quote, k.BLOOM_DYNAMIC_TCO2E.value,
          fmt_quantity(k.BLOOM_DYNAMIC_TCO2E.value, "tCO2e", 3), _bloom_dynamic, "luccioni2022"),
    Claim("llama2_70b_tco2e", "energy",
          f"Llama 2 70B: {fmt_quantity(k.LLAMA2_70B_TCO2E.value, 'tCO2e', 5)}",
          k.LLAMA2_70B_TCO2E.quote, k.LLAMA2_70B_TCO2E.value,
          fmt_quantity(k.LLAMA2_70B_TCO2E.value, "tCO2e", 5), _llama2_tco2e, "llama2"),
    Claim("llama31_gpu_hours", "compute",
          f"Llama 3.1: {fmt_count(k.LLAMA31_GPU_HOURS.value)} H100-hours in all",
          k.LLAMA31_GPU_HOURS.quote, k.LLAMA31_GPU_HOURS.value,
          fmt_quantity(k.LLAMA31_GPU_HOURS.value, "GPU-hours"),
          _llama31_total((k.LLAMA31_8B_GPU_HOURS, k.LLAMA31_70B_GPU_HOURS,
                          k.LLAMA31_405B_GPU_HOURS), "GPU-hours"), "llama31"),
    Claim("llama31_tco2e", "energy",
          f"Llama 3.1: {fmt_quantity(k.LLAMA31_TCO2E.value, 'tCO2e', 5)}, location-based",
          k.LLAMA31_TCO2E.quote, k.LLAMA31_TCO2E.value,
          fmt_quantity(k.LLAMA31_TCO2E.value, "tCO2e", 5),
          _llama31_total((k.LLAMA31_8B_TCO2E, k.LLAMA31_70B_TCO2E, k.LLAMA31_405B_TCO2E),
                         "tCO2e"), "llama31"),
    Claim("dsv3_cost", "cost", f"DeepSeek-V3: {fmt_usd(k.DSV3_COST_USD.value, 4)} to train",
          k.DSV3_COST_USD.quote, k.DSV3_COST_USD.value, fmt_usd(k.DSV3_COST_USD.value, 4),
          _dsv3_cost, "deepseek2024"),
)


def evaluate_run_claims() -> list[ClaimResult]:
    """Every run's own claim, judged by the same rule as the article's (:data:`ledger.RULE`)."""
    return [evaluate_claim(c) for c in RUN_CLAIMS]


#: GPT-3 and M6-10T on the same basis as every run: GPU-hours × AWS on-demand per GPU type.
GPT3_COST_SAME_BASIS: Final = cost_usd_of(RUNS["gpt3"])
M6_COST_SAME_BASIS: Final = cloud_cost_usd(q.M6_10T_GPU_HOURS, USD_PER_GPU_HOUR["A100"].value)
