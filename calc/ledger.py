"""The claims ledger: each quantitative claim of the article, recomputed and judged.

Each claim's :class:`~calc.rule.Finding` (what we recompute, from which sourced constants, with
what stand-ins) lives here; the verdict rule that judges it lives in :mod:`calc.rule`, the one
rule the later runs' claims (:mod:`calc.runs`) are judged by too.

>>> r = evaluate("m6_10t_energy")
>>> r.verdict, r.our_text
('implausible', '2.8–3.5% of GPT-3')
>>> evaluate("megatron_34_days").verdict
'accurate'
"""

from __future__ import annotations

from typing import Final

from . import constants as k
from . import quantities as q
from .basis import Energy, Figure, ratio_of
from .errors import CalcError
from .formatting import (
    fmt_count,
    fmt_date,
    fmt_multiple,
    fmt_percent,
    fmt_price,
    fmt_quantity,
    fmt_range,
    fmt_tflops,
    fmt_usd,
)
from .formulas import (
    cloud_cost_usd,
    date_of,
    days_between,
    energy_mwh,
    flops_from_gpu_hours,
    hours_from_days,
    months_from_days,
    ratio,
    total_with_rd_usd,
    training_days,
    training_flops,
    watts_per_gpu_for_energy,
)
from .moe import m6_10t
from .rule import (
    RULE,
    Claim,
    ClaimResult,
    Clause,
    Evidence,
    Finding,
    StandIn,
    _times,
    clause_text,
    decide,
    evaluate_claim,
    judge,
)
from .solver import STRETCH
from .units import DAYS_PER_MONTH, DAYS_PER_YEAR, HOURS_PER_DAY

__all__ = [
    "CLAIMS", "RULE", "Claim", "ClaimResult", "Clause", "Evidence", "Finding", "StandIn",
    "clause_text", "decide", "evaluate", "evaluate_all", "evaluate_claim", "finding", "judge",
    "m6_vs_gpt3_bases",
]



# ---------------------------------------------------------------- shared quantities
def _n(c: k.Constant) -> str:
    """A constant's value as a reader sees it (counts in words, no unit)."""
    return fmt_count(c.value, 6)


def _x(c: k.Constant) -> str:
    return fmt_multiple(c.value)


def _usd(c: k.Constant) -> str:
    return fmt_usd(c.value)


def _tf(c: k.Constant) -> str:
    return fmt_tflops(c.value)


def _w(c: k.Constant) -> str:
    return fmt_quantity(c.value, "W")



_CAR_T = k.STRUBELL_CAR_LIFETIME_TCO2E.value
_M6_HOURS = q.M6_10T_HOURS
_M6_GPU_HOURS = q.M6_10T_GPU_HOURS
_GPT3_GPU_HOURS_PATTERSON = q.GPT3_V100_HOURS_PATTERSON
#: Lambda's GPT-3 V100-hours: one GPU for 355.6 years (3.14e23 FLOPs at 28 TFLOP/s)
_GPT3_GPU_HOURS_LAMBDA = q.GPT3_V100_HOURS_LAMBDA
LAMBDA_GPU_YEARS = q.LAMBDA_GPU_YEARS
#: The article's words for the models M6 1T was compared with.
_BASELINE_WORDS = k.ARTICLE_1T_BASELINE_PARAMS.quote.removeprefix("when compared to ")
_SPARSE_NOTE = (
    "The article rounds the ratio down. But M6 is a sparse mixture-of-experts model and GPT-3 is "
    "dense, so the count says little about compute: M6-10T uses about {active} parameters per "
    "token (third-party architecture notes, secondary) against GPT-3's {gpt3}."
)


def m6_10t_energy_mwh(watts_per_gpu: float) -> float:
    """M6-10T's facility energy at ``watts_per_gpu``, with GPT-3's PUE (Patterson's 1.10).

    >>> round(m6_10t_energy_mwh(300), 1)
    40.6
    """
    return energy_mwh(
        k.M610T_GPUS.value, _M6_HOURS, watts_per_gpu, k.PATTERSON_GPT3_PUE.value
    )


#: The basis of the article's 1% (GPT-3's 1,287 MWh): measured power with the host's share, × PUE.
GPT3_ENERGY_BASIS = Energy("measured, with host share", pue=True)
_WATTS = k.ESTIMATES["M610T_WATTS_PER_GPU"]  # measured averages with the host's share


def m6_10t_share_of_gpt3(watts_per_gpu: float) -> float:
    """M6-10T's energy over GPT-3's, both as measured power with the host's share × PUE 1.1.

    ``watts_per_gpu`` must be on that basis (Patterson et al. 2021, Table 4, measure it so).

    >>> f"{m6_10t_share_of_gpt3(208):.4f}"
    '0.0218'
    """
    m6 = Figure(m6_10t_energy_mwh(watts_per_gpu), "MWh", GPT3_ENERGY_BASIS)
    return ratio_of(m6, Figure(k.PATTERSON_GPT3_MWH.value, "MWh", GPT3_ENERGY_BASIS))


#: GPT-3 at its V100s' rated power, with its PUE (Patterson et al.'s GPUs, days and PUE).
GPT3_MWH_AT_TDP_PUE = energy_mwh(
    k.PATTERSON_GPT3_GPUS.value, hours_from_days(k.PATTERSON_GPT3_DAYS.value),
    k.V100_TDP_WATTS.value, k.PATTERSON_GPT3_PUE.value,
)


def m6_10t_share_at_tdp(watts_per_gpu: float) -> float:
    """M6-10T's energy over GPT-3's, both at a chip's rated power × PUE 1.1 (``watts_per_gpu`` a
    TDP; GPT-3's V100s at 300 W).

    >>> f"{m6_10t_share_at_tdp(400):.4f}"
    '0.0461'
    """
    basis = Energy("chip rated power", pue=True)
    return ratio_of(Figure(m6_10t_energy_mwh(watts_per_gpu), "MWh", basis),
                    Figure(GPT3_MWH_AT_TDP_PUE, "MWh", basis))


# ---------------------------------------------------------------- figures the findings cite
# Computed once here, cited by a finding's words and by the pages' sentences alike.

#: The average power per GPU, host share included, that M6-10T would have needed for the
#: article's 1% of GPT-3's energy (its GPUs and days, GPT-3's PUE).
M6_10T_WATTS_FOR_ARTICLE_SHARE: Final = watts_per_gpu_for_energy(
    k.ARTICLE_ENERGY_SHARE.value * k.PATTERSON_GPT3_MWH.value, k.M610T_GPUS.value, _M6_HOURS,
    k.PATTERSON_GPT3_PUE.value,
)
#: The longest run ("within" Lin et al.'s days) that would bring the article's 1% within
#: STRETCH of the lowest average power per GPU Patterson et al. measured.
M6_10T_DAYS_WITHIN_STRETCH: Final = (
    k.M610T_DAYS.value * STRETCH * M6_10T_WATTS_FOR_ARTICLE_SHARE / _WATTS.low.value
)
#: M6-10T's share of GPT-3's energy at the chips' rated power, V100 to A100 (GPT-3 at its
#: V100s' rated power, both × PUE 1.1).
M6_10T_SHARE_AT_TDP: Final = (m6_10t_share_at_tdp(k.V100_TDP_WATTS.value),
                              m6_10t_share_at_tdp(k.A100_TDP_WATTS.value))
#: M6-10T's active parameters per token against GPT-3's (all active).
M6_10T_ACTIVE_VS_GPT3: Final = ratio(m6_10t().active, k.GPT3_PARAMS.value)


def m6_10t_max_flops(peak_flops_per_gpu: float) -> float:
    """Upper bound on M6-10T's training compute: 512 GPUs × 10 days at 100% of peak.

    >>> f"{m6_10t_max_flops(125e12):.3g}"
    '5.53e+22'
    """
    return flops_from_gpu_hours(_M6_GPU_HOURS, peak_flops_per_gpu)


#: The most compute M6-10T's GPU-hours could buy against GPT-3's FLOPs, at V100 and at A100
#: datasheet peaks.
M6_10T_MAX_FLOPS_VS_GPT3: Final = (
    ratio(m6_10t_max_flops(k.V100_PEAK_FLOP_PER_S.value), k.GPT3_FLOPS.value),
    ratio(m6_10t_max_flops(k.A100_PEAK_FLOP_PER_S.value), k.GPT3_FLOPS.value),
)
#: A year's commitment for the article's instances at AWS's one-year rate for p4d (June 2021).
ARTICLE_INSTANCES_YEAR_COMMITMENT_USD: Final = cloud_cost_usd(
    HOURS_PER_DAY * DAYS_PER_YEAR * k.ARTICLE_INSTANCES.value,
    k.AWS_P4D_2021_1YR.value * k.GPUS_PER_AWS_INSTANCE.value,
)


_POWER_STAND_IN = StandIn(
    "M6-10T's average power per GPU with the host's share (the range Patterson et al. list "
    "for GPUs in training)", "assumption")
_PUE_STAND_IN = StandIn("M6-10T's PUE (GPT-3's, from Patterson et al.)", "other run")


def _m6_1t_size() -> Finding:
    x = ratio(k.M6T_PARAMS.value, k.GPT3_PARAMS.value)
    return Finding(
        x, x, fmt_multiple(x),
        (f"parameter counts as published: over {_n(k.M6T_PARAMS)} against {_n(k.GPT3_PARAMS)}",),
        (k.M6T_PARAMS, k.GPT3_PARAMS),
        caveat="The article rounds the ratio down. But M6-T is a sparse mixture-of-experts model "
        "and GPT-3 is dense, so the count says little about compute; M6-T's active parameters "
        "per token are not in its abstract.",
    )


def _m6_1t_efficiency() -> Finding:
    fewer = 1 - ratio(k.M6T_GPUS.value, k.DAMO_BASELINE_GPUS.value)
    return Finding(
        fewer, fewer,
        f"{fmt_percent(fewer)} fewer GPUs ({_n(k.M6T_GPUS)} V100s against "
        f"{_n(k.DAMO_BASELINE_GPUS)} A100s)",
        ((f"Alibaba's own baseline, as the Chinese press reported it, was NVIDIA's "
          f"trillion-parameter configuration on "
         f"{_n(k.DAMO_BASELINE_GPUS)} A100s (a projection by Narayanan et al.) and Google's "
         f"Switch Transformer on TPUs, not \"{_BASELINE_WORDS}\""),),
        (k.M6T_GPUS, k.DAMO_BASELINE_GPUS, k.DAMO_1T_ENERGY_CUT, k.DAMO_1T_EFFICIENCY),
        missing=(("neither M6-T's energy nor its training time was published, so neither "
                  "Alibaba's energy cut nor its efficiency gain can be recomputed; a GPU count is "
                  "not energy"),),
    )


def _m6_1t_baseline() -> Finding:
    low, high = k.GSHARD_PARAMS.value, k.SWITCH_PARAMS.value
    compared_with = k.M6T_BASELINE_TPU_CORES.quote.split("with ", 1)[1]
    return Finding(
        low, high,
        f"{fmt_count(low)} to {fmt_count(high)} parameters (GShard-600B and Switch Transformer, "
        f"the states of the art on {_n(k.M6T_BASELINE_TPU_CORES)} TPU cores)",
        (
            (f"M6-T's abstract compares with \"{compared_with}\" "
             "(Yang et al. 2021): models of hundreds of billions to trillions of parameters, not "
             f"models of {fmt_count(k.ARTICLE_1T_BASELINE_PARAMS.value)} parameters"),
            (f"GShard-600B ({fmt_count(low)} parameters) \"was trained with "
             f"{_n(k.GSHARD_TPU_CORES)} TPU v3 cores\" (Lepikhin et al. 2020); it and Switch "
             f"Transformer ({fmt_count(high)}) each ran on "
             f"{_n(k.PATTERSON_GSHARD_SWITCH_CHIPS)} TPU v3 chips (Patterson et al. 2021, "
             "Table 4)"),
            (f"the Chinese press adds NVIDIA's {fmt_count(k.NARAYANAN_1T_GPUS.value)}-A100 "
             "trillion-parameter projection (secondary for that comparison)"),
        ),
        (k.M6T_BASELINE_TPU_CORES, k.GSHARD_PARAMS, k.SWITCH_PARAMS, k.GSHARD_TPU_CORES,
         k.PATTERSON_GSHARD_SWITCH_CHIPS),
        kind="range", article_high=k.ARTICLE_1T_BASELINE_PARAMS.value,
        context=(k.ARTICLE_ENERGY_CUT, k.DAMO_BASELINE_GPUS, k.NARAYANAN_1T_GPUS),
        caveat=f"The {fmt_percent(k.ARTICLE_ENERGY_CUT.value)} and "
        f"{_x(k.ARTICLE_EFFICIENCY_MULTIPLE)} themselves cannot be checked (see the claim above); "
        "this is what they were measured against.",
    )


def _d(c: k.Constant) -> str:
    return fmt_date(date_of(c.value))


def _one_year() -> Finding:
    years = days_between(k.GPT3_ARXIV_V1.value, k.M610T_ARXIV_V1.value) / DAYS_PER_YEAR
    announced = days_between(k.GPT3_ARXIV_V1.value, k.DAMO_10T_ANNOUNCED.value) / DAYS_PER_YEAR
    return Finding(
        years, years, fmt_quantity(years, "years", 3) + " between the two papers",
        ((f"GPT-3's paper on arXiv from {_d(k.GPT3_ARXIV_V1)} (Brown et al. 2020), M6-10T's from "
          f"{_d(k.M610T_ARXIV_V1)} (Lin et al. 2021)"),
         (f"to Alibaba's announcement of M6-10T ({_d(k.DAMO_10T_ANNOUNCED)}, press reports) it "
          f"is {fmt_quantity(announced, 'years', 3)}"),
         f"a year counted as {fmt_count(DAYS_PER_YEAR)} days"),
        (k.GPT3_ARXIV_V1, k.M610T_ARXIV_V1),
        context=(k.DAMO_10T_ANNOUNCED,),
        caveat="\"Just one year\" reads as a figure of speech, but the article uses it as a "
        "rate of progress, the span in which a model became larger and cheaper to train; the "
        "span was closer to a year and a half.",
    )


def _m6_1t_announced() -> Finding:
    paper = k.M6T_ARXIV_V1
    days = days_between(paper.value, k.DAMO_1T_ANNOUNCED.value)
    return Finding(
        days, days, f"{_d(k.DAMO_1T_ANNOUNCED)} (press reports of the announcement)",
        ((f"the announcement's date is in press reports only ({_d(k.DAMO_1T_ANNOUNCED)}, "
         "Zhidx)"),
         (f"the M6-T paper was public {fmt_count(days)} days earlier, on arXiv from "
         f"{_d(paper)} (Yang et al. 2021)")),
        (k.DAMO_1T_ANNOUNCED, k.M6T_ARXIV_V1),
    )


def _months_1t_to_10t() -> Finding:
    said = months_from_days(days_between(k.DAMO_1T_ANNOUNCED.value, k.DAMO_10T_ANNOUNCED.value))
    posted = months_from_days(days_between(k.M6T_ARXIV_V1.value, k.M610T_ARXIV_V1.value))
    lo, hi = sorted((said, posted))
    return Finding(
        lo, hi, fmt_range(lo, hi, lambda m: fmt_quantity(m, "months", 2)),
        ((f"announcements: {_d(k.DAMO_1T_ANNOUNCED)} to {_d(k.DAMO_10T_ANNOUNCED)} (press "
         f"reports), {fmt_quantity(said, 'months', 2)}"),
         (f"papers: {_d(k.M6T_ARXIV_V1)} to {_d(k.M610T_ARXIV_V1)} on arXiv, "
         f"{fmt_quantity(posted, 'months', 2)}"),
         f"a month counted as {fmt_quantity(DAYS_PER_MONTH, 'days', 4)}"),
        (k.DAMO_1T_ANNOUNCED, k.DAMO_10T_ANNOUNCED, k.M6T_ARXIV_V1, k.M610T_ARXIV_V1),
    )


def _first_10t() -> Finding:
    size = k.M610T_PARAMS.value
    before = max(k.WUDAO_PARAMS.value, k.SWITCH_PARAMS.value)
    first = max(before, size)  # an earlier model at least as large: not first
    return Finding(
        first, first,
        f"{fmt_count(size)} parameters, {_times(size / before)} the largest model published "
        f"before it ({fmt_count(before)})",
        (f"M6-10T: \"{k.M610T_PARAMS.quote}\" (Lin et al. 2021)",
         (f"before it: Wu Dao 2.0 at {fmt_count(k.WUDAO_PARAMS.value)} parameters (June 2021, "
         f"press reports only) and Switch Transformer at {fmt_count(k.SWITCH_PARAMS.value)} "
         "(Patterson et al. 2021, Table 4)")),
        (k.M610T_PARAMS, k.WUDAO_PARAMS, k.SWITCH_PARAMS),
        caveat="\"First\" is a ranking of what was published: no earlier model near ten "
        "trillion parameters is on record, but papers alone cannot prove that none existed.",
    )


def _openai_cluster() -> Finding:
    gpus = k.MSFT_SUPERCOMPUTER_GPUS.value
    return Finding(
        gpus, gpus, f"{_n(k.MSFT_SUPERCOMPUTER_GPUS)} GPUs (Microsoft, as the press reported it)",
        (("Microsoft's announcement, as reported, names no GPU model; the GPT-3 paper says its "
         "models were trained on V100s on part of a Microsoft cluster"),
         (f"Patterson et al. 2021 took NVIDIA's suggestion of {_n(k.PATTERSON_GPT3_GPUS)} V100s "
         "for GPT-3: how many were used was not disclosed, as the article says")),
        (k.MSFT_SUPERCOMPUTER_GPUS,),
        context=(k.PATTERSON_GPT3_GPUS,),
    )


def _mtnlg() -> Finding:
    p = k.MTNLG_PARAMS.value
    return Finding(
        p, p, f"{fmt_count(p)} parameters (Smith et al. 2022)",
        ((f"the figure is in the model's name; NVIDIA and Microsoft announced it on "
          f"{_d(k.MTNLG_ANNOUNCED)}, with its hardware (by secondary accounts), "
          "and its paper (arXiv:2201.11990) came out in January 2022, after the article"),),
        (k.MTNLG_PARAMS,),
        context=(k.MTNLG_ANNOUNCED,),
        caveat="Only the size is judged. \"Very little information\" is not a number: the "
        f"announcement of {_d(k.MTNLG_ANNOUNCED)}, a month before the article, gave the model's "
        "size and, by secondary accounts, its hardware; no training time or energy appears in "
        "the copies we read.",
    )


def _m6_10t_size() -> Finding:
    x = ratio(k.M610T_PARAMS.value, k.GPT3_PARAMS.value)
    active = fmt_count(m6_10t().active)
    return Finding(
        x, x, fmt_multiple(x),
        (f"parameter counts as published: {_n(k.M610T_PARAMS)} against {_n(k.GPT3_PARAMS)}",),
        (k.M610T_PARAMS, k.GPT3_PARAMS),
        context=(k.M610T_EXPERTS, k.M610T_PROTOTYPES),
        caveat=_SPARSE_NOTE.format(active=active, gpt3=_n(k.GPT3_PARAMS)),
    )


def _headline() -> Finding:
    lo = 1 / m6_10t_share_of_gpt3(_WATTS.high.value)
    hi = 1 / m6_10t_share_of_gpt3(_WATTS.low.value)
    active = M6_10T_ACTIVE_VS_GPT3
    return Finding(
        lo, hi, fmt_range(lo, hi, lambda x: fmt_multiple(x, 2)) + " less energy",
        (
            (f"energy as in the {fmt_percent(k.ARTICLE_ENERGY_SHARE.value)} claim: published GPUs "
             "and days, the range of average power per accelerator measured in published "
             "training runs with the host's share (the GPUs Patterson et al. list), GPT-3's "
             "PUE, against Patterson et al.'s estimate for GPT-3 on the same basis"),
            (f"per token M6-10T uses {fmt_multiple(active)} GPT-3's parameters (architecture "
            "from third-party notes, secondary)"),
        ),
        (
            k.M610T_PARAMS, k.GPT3_PARAMS, k.M610T_GPUS, k.M610T_DAYS, _WATTS.low, _WATTS.high,
            k.PATTERSON_GPT3_PUE, k.PATTERSON_GPT3_MWH, k.M610T_EXPERTS, k.M610T_PROTOTYPES,
        ),
        stand_ins=(_POWER_STAND_IN, _PUE_STAND_IN),
        needs=("m6_10t_energy", "watts_per_gpu"),
        comparable=False,
        comparability_note=(
            f"\"{fmt_count(k.ARTICLE_10T_MULTIPLE.value)} times larger\" counts the idle experts "
            "of a sparse model, which per token is "
            f"{fmt_multiple(active)} GPT-3's size (by third-party architecture notes); and the "
            "energy recomputes to "
            f"{fmt_range(lo, hi, lambda x: fmt_multiple(x, 2))} less, not "
            f"{fmt_multiple(k.ARTICLE_HEADLINE_ENERGY_MULTIPLE.value)}, for a run "
            "reported only as reaching \"a usable level\"."
        ),
    )


def _m6_10t_energy() -> Finding:
    gpt3 = k.PATTERSON_GPT3_MWH.value
    lo = m6_10t_share_of_gpt3(_WATTS.low.value)
    hi = m6_10t_share_of_gpt3(_WATTS.high.value)
    need = M6_10T_WATTS_FOR_ARTICLE_SHARE
    at_tdp = M6_10T_SHARE_AT_TDP
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_percent) + " of GPT-3",
        (
            f"{_n(k.M610T_GPUS)} GPUs for {_n(k.M610T_DAYS)} days (Lin et al. 2021)",
            (f"{_w(_WATTS.low)} to {_w(_WATTS.high)} per GPU, host share included: nobody "
             "measured M6-10T's power, so we take the averages per GPU that Patterson et al. "
             "2021 list for training runs on that basis, from P100s to GPT-3's V100s (their "
             f"TPUs averaged less, down to {_w(k.PATTERSON_NAS_WATTS)}, but a GPU runs closer to "
             "its rated power, Patterson et al. note); at the chips' rated power, V100 to A100, "
             f"against GPT-3 at its V100s' rated power, it would be "
             f"{fmt_range(*at_tdp, fmt_percent)}"),
            f"PUE {k.PATTERSON_GPT3_PUE.value:g}, as Patterson et al. give for GPT-3",
            (f"GPT-3: {fmt_count(gpt3)} MWh, Patterson et al.'s estimate on the same basis "
             "(measured power with the host's share, × PUE; not a meter reading)"),
            ("Alibaba's wording (\"同等参数规模\", \"the same parameter scale\", in press "
             "copies) reads literally as an M6 at GPT-3's parameter scale using "
             f"{fmt_percent(k.DAMO_ENERGY_SHARE_PRESS.value)} of GPT-3's energy; it can also be "
             "read as comparing M6-10T with GPT-3's own training, or with a model of M6's "
             "size; no reading comes with a method or a kWh figure"),
        ),
        (
            k.M610T_GPUS, k.M610T_DAYS, _WATTS.low, _WATTS.high, k.PATTERSON_GPT3_PUE,
            k.PATTERSON_GPT3_MWH,
        ),
        context=(k.ARTICLE_ENERGY_SHARE, k.DAMO_ENERGY_SHARE, k.DAMO_ENERGY_SHARE_PRESS,
                 k.PATTERSON_NAS_WATTS, k.V100_TDP_WATTS, k.A100_TDP_WATTS),
        stand_ins=(_POWER_STAND_IN, _PUE_STAND_IN),
        needs=("m6_10t_energy", "watts_per_gpu"),
        caveat=(
            f"An estimate from published inputs and our assumptions, not a measurement: for "
            f"{fmt_percent(k.ARTICLE_ENERGY_SHARE.value)}, each GPU, host share included, would "
            f"have had to draw about {fmt_quantity(need, 'W', 2)} on average, "
            f"{_times(_WATTS.low.value / need)} below the lowest average Patterson et al. "
            f"measured for a GPU in training. Lin et al. say \"within\" "
            f"{_n(k.M610T_DAYS)} days: a shorter run needs more power per GPU for the same "
            "energy, and only a run of about "
            f"{fmt_quantity(M6_10T_DAYS_WITHIN_STRETCH, 'days', 2)} "
            "or less would bring the claim within twice that lowest average."
        ),
    )


def _m6_10t_hardware() -> Finding:
    h = _M6_GPU_HOURS
    return Finding(
        h, h, f"{fmt_count(h)} GPU-hours ({_n(k.M610T_GPUS)} GPUs × {_n(k.M610T_DAYS)} days)",
        (f"Lin et al. 2021: \"{k.M610T_GPUS.quote}\"; the GPU type is not given",),
        (k.M610T_GPUS, k.M610T_DAYS),
    )


def _car() -> Finding:
    nas_t = k.STRUBELL_NAS_TCO2E.value
    x = ratio(nas_t, _CAR_T)
    actual = ratio(k.PATTERSON_NAS_ACTUAL_TCO2E.value, _CAR_T)
    return Finding(
        x, x, f"{fmt_multiple(x, 3)} (Strubell's NAS estimate)",
        (
            (f"Strubell et al.: {fmt_quantity(nas_t, 't', 3)} CO2e for a neural architecture "
            "search (thousands of training runs), not one model's training"),
            f"a car's lifetime: {fmt_quantity(_CAR_T, 't', 3)} CO2e (Strubell et al.)",
            (f"one training run of Transformer (big): "
            f"{fmt_quantity(k.STRUBELL_TRANSFORMER_BIG_TCO2E.value, 't', 2)}"),
        ),
        (
            k.STRUBELL_NAS_LBS, k.STRUBELL_CAR_LIFETIME_LBS, k.PATTERSON_NAS_ACTUAL_TCO2E,
            k.STRUBELL_TRANSFORMER_BIG_LBS,
        ),
        corrected=(actual, actual),
        correction_note=(
            f"Patterson et al. 2021 calculated that the search as actually run emitted "
            f"{fmt_quantity(k.PATTERSON_NAS_ACTUAL_TCO2E.value, 'tCO2e', 2)}, "
            f"{fmt_multiple(actual, 2)} a car's lifetime, and it was a search, not one model's "
            "training."
        ),
    )


def _gpt3_cost() -> Finding:
    price = k.LAMBDA_USD_PER_GPU_HOUR.value
    lo = cloud_cost_usd(_GPT3_GPU_HOURS_LAMBDA, price)
    hi = cloud_cost_usd(_GPT3_GPU_HOURS_PATTERSON, price)
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_usd),
        (
            (f"Lambda: {fmt_quantity(k.GPT3_FLOPS.value, 'FLOPs')} at "
             f"{_tf(k.LAMBDA_V100_FLOP_PER_S)} = "
            f"{fmt_count(_GPT3_GPU_HOURS_LAMBDA)} V100-hours"),
            (f"Patterson: {_n(k.PATTERSON_GPT3_GPUS)} V100s × {_n(k.PATTERSON_GPT3_DAYS)} days = "
             f"{fmt_count(_GPT3_GPU_HOURS_PATTERSON)} V100-hours"),
            (f"{fmt_price(k.LAMBDA_USD_PER_GPU_HOUR.value)} per V100-hour (Lambda's 3-year "
             "reserved price, as Dickson reports it)"),
        ),
        (
            k.GPT3_FLOPS, k.LAMBDA_V100_FLOP_PER_S, k.LAMBDA_USD_PER_GPU_HOUR,
            k.PATTERSON_GPT3_GPUS,
            k.PATTERSON_GPT3_DAYS, k.LAMBDA_COST_USD,
        ),
        kind="at_least",
        caveat="This reproduces Lambda's own estimate; at Patterson et al.'s GPU-hours the same "
        "price gives more, so \"at least\" holds.",
    )


def _gpt3_rd() -> Finding:
    base = k.LAMBDA_COST_USD.value
    lo = total_with_rd_usd(base, k.DICKSON_RD_LOW_MULTIPLE.value)
    hi = total_with_rd_usd(base, k.DICKSON_RD_HIGH_MULTIPLE.value)
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_usd),
        ((f"Dickson 2020, quoting an unnamed expert: R&D costs "
          f"\"{k.DICKSON_RD_LOW_MULTIPLE.quote}\"; his totals add that to Lambda's "
          f"{_usd(k.LAMBDA_COST_USD)}, so we read it as R&D on top of the final run"),),
        (k.LAMBDA_COST_USD, k.DICKSON_RD_LOW_MULTIPLE, k.DICKSON_RD_HIGH_MULTIPLE),
        kind="range", article_high=k.ARTICLE_RD_HIGH_USD.value,
    )


def _megatron() -> Finding:
    flops = training_flops(
        k.GPT3_PARAMS.value, k.GPT3_TOKENS.value, k.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value
    )
    d = training_days(flops, k.NARAYANAN_GPT3_GPUS.value, k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU.value)
    return Finding(
        d, d, fmt_quantity(d, "days"),
        ((f"{_n(k.NARAYANAN_FLOPS_PER_PARAM_TOKEN)} × {_n(k.GPT3_PARAMS)} parameters × "
         f"{_n(k.GPT3_TOKENS)} tokens ÷ ({_n(k.NARAYANAN_GPT3_GPUS)} A100s × "
         f"{_tf(k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU)})"),
         "an estimate by Narayanan et al., not a training run that happened"),
        (
            k.GPT3_PARAMS, k.GPT3_TOKENS, k.NARAYANAN_FLOPS_PER_PARAM_TOKEN, k.NARAYANAN_GPT3_GPUS,
            k.NARAYANAN_GPT3_FLOP_PER_S_PER_GPU, k.NARAYANAN_GPT3_DAYS,
        ),
    )


def _m6_cost_arithmetic() -> Finding:
    price = q.ARTICLE_USD_PER_GPU_HOUR
    c = cloud_cost_usd(q.ARTICLE_GPU_HOURS, price)
    return Finding(
        c, c, fmt_usd(c),
        ((f"{_n(k.ARTICLE_INSTANCES)} instances × {_n(k.ARTICLE_GPUS_PER_INSTANCE)} GPUs = "
         f"{_n(k.ARTICLE_GPUS)} GPUs, × {fmt_count(_M6_HOURS)} hours × "
         f"{_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR)} per instance-hour"),),
        (
            k.ARTICLE_GPUS, k.ARTICLE_DAYS, k.ARTICLE_USD_PER_INSTANCE_HOUR,
            k.ARTICLE_GPUS_PER_INSTANCE,
        ),
        arithmetic=True,
    )


def _a100_price() -> Finding:
    per_gpu = k.GPUS_PER_AWS_INSTANCE.value
    committed = k.AWS_P4D_2021_1YR.value * per_gpu  # Epoch AI's per-GPU rates, to the cent
    on_demand = k.AWS_P4D_USD_PER_HOUR.value  # AWS's listed instance price
    three_years = k.AWS_P4D_2021_3YR.value * per_gpu
    up_front = ARTICLE_INSTANCES_YEAR_COMMITMENT_USD
    return Finding(
        committed, committed,
        fmt_price(committed) + " per hour committed for a year (p4d.24xlarge, June 2021)",
        ((f"AWS's {_n(k.GPUS_PER_AWS_INSTANCE)}-A100 instance in us-east-1 on an archived page "
          f"of June 2021: {fmt_price(on_demand)} an hour on demand, about "
          f"{fmt_price(committed)} committed for one year and {fmt_price(three_years)} for "
          "three (Epoch AI's compilation gives them per GPU to the cent, secondary)"),
         (f"the article names no kind of price; its {_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR)} "
          "matches the one-year committed rate, so we compare it with that rate")),
        (k.AWS_P4D_2021_1YR, k.GPUS_PER_AWS_INSTANCE),
        context=(k.AWS_P4D_2021_ONDEMAND, k.AWS_P4D_2021_3YR, k.AWS_P4D_USD_PER_HOUR),
        caveat=(f"On demand the same hour cost {fmt_price(on_demand)}. And the committed rate is "
                f"a big buyer's: a year's commitment for the article's "
                f"{_n(k.ARTICLE_INSTANCES)} instances is about {fmt_usd(up_front)}, whatever "
                "the run uses of it."),
    )


_ARTICLE_COST_SHARE = ratio(k.ARTICLE_M6_COST_USD.value, k.ARTICLE_GPT3_COST_USD.value)
#: GPT-3 as the article itself pictures it: the 1,024-A100, 34-day run it cites (Narayanan).
_GPT3_A100_HOURS = q.GPT3_A100_HOURS_NARAYANAN


def m6_vs_gpt3_bases() -> tuple[tuple[str, float, float], ...]:
    """M6-10T's GPU-hours over GPT-3's on each like-for-like basis: (basis, M6, GPT-3).

    At one price per GPU-hour of one GPU type, the price cancels and the cost ratio is the
    ratio of GPU-hours (Lin et al. 2021: 512 GPUs × 10 days; GPT-3: Narayanan et al. 2021's
    1,024 A100s × 34 days, Lambda's 355 V100-years, Patterson et al.'s 10,000 V100s × 14.8 days).

    >>> [f"{m6 / g3:.3f}" for _, m6, g3 in m6_vs_gpt3_bases()]
    ['0.147', '0.039', '0.035']
    """
    return (
        ((f"A100s, the article's own assumptions (GPT-3 as Narayanan et al.'s "
          f"{_n(k.NARAYANAN_GPT3_GPUS)}-A100 run)"),
         _M6_GPU_HOURS, _GPT3_A100_HOURS),
        ("V100s, GPT-3's GPU-hours as Lambda counts them", _M6_GPU_HOURS, _GPT3_GPU_HOURS_LAMBDA),
        ("V100s, GPT-3's GPU-hours as Patterson et al. count them", _M6_GPU_HOURS,
         _GPT3_GPU_HOURS_PATTERSON),
    )


def _m6_vs_gpt3_cost() -> Finding:
    shares = [ratio(m6, g3) for _, m6, g3 in m6_vs_gpt3_bases()]
    lo, hi = min(shares), max(shares)
    a100, v100_lambda, v100_patterson = shares
    price = q.ARTICLE_USD_PER_GPU_HOUR
    gpt3_a100_usd = cloud_cost_usd(_GPT3_A100_HOURS, price)
    most = fmt_range(*M6_10T_MAX_FLOPS_VS_GPT3, fmt_percent)
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_percent) + " of GPT-3's, by GPU type",
        (
            (f"on the article's own assumptions (A100s at {fmt_price(price)} per GPU-hour for "
             f"both, GPT-3 as the {_n(k.NARAYANAN_GPT3_GPUS)}-A100, "
             f"{_n(k.NARAYANAN_GPT3_DAYS)}-day run it cites): {fmt_count(_M6_GPU_HOURS)} against "
             f"{fmt_count(_GPT3_A100_HOURS)} A100-hours, {_usd(k.ARTICLE_M6_COST_USD)} against "
             f"{fmt_usd(gpt3_a100_usd)}, {fmt_percent(a100)}"),
            (f"on V100s at any one V100 price (the GPU third-party notes give for M6-10T): "
             f"{fmt_count(_M6_GPU_HOURS)} against {fmt_count(_GPT3_GPU_HOURS_LAMBDA)} (Lambda) "
             f"to {fmt_count(_GPT3_GPU_HOURS_PATTERSON)} (Patterson et al.) V100-hours, "
             f"{fmt_percent(v100_patterson)} to {fmt_percent(v100_lambda)}"),
            "at one price per GPU-hour of one GPU type, cost scales with GPU-hours",
        ),
        (
            k.M610T_GPUS, k.M610T_DAYS, k.NARAYANAN_GPT3_GPUS, k.NARAYANAN_GPT3_DAYS,
            k.PATTERSON_GPT3_GPUS, k.PATTERSON_GPT3_DAYS, k.GPT3_FLOPS, k.LAMBDA_V100_FLOP_PER_S,
            k.ARTICLE_USD_PER_INSTANCE_HOUR, k.ARTICLE_GPUS_PER_INSTANCE,
        ),
        context=(
            k.ARTICLE_M6_COST_USD, k.ARTICLE_GPT3_COST_USD, k.V100_PEAK_FLOP_PER_S,
            k.A100_PEAK_FLOP_PER_S,
        ),
        stand_ins=(StandIn("M6-10T's GPU type (not published; each basis assumes one)",
                           "assumption"),),
        comparable=False,
        comparability_note=(
            f"the article prices M6-10T as A100s at its own guessed rate "
            f"({fmt_price(price)} per GPU-hour) and GPT-3 at Lambda's 3-year reserved V100 rate "
            f"({fmt_price(k.LAMBDA_USD_PER_GPU_HOUR.value)}), two GPU types at two prices. Like "
            f"for like, on its own A100 assumptions M6-10T costs {fmt_percent(a100)} of GPT-3, "
            f"{fmt_multiple(a100 / _ARTICLE_COST_SHARE)} the article's share; on V100s, "
            f"{fmt_percent(v100_patterson)} to "
            f"{fmt_percent(v100_lambda)}. Its figure lands between the two only because it mixes "
            f"them. And the run bought far less computation, at most {most} of GPT-3's FLOPs at "
            "V100 or A100 datasheet peaks, reported only as reaching \"a usable level\"."
        ),
    )


_RD = fmt_range(k.ARTICLE_RD_LOW_USD.value, k.ARTICLE_RD_HIGH_USD.value, fmt_usd)

CLAIMS: tuple[Claim, ...] = (
    Claim("m6_1t_announced", "size",
          f"Alibaba announced the 1-trillion M6 on {_d(k.ARTICLE_1T_ANNOUNCED)}",
          k.ARTICLE_1T_ANNOUNCED.quote,
          days_between(k.M6T_ARXIV_V1.value, k.ARTICLE_1T_ANNOUNCED.value),
          _d(k.ARTICLE_1T_ANNOUNCED), _m6_1t_announced),
    Claim("m6_1t_size", "size", f"M6 at {_n(k.M6T_PARAMS)} parameters is "
          f"{_x(k.ARTICLE_1T_MULTIPLE)} GPT-3",
          k.ARTICLE_1T_MULTIPLE.quote, k.ARTICLE_1T_MULTIPLE.value, _x(k.ARTICLE_1T_MULTIPLE),
          _m6_1t_size),
    Claim("m6_1t_efficiency", "energy",
          f"{fmt_percent(k.ARTICLE_ENERGY_CUT.value)} less energy and "
          f"{_x(k.ARTICLE_EFFICIENCY_MULTIPLE)} efficiency (M6, {_n(k.M6T_PARAMS)})",
          k.ARTICLE_ENERGY_CUT.quote, k.ARTICLE_ENERGY_CUT.value,
          f"{fmt_percent(k.ARTICLE_ENERGY_CUT.value)} less energy, "
          f"{_x(k.ARTICLE_EFFICIENCY_MULTIPLE)}", _m6_1t_efficiency),
    Claim("m6_1t_baseline", "energy",
          f"The {fmt_percent(k.ARTICLE_ENERGY_CUT.value)} and {_x(k.ARTICLE_EFFICIENCY_MULTIPLE)} "
          "are against "
          f"{fmt_count(k.ARTICLE_1T_BASELINE_PARAMS.value)}-parameter models",
          k.ARTICLE_1T_BASELINE_PARAMS.quote, k.ARTICLE_1T_BASELINE_PARAMS.value,
          f"{fmt_count(k.ARTICLE_1T_BASELINE_PARAMS.value)} parameters", _m6_1t_baseline),
    Claim("months_1t_to_10t", "size",
          f"M6-10T came {_n(k.ARTICLE_MONTHS_LATER)} months after the 1-trillion M6",
          k.ARTICLE_MONTHS_LATER.quote, k.ARTICLE_MONTHS_LATER.value,
          fmt_quantity(k.ARTICLE_MONTHS_LATER.value, "months"), _months_1t_to_10t),
    Claim("first_10t", "size",
          f"M6-10T is the first {fmt_count(k.ARTICLE_FIRST_10T_PARAMS.value)}-parameter model",
          k.ARTICLE_FIRST_10T_PARAMS.quote, k.ARTICLE_FIRST_10T_PARAMS.value,
          f"the first at {fmt_count(k.ARTICLE_FIRST_10T_PARAMS.value)} parameters", _first_10t),
    Claim("m6_10t_size", "size", f"M6-10T is {_x(k.ARTICLE_10T_MULTIPLE)} GPT-3's size",
          k.ARTICLE_10T_MULTIPLE.quote, k.ARTICLE_10T_MULTIPLE.value, _x(k.ARTICLE_10T_MULTIPLE),
          _m6_10t_size),
    Claim("one_year_between", "size",
          f"GPT-3 to M6-10T took {_n(k.ARTICLE_YEARS_BETWEEN)} year",
          k.ARTICLE_YEARS_BETWEEN.quote, k.ARTICLE_YEARS_BETWEEN.value,
          fmt_quantity(k.ARTICLE_YEARS_BETWEEN.value, "year"), _one_year),
    Claim("headline_50x_100x", "size",
          f"{_n(k.ARTICLE_10T_MULTIPLE)} times larger, trained at "
          f"{_n(k.ARTICLE_HEADLINE_ENERGY_MULTIPLE)} times less energy",
          k.ARTICLE_HEADLINE_ENERGY_MULTIPLE.quote, k.ARTICLE_HEADLINE_ENERGY_MULTIPLE.value,
          f"{_x(k.ARTICLE_10T_MULTIPLE)} the size, {_x(k.ARTICLE_HEADLINE_ENERGY_MULTIPLE)} less "
          "energy", _headline),
    Claim("m6_10t_energy", "energy",
          f"M6-10T used {fmt_percent(k.ARTICLE_ENERGY_SHARE.value)} of GPT-3's training energy",
          k.ARTICLE_ENERGY_SHARE.quote, k.ARTICLE_ENERGY_SHARE.value,
          f"{fmt_percent(k.ARTICLE_ENERGY_SHARE.value)} of GPT-3", _m6_10t_energy),
    Claim("m6_10t_hardware", "compute",
          f"{_n(k.ARTICLE_GPUS)} GPUs for {_n(k.ARTICLE_DAYS)} days",
          k.ARTICLE_GPUS.quote,
          q.ARTICLE_GPU_HOURS,
          f"{_n(k.ARTICLE_GPUS)} GPUs × {_n(k.ARTICLE_DAYS)} days", _m6_10t_hardware),
    Claim("openai_cluster", "compute",
          f"OpenAI had a {_n(k.ARTICLE_OPENAI_GPUS)}-V100 supercomputer from Microsoft",
          k.ARTICLE_OPENAI_GPUS.quote, k.ARTICLE_OPENAI_GPUS.value,
          f"{_n(k.ARTICLE_OPENAI_GPUS)} V100s", _openai_cluster),
    Claim("car_lifetimes", "energy",
          f"A large model emits {_x(k.ARTICLE_CAR_MULTIPLE)} a car's lifetime",
          k.ARTICLE_CAR_MULTIPLE.quote, k.ARTICLE_CAR_MULTIPLE.value, _x(k.ARTICLE_CAR_MULTIPLE),
          _car),
    Claim("gpt3_cost", "cost", f"GPT-3 cost at least {_usd(k.ARTICLE_GPT3_COST_USD)} to train",
          k.ARTICLE_GPT3_COST_USD.quote, k.ARTICLE_GPT3_COST_USD.value,
          f"≥ {_usd(k.ARTICLE_GPT3_COST_USD)}", _gpt3_cost),
    Claim("gpt3_rd", "cost", f"R&D puts GPT-3 at {_RD}",
          k.ARTICLE_RD_LOW_USD.quote, k.ARTICLE_RD_LOW_USD.value, _RD, _gpt3_rd),
    Claim("megatron_34_days", "compute",
          f"GPT-3 on {_n(k.ARTICLE_MEGATRON_GPUS)} A100s takes {_n(k.ARTICLE_MEGATRON_DAYS)} days",
          k.ARTICLE_MEGATRON_DAYS.quote, k.ARTICLE_MEGATRON_DAYS.value,
          f"{_n(k.ARTICLE_MEGATRON_DAYS)} days", _megatron),
    Claim("m6_cost_arithmetic", "cost",
          f"The article's arithmetic: {_n(k.ARTICLE_INSTANCES)} × "
          f"{_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR)} × {fmt_count(_M6_HOURS)} h = "
          f"{_usd(k.ARTICLE_M6_COST_USD)}",
          k.ARTICLE_M6_COST_USD.quote, k.ARTICLE_M6_COST_USD.value, _usd(k.ARTICLE_M6_COST_USD),
          _m6_cost_arithmetic),
    Claim("a100_price", "cost",
          f"An {_n(k.ARTICLE_GPUS_PER_INSTANCE)}×A100 instance costs about "
          f"{_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR)} per hour",
          k.ARTICLE_USD_PER_INSTANCE_HOUR.quote, k.ARTICLE_USD_PER_INSTANCE_HOUR.value,
          f"{_usd(k.ARTICLE_USD_PER_INSTANCE_HOUR)} per hour", _a100_price),
    Claim("mtnlg_530b", "size",
          f"MT-NLG has {fmt_count(k.ARTICLE_MTNLG_PARAMS.value)} parameters",
          k.ARTICLE_MTNLG_PARAMS.quote, k.ARTICLE_MTNLG_PARAMS.value,
          f"{fmt_count(k.ARTICLE_MTNLG_PARAMS.value)} parameters", _mtnlg),
    Claim("m6_vs_gpt3_cost", "cost",
          f"M6-10T cost a fraction of GPT-3 ({_usd(k.ARTICLE_M6_COST_USD)} vs "
          f"{_usd(k.ARTICLE_GPT3_COST_USD)})",
          k.ARTICLE_M6_COST_USD.quote,
          _ARTICLE_COST_SHARE, fmt_percent(_ARTICLE_COST_SHARE) + " of GPT-3", _m6_vs_gpt3_cost),
)

_BY_ID = {c.id: c for c in CLAIMS}


def _claim(claim_id: str) -> Claim:
    if claim_id not in _BY_ID:
        raise CalcError("claim", claim_id, "one of " + ", ".join(_BY_ID))
    return _BY_ID[claim_id]


def evaluate(claim_id: str) -> ClaimResult:
    """Recompute one claim of the article and judge it."""
    return evaluate_claim(_claim(claim_id))


def finding(claim_id: str) -> Finding:
    """What we recompute for one claim of the article: a sentence elsewhere that cites our
    figure takes it from here (``low`` and ``high``), so it is the figure the verdict rests on.

    >>> f = finding("megatron_34_days")
    >>> round(f.low, 1), f.text
    (33.9, '33.9 days')
    """
    return _claim(claim_id).recompute()


def evaluate_all() -> list[ClaimResult]:
    """Every claim, in the article's order, recomputed and judged."""
    return [evaluate(c.id) for c in CLAIMS]
