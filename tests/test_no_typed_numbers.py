"""No number is typed by hand into text: every module that writes what a reader reads (the
model's findings, scenarios and solver bases, the web layer, the page snippets) takes each
figure from a sourced constant or a unit, so a corrected constant moves every sentence.

Left out, with reason: ``constants.py`` and ``sources.py`` hold the sources' own words (the
figure as the source states it, titles, addresses); ``corrections.py`` is the dated record of
what changed, which must quote the old figures; ``formatting.py`` is where numbers are written,
so its digits are notation (10ⁿ, digit sets), not figures.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = {"constants.py", "sources.py", "corrections.py", "formatting.py"}
MODULES = sorted(
    p
    for p in [*(ROOT / "calc").rglob("*.py"), *(ROOT / "docs" / "snippets").rglob("*.py")]
    if p.name not in SKIPPED
)

#: What may contain digits without being a figure: names of models, chips, instances and
#: products, years, arXiv ids, tables and footnotes of a paper, keys, units.
NAMES = re.compile(
    r"[AHV]100-\d+GB|GPT-3|M6-10T|M6-T|[AHVP]100|H[28]00|OPT-175B|Llama 2 70B|Llama 3\.1 405B"
    r"|DeepSeek-V3"
    r"|GShard-600B|\bT5\b|Wu Dao 2\.0|1-trillion M6|TPU v3|MT-NLG 530B|BLOOM-176B|176B"
    r"|\bp4de?\.24xlarge\b|\bp3\.16xlarge\b|\bp5\.48xlarge\b|\b3-year\b|us-east-1"
    r"|\bM6\b|tco2e|\b[UWIMC]\d\b"  # the model's family name, a key, the verdict rule's clauses
    r"|(?:arXiv:)?\b\d{4}\.\d{4,5}\b|\bTable \d+\b|\bfootnote \d+\b|\bv[12](?:\.0)?\b"
    r"|\b(?:19|20)\d\d\b|\b20\d{6}\b"  # years, a YYYYMMDD date
    r"|\b0\b(?![.,]\d)|0\.5, not 0,5"  # zero (none), and the decimal comma a message explains
    r"|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b"  # constant names: GPT3_FLOPS
    r"|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b"  # scenario and input keys: gpt3_lambda
    r"|\b[a-z]+20\d\d\b|\bllama2\b|\bllama31\b|\bllama4\b|\bdsv3\b|\bgpt3\b|\bm6_"  # keys
    r"|\bolmo[23]\b|\bgpt4\b|\b\d+ ?GB\b"  # keys, a GPU's memory
    r"|\bAi2\b|\bR1(?:-Zero)?\b|DeepSeek-R1|Kimi K2|Qwen3|GPT-4"  # names of later runs
    r"|Llama 4 (?:Scout|Maverick)|Llama 4\b"
    r"|[tg]?CO2e?|Llama 3\.1|Llama 2|\b(?:8B|70B|405B)\b|1e21|10²¹|utf-8"  # units, names
)
#: Code, not prose, as whole strings: regular expressions, format specifications, digit sets,
#: a version, the base of a power of ten.
CODE = re.compile(
    r".*(?:\\d|\[\^|0-9).*|-?0123456789|\d+\.\d+\.\d+"
    r"|[<>^=]?[+-]?\d*[,_]?(?:\.\d+)?[bcdeEfFgGnosxX%]"  # format specifications: >9,.0f
)
#: Code inside prose: markup attributes and colours are cut out, the text around them checked.
FRAGMENTS = re.compile(r'[\w:-]+="[^"]*"|<[^>]*>|#[0-9a-fA-F]{6}\b|\b[xy][12]="')
#: A bare number that is a key, not a figure: table columns to right-align (``numeric="123"``).
KEYWORDS = {"numeric"}


def _typed(path: Path, shown: str = "") -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    keys = {id(kw.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
            for kw in node.keywords if kw.arg in KEYWORDS}
    where = shown or str(path.relative_to(ROOT))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # a number typed inside an f-string's braces
            found += [
                f"{where}:{node.lineno}: {{{part.value.value!r}}} in an f-string"
                for part in node.values
                if isinstance(part, ast.FormattedValue)
                and isinstance(part.value, ast.Constant)
                and isinstance(part.value.value, int | float)
            ]
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings or id(node) in keys or CODE.fullmatch(node.value):
            continue
        if re.search(r"\d", NAMES.sub("", FRAGMENTS.sub("", node.value))):
            found.append(f"{where}:{node.lineno}: {node.value!r}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_texts_take_their_numbers_from_constants(path: Path) -> None:
    typed = _typed(path)
    assert not typed, "numbers typed by hand into text:\n" + "\n".join(typed)


def test_the_check_finds_a_typed_number(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        'X = f"GPT-3 used {1} of 1,287 MWh"\n'
        'Y = "<rect x=\\"0\\"/>"\n'
        'Z = \'<p class="a">About 552 tCO2e</p>\'\n'
        'W = md_table(rows, numeric="123")\n',
        encoding="utf-8",
    )
    assert sorted(_typed(probe, "probe")) == [
        "probe:1: ' of 1,287 MWh'",
        "probe:1: {1} in an f-string",
        "probe:3: '<p class=\"a\">About 552 tCO2e</p>'",
    ]
