"""The later runs' own published claims, judged by the same verdict rule as the article's.

>>> {r.id: r.verdict for r in evaluate_run_claims()}["dsv3_cost"]
'accurate'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from . import constants as k
from . import quantities as q
from .basis import Emissions, Energy, Figure, ratio_of
from .formatting import (
    fmt_count,
    fmt_multiple,
    fmt_percent,
    fmt_price,
    fmt_quantity,
    fmt_usd,
)
from .formulas import (
    cloud_cost_usd,
    emissions_tco2e,
    energy_mwh,
    gpu_hours,
    grid_gco2e_per_kwh_for,
    ratio,
)
from .ledger import Claim, ClaimResult, Finding, StandIn, evaluate_claim
from .runs import RUNS, USD_PER_GPU_HOUR

__all__ = ["RUN_CLAIMS", "evaluate_run_claims"]


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


def _c(key: str) -> k.Constant:
    """A run's figure defined in ``data/runs.toml`` (loaded with :mod:`calc.runs`)."""
    return k.CONSTANTS[key]


_MORRISON_13B = (" Ai2's later paper (Morrison et al.) lists a smaller energy for this run beside "
                 "the same tonnes, which that energy does not give on either basis; this "
                 "paper's figures agree with each other.")


def _olmo2_tco2e(run: str) -> Callable[[], Finding]:
    """An OLMo 2 run's tonnes: its measured GPU energy × its PUE × its grid, the paper's own
    formula on its own figures (clause K)."""
    def finding() -> Finding:
        mwh, pue, grid = (_c(f"{run}_{f}") for f in ("ENERGY_MWH", "PUE", "GRID_GCO2E_PER_KWH"))
        t = emissions_tco2e(mwh.value * pue.value, grid.value)
        return Finding(
            t, t, fmt_quantity(t, "tCO2e", 3),
            ((f"{fmt_count(mwh.value)} MWh measured on the GPUs × PUE {pue.value:g} × "
              f"{fmt_count(grid.value)} gCO2e/kWh = {fmt_quantity(t, 'tCO2e', 3)}, the paper's "
              "formula (GPU power × PUE × carbon intensity) on its own table's figures"),),
            (mwh, pue, grid), arithmetic=True,
            caveat="Pre-training of the final model only, GPUs only: the paper leaves out the "
            "hosts, post-training, development and the hardware's manufacture, and calls its "
            "figures lower bounds." + (_MORRISON_13B if run == "OLMO2_13B" else ""),
        )

    return finding


def _olmo3_cost() -> Finding:
    gpus, days, price = _c("OLMO3_32B_GPUS"), _c("OLMO3_32B_DAYS"), _c("OLMO3_32B_USD_PER_GPU_HOUR")
    hours = gpu_hours(gpus.value, days.value)
    cost = cloud_cost_usd(hours, price.value)
    return Finding(
        cost, cost, fmt_usd(cost, 4),
        ((f"{fmt_count(gpus.value)} H100s × {fmt_count(days.value)} days × hours per day = "
          f"{fmt_count(hours)} GPU-hours × ${price.value:g} per GPU-hour, the report's "
          "assumed price"),),
        (gpus, days, price), context=(_c("OLMO3_32B_DEVELOPMENT"),), arithmetic=True,
        caveat="The days are the cluster's time from the start of training to the evaluation of "
        "the finished model, not hours measured in use: they include post-training's sweeps "
        "and reinforcement-learning runs, but not the further reinforcement learning of the "
        "later Think model. They cover the final model only: by Morrison, Smith and Strubell's "
        f"count development took {fmt_percent(_c('OLMO3_32B_DEVELOPMENT').value)} of the "
        "programme's compute.",
    )


def _r1_cost() -> Finding:
    hours, price = _c("DEEPSEEK_R1_GPU_HOURS"), _c("DEEPSEEK_R1_USD_PER_GPU_HOUR")
    cost = cloud_cost_usd(hours.value, price.value)
    return Finding(
        cost, cost, fmt_usd(cost, 3),
        ((f"{fmt_count(hours.value)} H800 GPU-hours × ${price.value:g} per GPU-hour, the "
          "assumed rental price"),),
        (hours, price), context=(k.DSV3_PRETRAIN_GPU_HOURS, k.DSV3_CONTEXT_GPU_HOURS),
        arithmetic=True,
        caveat="All we redo is DeepSeek's own multiplication, on figures read only in "
        "third parties' transcriptions. It covers post-training from DeepSeek-V3-Base only "
        "(R1-Zero's reinforcement learning, building the supervised data, R1's own training): "
        "the base's pre-training and context extension took "
        f"{fmt_count(k.DSV3_PRETRAIN_GPU_HOURS.value + k.DSV3_CONTEXT_GPU_HOURS.value)} "
        "GPU-hours more, and its experiments on other GPUs are not counted.",
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
    Claim("olmo2_7b_tco2e", "energy",
          f"{RUNS['olmo2_7b'].name}: "
          f"{fmt_quantity(_c('OLMO2_7B_LOCATION_BASED_TCO2E').value, 'tCO2e')}",
          _c("OLMO2_7B_LOCATION_BASED_TCO2E").quote,
          _c("OLMO2_7B_LOCATION_BASED_TCO2E").value,
          fmt_quantity(_c("OLMO2_7B_LOCATION_BASED_TCO2E").value, "tCO2e"),
          _olmo2_tco2e("OLMO2_7B"), "olmo2"),
    Claim("olmo2_13b_tco2e", "energy",
          f"{RUNS['olmo2_13b'].name}: "
          f"{fmt_quantity(_c('OLMO2_13B_LOCATION_BASED_TCO2E').value, 'tCO2e')}",
          _c("OLMO2_13B_LOCATION_BASED_TCO2E").quote,
          _c("OLMO2_13B_LOCATION_BASED_TCO2E").value,
          fmt_quantity(_c("OLMO2_13B_LOCATION_BASED_TCO2E").value, "tCO2e"),
          _olmo2_tco2e("OLMO2_13B"), "olmo2"),
    Claim("olmo3_cost", "cost",
          f"{RUNS['olmo3_32b'].name}: {fmt_usd(_c('OLMO3_32B_COST_USD').value, 3)} at "
          f"{fmt_price(_c('OLMO3_32B_USD_PER_GPU_HOUR').value)} an H100-hour",
          _c("OLMO3_32B_COST_USD").quote, _c("OLMO3_32B_COST_USD").value,
          fmt_usd(_c("OLMO3_32B_COST_USD").value, 3), _olmo3_cost, "olmo3"),
    Claim("deepseek_r1_cost", "cost",
          f"{RUNS['deepseek_r1'].name}: {fmt_usd(_c('DEEPSEEK_R1_COST_USD').value, 3)} to "
          "train on top of DeepSeek-V3-Base",
          _c("DEEPSEEK_R1_COST_USD").quote, _c("DEEPSEEK_R1_COST_USD").value,
          fmt_usd(_c("DEEPSEEK_R1_COST_USD").value, 3), _r1_cost, "deepseek_r1"),
)


def evaluate_run_claims() -> list[ClaimResult]:
    """Every run's own claim, judged by the same rule as the article's (:data:`ledger.RULE`)."""
    return [evaluate_claim(c) for c in RUN_CLAIMS]
