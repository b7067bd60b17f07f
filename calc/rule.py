"""The verdict rule and its legend: how a recomputation and its sources decide a verdict.

A verdict is never typed in. :func:`judge` derives it from the claimed number, the range we
recompute from published inputs (a :class:`Finding`), and a few facts about that recomputation
(:class:`Evidence`): how close it is, what it rests on, whether the comparison is like for like,
whether a later primary source corrects it, whether an input was never published, and whether it
is only a check of the publisher's own arithmetic. :data:`RULE` lists the clauses in the order
they are tried; the first that applies decides, and :func:`clause_text` writes each clause's
sentence from the same conditions, so the legend on the pages cannot say one thing and the rule do
another. The article's claims (:mod:`calc.ledger`) and the later runs' (:mod:`calc.runs`) are
judged by this one rule.

Verdicts: ``accurate``, ``rounded``, ``consistent`` (close, but our figure rests on secondary
sources or filled-in inputs), ``misleading``, ``implausible`` (true only under implausible
inputs), ``unsupported`` and ``wrong`` (primary sources on the run itself put it more than 15%
away).

>>> decide(Evidence(True, "match", "this run", "P", True, False, "none")).verdict
'accurate'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from . import constants as k
from .formatting import fmt_percent, fmt_quantity

__all__ = [
    "ACCURATE_TOLERANCE",
    "ROUNDED_TOLERANCE",
    "RULE",
    "VERDICTS",
    "Claim",
    "ClaimResult",
    "Clause",
    "Evidence",
    "Finding",
    "StandIn",
    "clause_text",
    "decide",
    "evaluate_claim",
    "evidence_of",
    "gap_of",
    "judge",
]

Verdict = Literal[
    "accurate", "rounded", "consistent", "misleading", "implausible", "unsupported", "wrong"
]
VERDICTS: tuple[Verdict, ...] = (
    "accurate", "rounded", "consistent", "misleading", "implausible", "unsupported", "wrong"
)
ACCURATE_TOLERANCE = 0.005  # relative: a difference that rounding the source's figure explains
ROUNDED_TOLERANCE = 0.15  # relative: the most a fair rounding ("5x" for 5.7x) moves a figure

Closeness = Literal["match", "close", "far"]
#: What our figure rests on, strongest first: published inputs of the very runs the claim is
#: about; published figures of another run standing in for one never published; our assumptions.
Basis = Literal["this run", "other run", "assumption"]
Need = Literal["implausible", "possible", "none"]


@dataclass(frozen=True)
class StandIn:
    """An input the claim's own runs never published, and what fills it."""

    what: str
    kind: Literal["other run", "assumption"]


@dataclass(frozen=True)
class Evidence:
    """The facts about a recomputation that the verdict rule reads, and nothing else."""

    recomputable: bool
    closeness: Closeness
    basis: Basis
    level: Literal["P", "S"]
    like_for_like: bool
    corrected: bool
    need: Need
    arithmetic: bool = False  # ours only redoes the publisher's arithmetic on its own figures


@dataclass(frozen=True)
class Clause:
    """One clause of the verdict rule: the verdict it gives and the evidence it applies to.

    An empty set means "any value". The clause's sentence on the page is written from these
    same sets (:func:`clause_text`), so the legend cannot say one thing and the rule do another.
    """

    id: str
    verdict: Verdict
    recomputable: frozenset[bool] = frozenset()
    closeness: frozenset[Closeness] = frozenset()
    basis: frozenset[Basis] = frozenset()
    level: frozenset[str] = frozenset()
    like_for_like: frozenset[bool] = frozenset()
    corrected: frozenset[bool] = frozenset()
    need: frozenset[Need] = frozenset()
    arithmetic: frozenset[bool] = frozenset()
    weak: bool = False  # applies only when the basis is weaker than "this run" or level is S

    def applies(self, e: Evidence) -> bool:
        """Whether this clause's conditions hold for ``e``."""
        checks = (
            (self.recomputable, e.recomputable), (self.closeness, e.closeness),
            (self.basis, e.basis), (self.level, e.level),
            (self.like_for_like, e.like_for_like), (self.corrected, e.corrected),
            (self.need, e.need), (self.arithmetic, e.arithmetic),
        )
        if self.weak and not (e.basis != "this run" or e.level == "S"):
            return False
        return all(not allowed or value in allowed for allowed, value in checks)


@dataclass(frozen=True)
class Finding:
    """What we recompute for a claim: a range, how, from what, and its caveats."""

    low: float
    high: float
    text: str
    assumptions: tuple[str, ...]
    constants: tuple[k.Constant, ...]  # the constants the recomputation uses
    kind: Literal["equal", "at_least", "range"] = "equal"
    article_high: float | None = None  # for kind="range": the article's upper end
    comparable: bool = True
    comparability_note: str = ""
    caveat: str = ""  # a point the reader should know that does not change the verdict
    context: tuple[k.Constant, ...] = ()  # cited beside the recomputation, not inputs to it
    corrected: tuple[float, float] | None = None
    correction_note: str = ""
    missing: tuple[str, ...] = ()
    stand_ins: tuple[StandIn, ...] = ()  # inputs its runs never published, and what fills them
    needs: tuple[str, str] | None = None  # (solver claim, input): what the claim would need
    arithmetic: bool = False  # only the publisher's own arithmetic is redone (clause K)

    @property
    def levels(self) -> set[str]:
        """Verification levels of the constants the recomputation uses (not its context)."""
        return {c.level for c in self.constants}


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
    quote_source: str = "romero2021"  # whose words the quote is: the article, or a later run's


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
    constants: tuple[k.Constant, ...]
    sources: tuple[str, ...] = field(default=())
    clause: str = ""  # the clause of RULE that decided the verdict
    evidence: Evidence | None = None
    quote_source: str = "romero2021"



#: The verdict rule: the first clause that applies decides.
RULE: tuple[Clause, ...] = (
    Clause("U1", "unsupported", recomputable=frozenset({False})),
    Clause("W", "wrong", closeness=frozenset({"far"}), basis=frozenset({"this run"}),
           level=frozenset({"P"})),
    Clause("I", "implausible", closeness=frozenset({"far"}), need=frozenset({"implausible"})),
    Clause("U2", "unsupported", closeness=frozenset({"far"})),
    Clause("M1", "misleading", like_for_like=frozenset({False})),
    Clause("M2", "misleading", corrected=frozenset({True})),
    Clause("C", "consistent", weak=True),
    Clause("K", "accurate", closeness=frozenset({"match"}), arithmetic=frozenset({True})),
    Clause("A", "accurate", closeness=frozenset({"match"})),
    Clause("R", "rounded", closeness=frozenset({"close"})),
)


def clause_text(clause: Clause) -> str:
    """The clause in words, written from its conditions (the legend on the pages).

    >>> clause_text(RULE[1]).startswith("the article's figure is more than 15% from ours")
    True
    """
    bits: list[str] = []
    if clause.recomputable == {False}:
        bits.append("an input the claim needs was never published, so nobody can recompute it")
    if clause.closeness == {"far"}:
        bits.append(f"the article's figure is more than {fmt_percent(ROUNDED_TOLERANCE)} from ours")
    if clause.closeness == {"match"}:
        bits.append(f"within {fmt_percent(ACCURATE_TOLERANCE)} of ours")
    if clause.closeness == {"close"}:
        bits.append(f"within {fmt_percent(ROUNDED_TOLERANCE)} of ours: right in substance, "
                    "rounded")
    if clause.basis == {"this run"} and clause.level == {"P"}:
        bits.append("ours rests on published inputs of the very runs the claim is about, read "
                    "in primary sources")
    if clause.need == {"implausible"}:
        bits.append("it could only be true if an input we had to fill in took a value far "
                    "outside its published or plausible range (the solver shows the value)")
    if clause.id == "U2":
        bits.append("ours rests on secondary sources, another run's figures or our "
                    "assumptions, which do not rule the claim out")
    if clause.like_for_like == {False}:
        bits.append("the number may hold, but it compares unlike things")
    if clause.corrected == {True}:
        bits.append("it rests on a figure that a later primary source corrects by more than "
                    f"{fmt_percent(ROUNDED_TOLERANCE)}")
    if clause.weak:
        bits.append(f"within {fmt_percent(ROUNDED_TOLERANCE)} of ours, but ours rests on "
                    "secondary sources, another run's figures or our assumptions: consistent "
                    "with the evidence, not confirmed by it")
    if clause.arithmetic == {True}:
        bits.append("ours only redoes the publisher's own arithmetic on its own figures (a "
                    "sum of its rows, a product of its inputs): the arithmetic holds, the figures "
                    "themselves are not checked against anything independent")
    if clause.id in {"A", "R"}:
        bits.append("on published inputs of the runs compared, read in primary sources")
    return ", and ".join(bits) + "."


def decide(evidence: Evidence) -> Clause:
    """The first clause of :data:`RULE` that applies to ``evidence``.

    >>> decide(Evidence(True, "far", "assumption", "P", True, False, "implausible")).verdict
    'implausible'
    """
    for clause in RULE:
        if clause.applies(evidence):
            return clause
    raise AssertionError("the rule is total: clause R applies to anything close")


def _distance(value: float, low: float, high: float) -> float:
    """Relative distance of ``value`` from the range [low, high] (0 inside it)."""
    if value < low:
        return (low - value) / low
    if value > high:
        return (value - high) / high
    return 0.0


def gap_of(article_value: float, finding: Finding) -> float:
    """How far, relatively, the article's figure is from our range.

    "At least X" is a lower bound: it is measured against our *lowest* figure, so "at least
    $1" for a run that cost millions is far off, not accurate.

    >>> gap_of(1.0, Finding(4.6e6, 5.3e6, "", (), (), kind="at_least")) > 0.99
    True
    """
    if finding.kind == "at_least":
        return _distance(article_value, finding.low, finding.low)
    if finding.kind == "range":
        top = finding.article_high if finding.article_high is not None else article_value
        return max(
            abs(article_value - finding.low) / finding.low, abs(top - finding.high) / finding.high
        )
    return _distance(article_value, finding.low, finding.high)


def evidence_of(article_value: float, finding: Finding) -> Evidence:
    """The facts the rule reads, computed from the finding and its constants."""
    gap = gap_of(article_value, finding) if not finding.missing else 0.0
    closeness: Closeness = (
        "match" if gap <= ACCURATE_TOLERANCE else "close" if gap <= ROUNDED_TOLERANCE else "far"
    )
    kinds = {s.kind for s in finding.stand_ins}
    basis: Basis = (
        "assumption" if "assumption" in kinds else "other run" if kinds else "this run"
    )
    corrected = finding.corrected is not None and (
        _distance(article_value, *finding.corrected) > ROUNDED_TOLERANCE
    )
    need: Need = "none"
    if finding.needs is not None:
        from .solver import solve  # the solver knows the claims' formulas, not the ledger

        judged = solve(*finding.needs).judgement
        need = "implausible" if judged in ("implausible", "impossible") else "possible"
    return Evidence(
        recomputable=not finding.missing, closeness=closeness, basis=basis,
        level="S" if "S" in finding.levels else "P", like_for_like=finding.comparable,
        corrected=corrected, need=need, arithmetic=finding.arithmetic,
    )


def judge(article_value: float, finding: Finding) -> tuple[Verdict, str]:
    """Derive a verdict and a one-sentence reason from the numbers and their sources.

    >>> f = Finding(33.9, 33.9, "33.9 days", (), (k.NARAYANAN_GPT3_DAYS,))
    >>> judge(34, f)[0]
    'accurate'
    >>> judge(30, f)[0]
    'rounded'
    >>> judge(10, f)[0]
    'wrong'
    >>> judge(34, Finding(1, 1, "", (), (), missing=("M6-10T's energy",)))[0]
    'unsupported'
    """
    verdict, reason, _, _ = _judge(article_value, finding)
    return verdict, reason


def _judge(article_value: float, finding: Finding) -> tuple[Verdict, str, Clause, Evidence]:
    evidence = evidence_of(article_value, finding)
    clause = decide(evidence)
    if clause.id == "U1":
        reason = "Cannot be recomputed: " + "; ".join(finding.missing) + "."
    else:
        gap = gap_of(article_value, finding)
        if evidence.closeness == "far":
            reason = _direction(article_value, finding)
        elif evidence.closeness == "close":
            reason = f"Within {fmt_percent(gap)} of our recomputation."
        else:
            reason = ("The publisher's own arithmetic checks out; nothing independent checks "
                      "its figures." if clause.id == "K" else "Matches our recomputation.")
        if clause.id == "I" and finding.needs is not None:
            from .solver import SOLVABLE, solve

            s = solve(*finding.needs)
            spec = SOLVABLE[finding.needs[0]].input(finding.needs[1])
            reason += (
                f" It would need {spec.label[0].lower() + spec.label[1:]} of about "
                f"{fmt_quantity(s.value, spec.unit, 2)}, {s.sentence}."
            )
        if clause.id == "U2":
            weak = "secondary sources" if evidence.level == "S" else (
                "our assumptions" if evidence.basis == "assumption" else "another run's figures")
            reason += f" Our figure rests on {weak}, so we cannot call it wrong."
        if clause.id == "M1":
            reason = f"Not like for like: {finding.comparability_note}"
        elif clause.id == "M2":
            reason = f"{reason} But {finding.correction_note}"
        elif not finding.comparable and finding.comparability_note:
            reason = f"{reason} Also not like for like: {finding.comparability_note}"
        if clause.id == "C":
            reason += (" Our figure rests on secondary sources or filled-in inputs, so this is "
                       "consistent, not confirmed.")
    if finding.caveat:
        reason = f"{reason} {finding.caveat}"
    return clause.verdict, reason, clause, evidence


def _direction(article_value: float, finding: Finding) -> str:
    """Say which way, and by what factor, the article's number misses our range.

    >>> _direction(1.0, Finding(3.2, 4.2, "", (), ()))
    "Our lowest figure is 3.2 times the article's."
    >>> _direction(10.0, Finding(3.2, 4.2, "", (), ()))
    "The article's figure is 2.4 times our highest."
    """
    if article_value < finding.low:
        return f"Our lowest figure is {_times(finding.low / article_value)} the article's."
    return f"The article's figure is {_times(article_value / finding.high)} our highest."


def _times(x: float) -> str:
    """A factor in words: two significant figures, digits grouped (never 1.5e+04).

    >>> _times(3.2), _times(15_000.0)
    ('3.2 times', '15,000 times')
    """
    return f"{float(f'{x:.2g}'):,g} times"




def evaluate_claim(claim: Claim) -> ClaimResult:
    """Recompute any claim (the article's, or a later run's own) and judge it by :data:`RULE`."""
    finding = claim.recompute()
    verdict, reason, clause, evidence = _judge(claim.article_value, finding)
    cited = finding.constants + finding.context
    sources = tuple(dict.fromkeys(c.source_key for c in cited))
    return ClaimResult(
        claim.id, claim.topic, claim.title, claim.quote, claim.article_text, finding.text,
        verdict, reason, finding.assumptions, cited, sources, clause.id, evidence,
        claim.quote_source,
    )
