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
from .basis import Cost, Emissions, Energy, Figure, ratio_of
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
    "CHIP_BASIS", "GPT3_COST_SAME_BASIS", "LATER_RUNS", "M6_COST_SAME_BASIS", "PRICE_BASIS",
    "RUNS", "RUN_CLAIMS", "TDP_WATTS", "USD_PER_GPU_HOUR", "Emission", "Run", "cost_usd_of",
    "energy_per_flop", "energy_per_flop_vs", "energy_vs", "evaluate_run_claims", "has_compute",
    "training_flops_of",
]

GpuType = Literal["V100", "A100", "A100-80GB", "H100", "H800"]

#: One dated price per GPU-hour per GPU type: AWS on-demand, us-east-1, 8-GPU instance ÷ 8, with
#: its basis. The H800 (DeepSeek's export variant of the H100, same compute) is not sold by AWS:
#: the H100's price stands in for it.
USD_PER_GPU_HOUR: Final[dict[GpuType, k.Constant]] = {
    "V100": k.AWS_P3_USD_PER_GPU_HOUR_2018,
    "A100": k.AWS_P4D_USD_PER_GPU_HOUR,
    "A100-80GB": k.AWS_P4DE_USD_PER_GPU_HOUR,
    "H100": k.AWS_P5_USD_PER_GPU_HOUR,
    "H800": k.AWS_P5_USD_PER_GPU_HOUR,
}
#: What each of those prices is: kind, vendor, GPU and memory, instance, region and date.
PRICE_BASIS: Final[dict[GpuType, Cost]] = {
    "V100": Cost("on-demand", "AWS", "V100-16GB", "p3.16xlarge", "us-east-1", "2018"),
    "A100": Cost("on-demand", "AWS", "A100-40GB", "p4d.24xlarge", "us-east-1", "2021"),
    "A100-80GB": Cost("on-demand", "AWS", "A100-80GB", "p4de.24xlarge", "us-east-1", "2024"),
    "H100": Cost("on-demand", "AWS", "H100-80GB", "p5.48xlarge", "us-east-1", "2024"),
    "H800": Cost("on-demand", "AWS", "H100-80GB", "p5.48xlarge", "us-east-1", "2024"),
}
#: Each GPU type's rated power (TDP): the one energy basis every run can be put on.
TDP_WATTS: Final[dict[GpuType, k.Constant]] = {
    "V100": k.V100_TDP_WATTS,
    "A100": k.A100_TDP_WATTS,
    "A100-80GB": k.A100_TDP_WATTS,
    "H100": k.H100_TDP_WATTS,
    "H800": k.H100_TDP_WATTS,
}
#: The basis of the runs' energy comparison: GPU-hours × the chip's rated power, no host, no PUE.
CHIP_BASIS: Final = Energy("chip rated power")


@dataclass(frozen=True)
class Emission:
    """A published emissions figure, its basis (how it was counted, what kind of grid, on what
    energy) and the grid in words."""

    tco2e: k.Constant
    basis: Emissions
    grid: str

    @property
    def accounting(self) -> str:
        """How the emissions were counted (location- or market-based, ...)."""
        return self.basis.accounting


@dataclass(frozen=True)
class Run:
    """One training run: who, when, on what, and what it published."""

    key: str
    name: str
    org: str
    org_kind: Literal["company", "consortium", "start-up"]
    date: k.Constant  # YYYYMMDD: its paper, report or release, as :attr:`date_note` says
    date_note: str
    gpu: GpuType
    params: k.Constant
    tokens: k.Constant | None  # None where never published (M6-10T)
    gpu_hours_from: tuple[k.Constant, ...]  # their product (or the one figure) is the GPU-hours
    active_params: k.Constant | None = None  # sparse models: parameters used per token
    watts_per_gpu: k.Constant | None = None  # the power per GPU its makers published
    published_mwh: k.Constant | None = None
    published_basis: Energy = CHIP_BASIS  # what the published energy counts
    emissions: tuple[Emission, ...] = ()
    stand_ins: tuple[StandIn, ...] = ()
    notes: tuple[str, ...] = field(default=())
    cited: tuple[k.Constant, ...] = ()  # constants its notes cite

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
        """Energy on the comparison's basis: GPU-hours × its GPU type's rated power (TDP)."""
        return self.energy.value

    @property
    def energy(self) -> Figure:
        """GPU-hours × the rated power of its GPU type: no host, no PUE (:data:`CHIP_BASIS`)."""
        return Figure(energy_mwh(1, self.gpu_hours, TDP_WATTS[self.gpu].value), "MWh", CHIP_BASIS)

    @property
    def published_energy(self) -> Figure | None:
        """The energy its makers (or, for GPT-3, Patterson et al.) published, on its own basis."""
        if self.published_mwh is None:
            return None
        return Figure(self.published_mwh.value, "MWh", self.published_basis)

    @property
    def cost(self) -> Figure:
        """GPU-hours × AWS's on-demand price per GPU-hour of its GPU type (:data:`PRICE_BASIS`)."""
        return Figure(cloud_cost_usd(self.gpu_hours, USD_PER_GPU_HOUR[self.gpu].value), "USD",
                      PRICE_BASIS[self.gpu])

    @property
    def year(self) -> float:
        """Decimal year of :attr:`date`, for charts."""
        d = date_of(self.date.value)
        return d.year + (d.timetuple().tm_yday - 0.5) / 365.0

    def constants(self) -> tuple[k.Constant, ...]:
        """Every constant this run is built from, each once."""
        used = [self.date, self.params, *self.gpu_hours_from, TDP_WATTS[self.gpu]]
        used += [c for c in (self.tokens, self.active_params, self.watts_per_gpu,
                             self.published_mwh) if c]
        used += [e.tco2e for e in self.emissions]
        used += self.cited
        return tuple(dict.fromkeys(used))


def training_flops_of(run: Run) -> float:
    """6 × active parameters × tokens (the count GPT-3's 3.14e23 FLOPs uses)."""
    if run.tokens is None:
        raise CalcError("run", run.name, "a run whose training tokens were published")
    return training_flops(run.active, run.tokens.value, k.FLOPS_PER_PARAM_TOKEN.value)


def energy_per_flop(run: Run) -> float:
    """MWh per 10²¹ training FLOPs, at the chips' rated power: energy per unit of computation."""
    return ratio(run.energy_mwh, training_flops_of(run) / 1e21, name="MWh per 1e21 FLOPs")


def energy_per_flop_vs(run: Run, other: Run) -> float:
    """``run``'s energy per FLOP over ``other``'s, both at the chips' rated power (one basis)."""
    per = "MWh per 1e21 FLOPs"
    return ratio_of(Figure(energy_per_flop(run), per, run.energy.basis),
                    Figure(energy_per_flop(other), per, other.energy.basis))


def cost_usd_of(run: Run) -> float:
    """GPU-hours × AWS's on-demand price per GPU-hour of the run's GPU type."""
    return run.cost.value


def energy_vs(run: Run, other: Run) -> float:
    """``run``'s energy over ``other``'s, both at the chips' rated power (one basis)."""
    return ratio_of(run.energy, other.energy)


_GRID_META = "not published (the card names no grid, country or location)"

_OPT_FLOPS = training_flops(k.OPT_PARAMS.value, k.OPT_TOKENS.value, k.FLOPS_PER_PARAM_TOKEN.value)

RUNS: Final[dict[str, Run]] = {
    r.key: r
    for r in (
        Run("gpt3", "GPT-3", "OpenAI", "company", k.GPT3_ARXIV_V1, "paper", "V100",
            k.GPT3_PARAMS,
            k.GPT3_TOKENS, (k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS),
            published_mwh=k.PATTERSON_GPT3_MWH,
            published_basis=Energy("measured, with host share", pue=True),
            emissions=(Emission(k.PATTERSON_GPT3_TCO2E,
                                Emissions("location-based", "named",
                                          Energy("measured, with host share", pue=True)),
                                f"{fmt_count(k.PATTERSON_GPT3_GRID.value)} gCO2e/kWh, the U.S. "
                                "average Patterson et al. used for Microsoft's"),),
            notes=(("Patterson et al. 2021's reconstruction: OpenAI published neither GPU count "
                   "nor days"),)),
        Run("m6_10t", "M6-10T", "Alibaba DAMO Academy", "company", k.M610T_ARXIV_V1, "paper",
            "A100", k.M610T_PARAMS, None, (k.M610T_GPUS, k.M610T_DAYS),
            stand_ins=(StandIn("GPU type (the article assumes A100s)", "assumption"),),
            notes=("tokens, power and energy never published",)),
        Run("opt", "OPT-175B", "Meta AI", "company", k.OPT_DATE, "released", "A100-80GB",
            k.OPT_PARAMS, k.OPT_TOKENS, (k.OPT_LOG_GPUS, k.OPT_LOG_DAYS),
            emissions=(Emission(k.OPT_TCO2E, Emissions("not stated", "not published"),
                                "not published (the paper gives only the total)"),),
            stand_ins=(StandIn("power per GPU (A100 TDP: the paper gives no energy)",
                               "assumption"),),
            notes=((f"GPU-hours: the logbook's ideal {fmt_count(k.OPT_LOG_DAYS.value)} days on "
                    f"{fmt_count(k.OPT_LOG_GPUS.value)} A100s, without restarts"),
                   (f"training FLOPs: {fmt_quantity(_OPT_FLOPS, '')} counted as for every run; "
                    f"Meta's logbook gives {fmt_quantity(k.OPT_LOG_FLOPS.value, '')} without "
                    "saying how it counts")),
            cited=(k.OPT_LOG_FLOPS,)),
        Run("bloom", "BLOOM", "BigScience (a public research consortium)", "consortium",
            k.BLOOM_CARBON_MONTH, "paper", "A100-80GB", k.BLOOM_PARAMS, k.BLOOM_TOKENS,
            (k.BLOOM_GPU_HOURS,), published_mwh=k.BLOOM_MWH,
            emissions=(Emission(k.BLOOM_DYNAMIC_TCO2E,
                                Emissions("dynamic power only", "named", CHIP_BASIS),
                                f"French grid, {fmt_count(k.BLOOM_GRID.value)} gCO2e/kWh"),
                       Emission(k.BLOOM_LIFECYCLE_TCO2E, Emissions("life cycle", "named"),
                                "French grid, with manufacturing and idle power")),),
        Run("llama2_70b", "Llama 2 70B", "Meta", "company", k.LLAMA2_PAPER_MONTH, "paper",
            "A100-80GB", k.LLAMA2_70B_PARAMS, k.LLAMA2_TOKENS, (k.LLAMA2_70B_GPU_HOURS,),
            watts_per_gpu=k.LLAMA2_70B_WATTS,
            emissions=(Emission(k.LLAMA2_70B_TCO2E, Emissions("not stated", "not published"),
                                "not published (Meta says the emissions were offset)"),)),
        Run("llama31_405b", "Llama 3.1 405B", "Meta", "company", k.LLAMA31_DATE, "released",
            "H100", k.LLAMA31_405B_PARAMS, k.LLAMA31_TOKENS, (k.LLAMA31_405B_GPU_HOURS,),
            watts_per_gpu=k.H100_TDP_WATTS,
            emissions=(Emission(k.LLAMA31_405B_TCO2E,
                                Emissions("location-based", "not published"), _GRID_META),
                       Emission(k.LLAMA31_405B_MARKET_TCO2E,
                                Emissions("market-based", "not published"),
                                "renewable energy matched by Meta")),),
        Run("dsv3", "DeepSeek-V3", "DeepSeek", "start-up", k.DSV3_DATE, "report", "H800",
            k.DSV3_PARAMS, k.DSV3_TOKENS, (k.DSV3_GPU_HOURS,), active_params=k.DSV3_ACTIVE_PARAMS,
            stand_ins=(StandIn("power per GPU (H100 TDP: the report gives no energy)",
                               "assumption"),),
            notes=("no energy or emissions published",
                   (f"its {fmt_count(k.DSV3_GPU_HOURS.value)} GPU-hours include context "
                    "extension and post-training, while its FLOPs count the pre-training "
                    "tokens only, so its energy per FLOP is a little high"))),
        *(Run(key, name, "Meta", "company", k.LLAMA4_DATE, "released", "H100", params, tokens,
              (hours,), active_params=active, watts_per_gpu=k.LLAMA4_WATTS,
              emissions=(Emission(tco2e, Emissions("location-based", "not published"),
                                  _GRID_META),
                         Emission(market, Emissions("market-based", "not published"),
                                  "renewable energy matched by Meta")),
              notes=("GPU-hours of pre-training only, as the card gives them",))
          for key, name, params, active, tokens, hours, tco2e, market in (
              ("llama4_scout", "Llama 4 Scout", k.LLAMA4_SCOUT_PARAMS,
               k.LLAMA4_SCOUT_ACTIVE_PARAMS, k.LLAMA4_SCOUT_TOKENS, k.LLAMA4_SCOUT_GPU_HOURS,
               k.LLAMA4_SCOUT_TCO2E, k.LLAMA4_SCOUT_MARKET_TCO2E),
              ("llama4_maverick", "Llama 4 Maverick", k.LLAMA4_MAVERICK_PARAMS,
               k.LLAMA4_MAVERICK_ACTIVE_PARAMS, k.LLAMA4_MAVERICK_TOKENS,
               k.LLAMA4_MAVERICK_GPU_HOURS, k.LLAMA4_MAVERICK_TCO2E,
               k.LLAMA4_MAVERICK_MARKET_TCO2E),
          )),
    )
}
#: The runs after the article; GPT-3 and M6-10T are in :data:`RUNS` as the references.
LATER_RUNS: Final = tuple(key for key in RUNS if key not in {"gpt3", "m6_10t"})


def has_compute(run: Run) -> bool:
    """Whether the run published what its training compute needs (tokens and parameters)."""
    return run.tokens is not None


# ---------------------------------------------------------------- the runs' own claims
def _opt_share() -> Finding:
    # OPT's grid is its data centre's (LLaMA paper); GPT-3's is the U.S. average Patterson et al.
    # used for Microsoft's, which was not published: a stand-in, named as one.
    meta = Emissions("location-based", "named", energy=Energy("chip rated power", pue=True))
    opt_mwh = energy_mwh(1, k.META_OPT_GPU_HOURS.value, k.A100_TDP_WATTS.value, k.META_PUE.value)
    gpt3_mwh = energy_mwh(1, q.GPT3_V100_HOURS_PATTERSON, k.V100_TDP_WATTS.value,
                          k.PATTERSON_GPT3_PUE.value)
    opt = Figure(emissions_tco2e(opt_mwh, k.META_OPT_GRID.value), "tCO2e", meta)
    gpt3 = Figure(emissions_tco2e(gpt3_mwh, k.PATTERSON_GPT3_GRID.value), "tCO2e", meta)
    share = ratio_of(opt, gpt3)
    one_grid = ratio(opt_mwh, gpt3_mwh)
    return Finding(
        share, share, f"{fmt_percent(share)} of GPT-3's, final runs only",
        ((f"OPT-175B: {fmt_count(k.META_OPT_GPU_HOURS.value)} A100-hours × "
          f"{fmt_count(k.A100_TDP_WATTS.value)} W × PUE {k.META_PUE.value:g} × "
          f"{fmt_count(k.META_OPT_GRID.value)} gCO2e/kWh, its data centre's grid = "
          f"{fmt_quantity(opt.value, 'tCO2e', 3)} (Meta's own figures for OPT, in the LLaMA "
          f"paper, which rounds it to {fmt_count(k.META_OPT_TCO2E.value)})"),
         (f"GPT-3 on the same basis: {fmt_count(q.GPT3_V100_HOURS_PATTERSON)} V100-hours × "
          f"{fmt_count(k.V100_TDP_WATTS.value)} W × PUE {k.PATTERSON_GPT3_PUE.value:g} × "
          f"{fmt_count(k.PATTERSON_GPT3_GRID.value)} gCO2e/kWh = "
          f"{fmt_quantity(gpt3.value, 'tCO2e', 3)} (Patterson et al.'s inputs at the V100's "
          "rated power; their grid is the U.S. average, as Microsoft's was not published)"),
         (f"on one grid OPT used {fmt_percent(one_grid)} of GPT-3's energy: the paper's "
          f"{fmt_percent(k.OPT_SHARE_OF_GPT3.value)} rests on its data centre's cleaner grid"),
         (f"the paper's own {fmt_count(k.OPT_TCO2E.value)} tonnes come with no energy or grid, "
          f"and it sets them against GPT-3's {fmt_count(k.OPT_GPT3_TCO2E.value)}, Patterson et "
          "al.'s figure at measured power with the host's share: a second basis, so we do not "
          "divide the two")),
        (k.META_OPT_GPU_HOURS, k.A100_TDP_WATTS, k.META_PUE, k.META_OPT_GRID,
         k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS, k.V100_TDP_WATTS, k.PATTERSON_GPT3_PUE,
         k.PATTERSON_GPT3_GRID),
        context=(k.OPT_TCO2E, k.OPT_GPT3_TCO2E, k.META_OPT_TCO2E, k.OPT_TOTAL_MULTIPLE),
        stand_ins=(StandIn("GPT-3's grid (the U.S. average Patterson et al. used; Microsoft's "
                           "was not published)", "assumption"),),
        caveat=(
            "Final runs only, and ideal ones: Meta's GPU-hours for OPT count continuous training, "
            "without its restarts. The abstract "
            "says \"to develop\", but the paper, like this check, compares the final runs; its "
            "own footnote puts OPT's total with ablations, baselines and downtime at about "
            f"{fmt_multiple(k.OPT_TOTAL_MULTIPLE.value)} its figure, and GPT-3's development "
            "total was never published, so what each took to develop cannot be compared."
        ),
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


#: Meta's PUE and grid (the LLaMA paper's method): published for LLaMA, OPT and BLOOM, not stated
#: on the Llama 2, Llama 3.1 or Llama 4 cards.
_META_METHOD = StandIn(
    "Meta's PUE and grid (the LLaMA paper's stated method; not stated for this run)", "other run")


def _meta_tco2e(gpu_hours: float, watts: float) -> float:
    """GPU-hours × TDP × Meta's PUE × Meta's US-average grid (Touvron et al. 2023, §6)."""
    return emissions_tco2e(energy_mwh(1, gpu_hours, watts, k.META_PUE.value), k.META_GRID.value)


def _meta_steps(gpu_hours: float, watts: float) -> str:
    return (f"{fmt_count(gpu_hours)} GPU-hours × {fmt_count(watts)} W (TDP) × PUE "
            f"{k.META_PUE.value:g} × {fmt_count(k.META_GRID.value)} gCO2e/kWh")


def _llama2_tco2e() -> Finding:
    t = _meta_tco2e(k.LLAMA2_70B_GPU_HOURS.value, k.LLAMA2_70B_WATTS.value)
    return Finding(
        t, t, fmt_quantity(t, "tCO2e", 5),
        ((f"Meta's method from the LLaMA paper: "
          f"{_meta_steps(k.LLAMA2_70B_GPU_HOURS.value, k.LLAMA2_70B_WATTS.value)} (the US "
          "average) = " + fmt_quantity(t, "tCO2e", 5)),
         (f"the Llama 2 paper's text calls the {fmt_count(k.LLAMA2_70B_WATTS.value)} W the "
          "GPU's TDP, without host or cooling, while its table's caption and the card call it "
          "adjusted for PUE; the tonnes need Meta's PUE of "
          f"{k.META_PUE.value:g} on top, so we take it as the TDP")),
        (k.LLAMA2_70B_GPU_HOURS, k.LLAMA2_70B_WATTS, k.META_PUE, k.META_GRID),
        context=(k.LLAMA2_70B_TCO2E,),
        stand_ins=(_META_METHOD,),
    )


def _gpu_hours_sum(parts: tuple[k.Constant, ...], names: str) -> Callable[[], Finding]:
    """A model card's total GPU-hours as the sum of its rows: an arithmetic check (clause K)."""
    def finding() -> Finding:
        total = sum(c.value for c in parts)
        return Finding(
            total, total, fmt_quantity(total, "GPU-hours", 4),
            (" + ".join(fmt_count(c.value, 4) for c in parts) + f" ({names} rows)",),
            parts, arithmetic=True,
        )

    return finding


def _meta_card_tco2e(hours: tuple[k.Constant, ...], rows: tuple[k.Constant, ...],
                     watts: k.Constant) -> Callable[[], Finding]:
    """A Meta card's location-based tonnes, recomputed by Meta's method of the LLaMA paper on
    each row's GPU-hours at the card's ``watts`` (the TDP): the card names no grid, location or
    PUE value."""
    def finding() -> Finding:
        t = sum(_meta_tco2e(h.value, watts.value) for h in hours)
        mwh = energy_mwh(1, sum(h.value for h in hours), watts.value)
        implied = grid_gco2e_per_kwh_for(sum(c.value for c in rows), mwh)
        no_pue = emissions_tco2e(mwh, k.META_GRID.value)
        return Finding(
            t, t, fmt_quantity(t, "tCO2e", 4),
            ((f"Meta's method from the LLaMA paper on each row: the card's GPU-hours × "
              f"{fmt_count(watts.value)} W (TDP) × PUE {k.META_PUE.value:g} × "
              f"{fmt_count(k.META_GRID.value)} gCO2e/kWh (the US average); the card names no "
              "grid, location or PUE value, and points to another paper for its method"),
             ("the card's own rows, " + " + ".join(fmt_count(c.value) for c in rows) + ", add "
              f"up to {fmt_count(sum(c.value for c in rows))} tonnes: "
              f"{fmt_count(implied)} gCO2e per kWh of its GPU-hours at the TDP, where Meta's "
              f"LLaMA-paper method gives {fmt_count(k.META_GRID.value * k.META_PUE.value)}"),
             ("the card calls its power \"adjusted for power usage efficiency\": read so, "
              f"with no PUE on top, the method gives {fmt_quantity(no_pue, 'tCO2e', 4)}")),
            (*hours, watts, k.META_PUE, k.META_GRID),
            context=rows,
            stand_ins=(_META_METHOD,),
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
        arithmetic=True,
        caveat="As the report says, it covers the final training only, "
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
          _gpu_hours_sum((k.LLAMA31_8B_GPU_HOURS, k.LLAMA31_70B_GPU_HOURS,
                          k.LLAMA31_405B_GPU_HOURS), "8B, 70B and 405B"), "llama31"),
    Claim("llama31_tco2e", "energy",
          f"Llama 3.1: {fmt_quantity(k.LLAMA31_TCO2E.value, 'tCO2e', 5)}, location-based",
          k.LLAMA31_TCO2E.quote, k.LLAMA31_TCO2E.value,
          fmt_quantity(k.LLAMA31_TCO2E.value, "tCO2e", 5),
          _meta_card_tco2e((k.LLAMA31_8B_GPU_HOURS, k.LLAMA31_70B_GPU_HOURS,
                            k.LLAMA31_405B_GPU_HOURS),
                           (k.LLAMA31_8B_TCO2E, k.LLAMA31_70B_TCO2E, k.LLAMA31_405B_TCO2E),
                           k.H100_TDP_WATTS),
          "llama31"),
    Claim("dsv3_cost", "cost", f"DeepSeek-V3: {fmt_usd(k.DSV3_COST_USD.value, 4)} to train",
          k.DSV3_COST_USD.quote, k.DSV3_COST_USD.value, fmt_usd(k.DSV3_COST_USD.value, 4),
          _dsv3_cost, "deepseek2024"),
    Claim("llama4_gpu_hours", "compute",
          f"Llama 4: {fmt_count(k.LLAMA4_GPU_HOURS.value)} H100-hours in all",
          k.LLAMA4_GPU_HOURS.quote, k.LLAMA4_GPU_HOURS.value,
          fmt_quantity(k.LLAMA4_GPU_HOURS.value, "GPU-hours"),
          _gpu_hours_sum((k.LLAMA4_SCOUT_GPU_HOURS, k.LLAMA4_MAVERICK_GPU_HOURS),
                         "Scout and Maverick"), "llama4"),
    Claim("llama4_tco2e", "energy",
          f"Llama 4: {fmt_quantity(k.LLAMA4_TCO2E.value, 'tCO2e', 4)}, location-based",
          k.LLAMA4_TCO2E.quote, k.LLAMA4_TCO2E.value,
          fmt_quantity(k.LLAMA4_TCO2E.value, "tCO2e", 4),
          _meta_card_tco2e((k.LLAMA4_SCOUT_GPU_HOURS, k.LLAMA4_MAVERICK_GPU_HOURS),
                           (k.LLAMA4_SCOUT_TCO2E, k.LLAMA4_MAVERICK_TCO2E), k.LLAMA4_WATTS),
          "llama4"),
)


def evaluate_run_claims() -> list[ClaimResult]:
    """Every run's own claim, judged by the same rule as the article's (:data:`ledger.RULE`)."""
    return [evaluate_claim(c) for c in RUN_CLAIMS]


#: GPT-3 and M6-10T at AWS's on-demand V100 price (the GPU type third-party notes give for M6-10T):
#: one price of one GPU type, so the two compare.
GPT3_COST_SAME_BASIS: Final = RUNS["gpt3"].cost
M6_COST_SAME_BASIS: Final = Figure(
    cloud_cost_usd(q.M6_10T_GPU_HOURS, USD_PER_GPU_HOUR["V100"].value), "USD", PRICE_BASIS["V100"]
)
