"""The claims ledger: each quantitative claim of the article, recomputed and judged.

A verdict is never typed in. :func:`judge` derives it from the article's number, the range we
recompute from published inputs, and three facts about that recomputation: whether the
article's comparison is like for like, whether a later primary source corrects the figure it
relies on, and whether any input we need was never published.

Verdicts: ``accurate`` (within 0.5%), ``rounded`` (within 15%), ``misleading`` (the number
matches but the comparison is not like for like, or it rests on a corrected figure),
``unsupported`` (it cannot be recomputed from published inputs, or only secondary sources
contradict it) and ``wrong`` (primary sources put it more than 15% away).

>>> r = evaluate("m6_10t_energy")
>>> r.verdict, r.our_text
('wrong', '3.2–4.2% of GPT-3')
>>> evaluate("megatron_34_days").verdict
'accurate'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from . import constants as k
from .formatting import fmt_count, fmt_multiple, fmt_percent, fmt_quantity, fmt_range, fmt_usd
from .formulas import (
    cloud_cost_usd,
    energy_mwh,
    flops_from_gpu_hours,
    gpu_hours,
    gpu_years,
    ratio,
    total_with_rd_usd,
    training_days,
    training_flops,
    usd_per_gpu_hour,
    watts_per_gpu_for_energy,
)
from .moe import m6_10t
from .units import HOURS_PER_DAY

__all__ = ["CLAIMS", "Claim", "ClaimResult", "Finding", "evaluate", "evaluate_all", "judge"]

Verdict = Literal["accurate", "rounded", "misleading", "unsupported", "wrong"]
VERDICTS: tuple[Verdict, ...] = ("accurate", "rounded", "misleading", "unsupported", "wrong")
ACCURATE_TOLERANCE = 0.005  # relative: a difference that rounding the source's figure explains
ROUNDED_TOLERANCE = 0.15  # relative: the most a fair rounding ("5x" for 5.7x) moves a figure


@dataclass(frozen=True)
class Finding:
    """What we recompute for a claim: a range, how, from what, and its caveats."""

    low: float
    high: float
    text: str
    assumptions: tuple[str, ...]
    constants: tuple[str, ...]
    kind: Literal["equal", "at_least", "range"] = "equal"
    article_high: float | None = None  # for kind="range": the article's upper end
    comparable: bool = True
    comparability_note: str = ""
    corrected: tuple[float, float] | None = None
    correction_note: str = ""
    missing: tuple[str, ...] = ()

    @property
    def levels(self) -> set[str]:
        """Verification levels of the constants used."""
        return {k.CONSTANTS[c].level for c in self.constants}


@dataclass(frozen=True)
class Claim:
    """One quantitative claim of the article."""

    id: str
    topic: Literal["size", "compute", "cost", "energy"]
    title: str
    quote: str
    article_value: float
    article_text: str
    recompute: Callable[[], Finding]


@dataclass(frozen=True)
class ClaimResult:
    """A claim with our number and the verdict derived from it."""

    id: str
    topic: str
    title: str
    quote: str
    article_text: str
    our_text: str
    verdict: Verdict
    reason: str
    assumptions: tuple[str, ...]
    constants: tuple[str, ...]
    sources: tuple[str, ...] = field(default=())


def _distance(value: float, low: float, high: float) -> float:
    """Relative distance of ``value`` from the range [low, high] (0 inside it)."""
    if value < low:
        return (low - value) / low
    if value > high:
        return (value - high) / high
    return 0.0


def judge(article_value: float, finding: Finding) -> tuple[Verdict, str]:
    """Derive a verdict and a one-sentence reason from the numbers and their sources.

    >>> f = Finding(33.9, 33.9, "33.9 days", (), ("NARAYANAN_GPT3_DAYS",))
    >>> judge(34, f)[0]
    'accurate'
    >>> judge(30, f)[0]
    'rounded'
    >>> judge(10, f)[0]
    'wrong'
    >>> judge(34, Finding(1, 1, "", (), (), missing=("M6-10T's energy",)))[0]
    'unsupported'
    """
    if finding.missing:
        return "unsupported", "Cannot be recomputed: " + "; ".join(finding.missing) + "."
    if finding.kind == "at_least":
        gap = max(0.0, (article_value - finding.high) / finding.high)
    elif finding.kind == "range":
        top = finding.article_high if finding.article_high is not None else article_value
        gap = max(
            abs(article_value - finding.low) / finding.low, abs(top - finding.high) / finding.high
        )
    else:
        gap = _distance(article_value, finding.low, finding.high)
    if gap <= ACCURATE_TOLERANCE:
        verdict: Verdict = "accurate"
        reason = "Matches our recomputation."
    elif gap <= ROUNDED_TOLERANCE:
        verdict, reason = "rounded", f"Within {fmt_percent(gap)} of our recomputation."
    else:
        verdict, reason = "wrong", f"{fmt_percent(gap)} away from our recomputation."
    if not finding.comparable:
        return "misleading", f"{reason} But {finding.comparability_note}"
    if finding.corrected is not None and verdict != "wrong":
        lo, hi = finding.corrected
        if _distance(article_value, lo, hi) > ROUNDED_TOLERANCE:
            return "misleading", f"{reason} But {finding.correction_note}"
    if verdict == "wrong" and "S" in finding.levels:
        return "unsupported", (
            f"{reason} Our figure rests on secondary sources only, so we cannot call it wrong."
        )
    return verdict, reason


# ---------------------------------------------------------------- shared quantities
_CAR_T = k.STRUBELL_CAR_LIFETIME_TCO2E.value
_M6_HOURS = k.M610T_DAYS.value * HOURS_PER_DAY
_M6_GPU_HOURS = gpu_hours(k.M610T_GPUS.value, k.M610T_DAYS.value)
_GPT3_GPU_HOURS_PATTERSON = gpu_hours(k.PATTERSON_GPT3_GPUS.value, k.PATTERSON_GPT3_DAYS.value)
#: Lambda's GPT-3 V100-hours: one GPU for 355.6 years (3.14e23 FLOPs at 28 TFLOP/s)
_GPT3_GPU_HOURS_LAMBDA = gpu_hours(
    1, training_days(k.GPT3_FLOPS.value, 1, k.LAMBDA_V100_FLOPS.value)
)
LAMBDA_GPU_YEARS = gpu_years(k.GPT3_FLOPS.value, k.LAMBDA_V100_FLOPS.value)
_SPARSE_NOTE = (
    "M6 is a sparse mixture-of-experts model and GPT-3 is dense: total parameter counts do not "
    "measure compute, and M6-10T uses about {active} parameters per token (third-party "
    "architecture notes) against GPT-3's 175 billion."
)


def m6_10t_energy_mwh(watts_per_gpu: float) -> float:
    """M6-10T's facility energy at ``watts_per_gpu``, with GPT-3's PUE (Patterson's 1.10).

    >>> round(m6_10t_energy_mwh(300), 1)
    40.6
    """
    return energy_mwh(
        k.M610T_GPUS.value, _M6_HOURS, watts_per_gpu, k.PATTERSON_GPT3_PUE.value
    )


def _m6_1t_size() -> Finding:
    x = ratio(k.M6T_PARAMS.value, k.GPT3_PARAMS.value)
    return Finding(
        x, x, fmt_multiple(x),
        ("parameter counts as published: over 1 trillion against 175 billion",),
        ("M6T_PARAMS", "GPT3_PARAMS"),
        comparable=False,
        comparability_note="M6-T is a sparse mixture-of-experts model and GPT-3 is dense, so "
        "the count does not compare compute; M6-T's active parameters per token are not in its "
        "abstract.",
    )


def _m6_1t_efficiency() -> Finding:
    fewer = 1 - ratio(k.M6T_GPUS.value, k.DAMO_BASELINE_GPUS.value)
    return Finding(
        fewer, fewer, f"{fmt_percent(fewer)} fewer GPUs (480 V100s against 3,072 A100s)",
        (("Alibaba's own baseline was NVIDIA's 1-trillion model on 3,072 A100s and Google's "
         "1.6-trillion model on 2,048 TPU cores, not \"100-million language models\""),),
        ("M6T_GPUS", "DAMO_BASELINE_GPUS", "DAMO_1T_ENERGY_CUT", "DAMO_1T_EFFICIENCY"),
        missing=(("neither M6-T's energy nor its training time was published, so neither the "
                 "80% nor the 11× can be recomputed; 480 of 3,072 GPUs is a count, not energy"),),
    )


def _m6_10t_size() -> Finding:
    x = ratio(k.M610T_PARAMS.value, k.GPT3_PARAMS.value)
    active = fmt_count(m6_10t().active)
    return Finding(
        x, x, fmt_multiple(x),
        ("parameter counts as published: 10 trillion against 175 billion",),
        ("M610T_PARAMS", "GPT3_PARAMS", "M610T_EXPERTS", "M610T_PROTOTYPES"),
        comparable=False, comparability_note=_SPARSE_NOTE.format(active=active),
    )


def _m6_10t_energy() -> Finding:
    gpt3 = k.PATTERSON_GPT3_MWH.value
    lo = ratio(m6_10t_energy_mwh(k.V100_TDP_WATTS.value), gpt3)
    hi = ratio(m6_10t_energy_mwh(k.A100_TDP_WATTS.value), gpt3)
    need = watts_per_gpu_for_energy(
        k.ARTICLE_ENERGY_SHARE.value * gpt3, k.M610T_GPUS.value, _M6_HOURS,
        k.PATTERSON_GPT3_PUE.value,
    )
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_percent) + " of GPT-3",
        (
            "512 GPUs for 10 days (Lin et al. 2021)",
            "300 W (V100 TDP) to 400 W (A100 TDP) per GPU: nobody measured M6-10T's power",
            "PUE 1.10, as Patterson et al. give for GPT-3",
            f"GPT-3: {fmt_quantity(gpt3, 'MWh')} (Patterson et al. 2021)",
            f"1% would need {fmt_quantity(need, 'W', 2)} per GPU, far below either chip's TDP",
            ("Alibaba's Chinese statement compares with GPT-3 \"at the same parameter scale\" "
            "(同等参数规模), a hypothetical 10-trillion dense model; the article drops that"),
        ),
        ("M610T_GPUS", "M610T_DAYS", "V100_TDP_WATTS", "A100_TDP_WATTS", "PATTERSON_GPT3_PUE",
         "PATTERSON_GPT3_MWH", "ARTICLE_ENERGY_SHARE", "DAMO_ENERGY_SHARE"),
    )


def _m6_10t_hardware() -> Finding:
    h = _M6_GPU_HOURS
    return Finding(
        h, h, fmt_count(h) + " GPU-hours (512 GPUs × 10 days)",
        ("Lin et al. 2021: \"on solely 512 GPUs within 10 days\"; the GPU type is not given",),
        ("M610T_GPUS", "M610T_DAYS"),
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
        ("STRUBELL_NAS_LBS", "STRUBELL_CAR_LIFETIME_LBS", "PATTERSON_NAS_ACTUAL_TCO2E",
         "STRUBELL_TRANSFORMER_BIG_LBS"),
        corrected=(actual, actual),
        correction_note=(
            f"Patterson et al. 2021 found the real search emitted "
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
            (f"Lambda: 3.14 × 10²³ FLOPs at 28 TFLOP/s = "
            f"{fmt_count(_GPT3_GPU_HOURS_LAMBDA)} V100-hours"),
            (f"Patterson: 10,000 V100s × 14.8 days = {fmt_count(_GPT3_GPU_HOURS_PATTERSON)} "
            "V100-hours"),
            "$1.50 per V100-hour (Lambda's 3-year reserved price, as Dickson reports it)",
        ),
        ("GPT3_FLOPS", "LAMBDA_V100_FLOPS", "LAMBDA_USD_PER_GPU_HOUR", "PATTERSON_GPT3_GPUS",
         "PATTERSON_GPT3_DAYS", "LAMBDA_COST_USD"),
        kind="at_least",
    )


def _gpt3_rd() -> Finding:
    base = k.LAMBDA_COST_USD.value
    lo = total_with_rd_usd(base, k.DICKSON_RD_LOW_MULTIPLE.value)
    hi = total_with_rd_usd(base, k.DICKSON_RD_HIGH_MULTIPLE.value)
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_usd),
        (("Dickson 2020: R&D costs 1.5 to 5 times the final run on top of Lambda's $4.6 million, "
         "an estimate by an unnamed expert"),),
        ("LAMBDA_COST_USD", "DICKSON_RD_LOW_MULTIPLE", "DICKSON_RD_HIGH_MULTIPLE"),
        kind="range", article_high=k.ARTICLE_RD_HIGH_USD.value,
    )


def _megatron() -> Finding:
    flops = training_flops(
        k.GPT3_PARAMS.value, k.GPT3_TOKENS.value, k.NARAYANAN_FLOPS_PER_PARAM_TOKEN.value
    )
    d = training_days(flops, k.NARAYANAN_GPT3_GPUS.value, k.NARAYANAN_GPT3_FLOPS_PER_GPU.value)
    return Finding(
        d, d, fmt_quantity(d, "days"),
        ("8 × 175 billion parameters × 300 billion tokens ÷ (1,024 A100s × 140 TFLOP/s)",
         "an estimate by Narayanan et al., not a training run that happened"),
        ("GPT3_PARAMS", "GPT3_TOKENS", "NARAYANAN_FLOPS_PER_PARAM_TOKEN", "NARAYANAN_GPT3_GPUS",
         "NARAYANAN_GPT3_FLOPS_PER_GPU", "NARAYANAN_GPT3_DAYS"),
    )


def _m6_cost_arithmetic() -> Finding:
    price = usd_per_gpu_hour(
        k.ARTICLE_USD_PER_INSTANCE_HOUR.value, k.ARTICLE_GPUS_PER_INSTANCE.value
    )
    c = cloud_cost_usd(gpu_hours(k.ARTICLE_GPUS.value, k.ARTICLE_DAYS.value), price)
    return Finding(
        c, c, fmt_usd(c),
        ("64 instances × 8 GPUs = 512 GPUs, × 240 hours × $20 per instance-hour",),
        ("ARTICLE_GPUS", "ARTICLE_DAYS", "ARTICLE_USD_PER_INSTANCE_HOUR",
         "ARTICLE_GPUS_PER_INSTANCE"),
    )


def _a100_price() -> Finding:
    p = k.AWS_P4D_USD_PER_HOUR.value
    return Finding(
        p, p, fmt_usd(p) + " per hour on demand (p4d.24xlarge)",
        ("AWS's on-demand price for 8 A100s in us-east-1, seen only in 2024 copies",
         "cheaper reserved or spot prices exist but no dated 2021 figure was found"),
        ("AWS_P4D_USD_PER_HOUR",),
    )


def _m6_vs_gpt3_cost() -> Finding:
    lo = ratio(_M6_GPU_HOURS, _GPT3_GPU_HOURS_PATTERSON)
    hi = ratio(_M6_GPU_HOURS, _GPT3_GPU_HOURS_LAMBDA)
    return Finding(
        lo, hi, fmt_range(lo, hi, fmt_percent) + " of GPT-3's GPU-hours",
        (
            f"M6-10T: {fmt_count(_M6_GPU_HOURS)} GPU-hours",
            (f"GPT-3: {fmt_count(_GPT3_GPU_HOURS_LAMBDA)} (Lambda) to "
            f"{fmt_count(_GPT3_GPU_HOURS_PATTERSON)} (Patterson) V100-hours"),
            "at one price per GPU-hour, cost scales with GPU-hours",
        ),
        ("M610T_GPUS", "M610T_DAYS", "PATTERSON_GPT3_GPUS", "PATTERSON_GPT3_DAYS",
         "GPT3_FLOPS", "LAMBDA_V100_FLOPS", "ARTICLE_M6_COST_USD", "ARTICLE_GPT3_COST_USD"),
        comparable=False,
        comparability_note=(
            "the article sets a guessed on-demand A100 price for M6 against Lambda's 3-year "
            "reserved V100 price for GPT-3; at one price per GPU-hour M6-10T costs "
            f"{fmt_range(lo, hi, fmt_percent)} of GPT-3, and it did far less computation."
        ),
    )


CLAIMS: tuple[Claim, ...] = (
    Claim("m6_1t_size", "size", "M6 at 1 trillion parameters is 5× GPT-3",
          k.ARTICLE_1T_MULTIPLE.quote, k.ARTICLE_1T_MULTIPLE.value, "5×", _m6_1t_size),
    Claim("m6_1t_efficiency", "energy", "80% less energy and 11× efficiency (M6, 1T)",
          k.ARTICLE_ENERGY_CUT.quote, k.ARTICLE_ENERGY_CUT.value, "80% less energy, 11×",
          _m6_1t_efficiency),
    Claim("m6_10t_size", "size", "M6-10T is 50× GPT-3's size",
          k.ARTICLE_10T_MULTIPLE.quote, k.ARTICLE_10T_MULTIPLE.value, "50×", _m6_10t_size),
    Claim("m6_10t_energy", "energy", "M6-10T used 1% of GPT-3's training energy",
          k.ARTICLE_ENERGY_SHARE.quote, k.ARTICLE_ENERGY_SHARE.value, "1% of GPT-3",
          _m6_10t_energy),
    Claim("m6_10t_hardware", "compute", "512 GPUs for 10 days",
          k.ARTICLE_GPUS.quote,
          gpu_hours(k.ARTICLE_GPUS.value, k.ARTICLE_DAYS.value),
          "512 GPUs × 10 days", _m6_10t_hardware),
    Claim("car_lifetimes", "energy", "A large model emits 5× a car's lifetime",
          k.ARTICLE_CAR_MULTIPLE.quote, k.ARTICLE_CAR_MULTIPLE.value, "5×", _car),
    Claim("gpt3_cost", "cost", "GPT-3 cost at least $4.6 million to train",
          k.ARTICLE_GPT3_COST_USD.quote, k.ARTICLE_GPT3_COST_USD.value, "≥ $4.6 million",
          _gpt3_cost),
    Claim("gpt3_rd", "cost", "R&D puts GPT-3 at $10–30 million",
          k.ARTICLE_RD_LOW_USD.quote, k.ARTICLE_RD_LOW_USD.value, "$10–30 million", _gpt3_rd),
    Claim("megatron_34_days", "compute", "GPT-3 on 1,024 A100s takes 34 days",
          k.ARTICLE_MEGATRON_DAYS.quote, k.ARTICLE_MEGATRON_DAYS.value, "34 days", _megatron),
    Claim("m6_cost_arithmetic", "cost", "M6-10T cost $307,200",
          k.ARTICLE_M6_COST_USD.quote, k.ARTICLE_M6_COST_USD.value, "$307,200",
          _m6_cost_arithmetic),
    Claim("a100_price", "cost", "An 8×A100 instance costs about $20 per hour",
          k.ARTICLE_USD_PER_INSTANCE_HOUR.quote, k.ARTICLE_USD_PER_INSTANCE_HOUR.value,
          "$20 per hour", _a100_price),
    Claim("m6_vs_gpt3_cost", "cost", "M6-10T cost a fraction of GPT-3 ($307,200 vs $4.6 million)",
          k.ARTICLE_M6_COST_USD.quote,
          ratio(k.ARTICLE_M6_COST_USD.value, k.ARTICLE_GPT3_COST_USD.value),
          fmt_percent(ratio(k.ARTICLE_M6_COST_USD.value, k.ARTICLE_GPT3_COST_USD.value))
          + " of GPT-3", _m6_vs_gpt3_cost),
)

_BY_ID = {c.id: c for c in CLAIMS}


def evaluate(claim_id: str) -> ClaimResult:
    """Recompute one claim and judge it."""
    claim = _BY_ID[claim_id]
    finding = claim.recompute()
    verdict, reason = judge(claim.article_value, finding)
    sources = tuple(dict.fromkeys(k.CONSTANTS[c].source_key for c in finding.constants))
    return ClaimResult(
        claim.id, claim.topic, claim.title, claim.quote, claim.article_text, finding.text,
        verdict, reason, finding.assumptions, finding.constants, sources,
    )


def evaluate_all() -> list[ClaimResult]:
    """Every claim, in the article's order, recomputed and judged."""
    return [evaluate(c.id) for c in CLAIMS]


def m6_10t_max_flops(peak_flops_per_gpu: float) -> float:
    """Upper bound on M6-10T's training compute: 512 GPUs × 10 days at 100% of peak.

    >>> f"{m6_10t_max_flops(125e12):.3g}"
    '5.53e+22'
    """
    return flops_from_gpu_hours(_M6_GPU_HOURS, peak_flops_per_gpu)

