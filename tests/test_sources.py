"""Every constant carries a source, the source's own words and a verification level."""

import re

import pytest

from calc import CONSTANTS, ESTIMATES, SCENARIOS, SOURCES
from calc.ledger import CLAIMS


@pytest.mark.parametrize("key", sorted(CONSTANTS))
def test_constant_has_a_complete_source(key: str) -> None:
    c = CONSTANTS[key]
    assert c.source_key in SOURCES, f"{key} cites unknown source {c.source_key}"
    s = c.source
    assert s.authors and s.title and s.year >= 2017
    assert s.url or s.note, f"{s.key} has neither an address nor a note saying why not"
    assert c.quote.strip(), f"{key} lacks the figure as the source states it"
    assert c.level in {"P", "S"}, f"{key}: only checked figures (P or S) may be used"
    assert c.unit is not None and c.label


@pytest.mark.parametrize("key", sorted(SOURCES))
def test_source_addresses_are_well_formed(key: str) -> None:
    s = SOURCES[key]
    if s.url:
        assert s.url.startswith("https://"), s.url
    if s.arxiv:
        assert re.fullmatch(r"\d{4}\.\d{5}", s.arxiv)
        assert s.arxiv in s.url


def test_derived_constants_name_existing_bases() -> None:
    for c in CONSTANTS.values():
        for base in c.derived_from:
            assert CONSTANTS[base.key] is base


def test_derived_constants_are_no_better_verified_than_their_bases() -> None:
    """A figure computed from a secondary (S) figure is secondary too."""
    for c in CONSTANTS.values():
        weakest = {base.level for base in c.derived_from}
        if "S" in weakest:
            assert c.level == "S", f"{c.key} is marked P but derives from a secondary figure"


def test_every_scenario_input_has_a_basis() -> None:
    for s in SCENARIOS.values():
        for name, item in s.inputs.items():
            assert item.basis, f"{s.key}.{name} has no basis"
            if not item.assumed:
                assert item.constants, f"{s.key}.{name}: no constant behind it"
                for const in item.constants:
                    assert CONSTANTS[const.key] is const, f"{s.key}.{name}: {const.key}"
                # the basis, as a reader reads it, names only constants the input is built from
                named = set(re.findall(r"\b[A-Z][A-Z0-9_]{3,}\b", item.basis)) & set(CONSTANTS)
                assert named <= {c.key for c in item.constants}, f"{s.key}.{name}"


def test_ledger_claims_cite_known_constants() -> None:
    for claim in CLAIMS:
        finding = claim.recompute()
        assert finding.constants
        for const in finding.constants + finding.context:
            assert CONSTANTS[const.key] is const


def test_estimates_are_ordered() -> None:
    for e in ESTIMATES.values():
        assert e.low.value <= e.central <= e.high.value
