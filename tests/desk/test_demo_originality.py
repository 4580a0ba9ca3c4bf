"""The demo's narrative is the project's own writing: no run of 10 words is a seed's.

The seeds (real reports, ../shared/seeds beside the project) are the specification of what a report
contains; the demo retells their facts (figures, document numbers, dates, names of units, documents and
tasks) in its own sentences. This check compares every string the demo's narrative files hold with every
seed, after normalising case, whitespace and punctuation: a shared run of ``RUN`` words fails, naming the
file and the run.

Compared: every file of ``desk/demo_content/`` (the demo reports' texts) and the strings of the apps'
``demo.py`` (the sentences the demo writes into reports and explanations). Not compared:
``plans/demo_data/`` (the register's document subjects and the task titles, which are the names of
documents and tasks as issued: facts that carry over, never narrative) and ``reports/demo.py`` (the
seeds' outlines: headings and subject lines, which the fidelity tests require to be the seed's).

A number is one token ("1.836", "52,9"), so a copied sentence is found with its figures. A document
symbol, a date or a fraction ("117/KH-UBND", "31/12/2022", "15/51": a token with a slash) is a fact that
must carry over, and a run never spans one: "Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của UBND
tỉnh, Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy" is a chain of citations, not
prose; the words between two citations, or around one, still make a run when they are 10. A name in
quotation marks (“Tuyên truyền, hướng dẫn …”, a model's or a campaign's name) is a citation too.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings

RUN = 10
SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
PROJECT = Path(settings.BASE_DIR)
NARRATIVE_DIRS = ["desk/demo_content"]
DEMO_MODULES = [
    "desk/demo.py",
    "indicators/demo.py",
    "plans/demo.py",
    "units/demo.py",
    "scorecards/demo.py",
    "scorecards/demo_data.py",
]

# A number, a date or a document symbol (117/KH-UBND, 48/2021/QĐ-UBND, 04-HD/TCNV, 52,9 %) is one token.
TOKEN = re.compile(r"\d[\w.,/-]*\w|\d|\w+")


QUOTED = re.compile(r"“[^”]*”")
CITATION = "§"  # what a document symbol, a date or a fraction becomes: no run spans it


def words(text: str) -> list[str]:
    """The text's words, lower case, NFC, punctuation and whitespace dropped; citations as ``CITATION``."""
    text = QUOTED.sub(" 0/0 ", unicodedata.normalize("NFC", text).lower())
    tokens = TOKEN.findall(text)
    return [CITATION if "/" in token else token for token in tokens]


def windows(tokens: list[str], n: int = RUN):
    for i in range(len(tokens) - n + 1):
        run = tuple(tokens[i : i + n])
        if CITATION not in run:
            yield run


def runs(tokens: list[str], n: int = RUN) -> set[tuple[str, ...]]:
    return set(windows(tokens, n))


def demo_texts() -> list[tuple[str, str]]:
    """(where, text) for every string of the demo's narrative: Python string literals, or a text file whole."""
    paths = [p for d in NARRATIVE_DIRS for p in sorted((PROJECT / d).iterdir()) if p.is_file()]
    paths += [PROJECT / m for m in DEMO_MODULES]
    texts = []
    for path in paths:
        where = str(path.relative_to(PROJECT))
        source = path.read_text(encoding="utf-8")
        if path.suffix != ".py":
            texts.append((where, source))
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append((f"{where}:{node.lineno}", node.value))
    return texts


def shared_runs(texts, seed_runs) -> list[str]:
    found = []
    for where, text in texts:
        for run in windows(words(text)):
            if run in seed_runs:
                found.append(f"{where} ({seed_runs[run]}): {' '.join(run)}")
    return found


def test_the_tokens_keep_a_citation_a_fact():
    assert words("Kế hoạch số 117/KH-UBND ngày 31/12/2022, đạt 52,9 % (1.836 hồ sơ).") == [
        "kế", "hoạch", "số", CITATION, "ngày", CITATION, "đạt", "52,9", "1.836", "hồ", "sơ",
    ]  # fmt: skip


def test_a_copied_sentence_is_found():
    seed = {run: "000" for run in runs(words("Một hai ba bốn năm sáu bảy tám chín mười mười một."))}
    assert shared_runs([("x", "Trước đó: MỘT hai, ba bốn năm sáu bảy tám chín mười!")], seed)
    assert not shared_runs([("x", "một hai ba bốn năm sáu bảy tám chín")], seed)
    assert not shared_runs([("x", "một hai ba bốn năm 12/KH-UBND sáu bảy tám chín mười")], seed)
    assert not shared_runs([("x", "một hai ba bốn năm “sáu bảy” tám chín mười")], seed)


def test_no_demo_text_shares_ten_words_with_a_seed():
    if not SEEDS.is_dir():
        pytest.skip(f"The seeds are not here ({SEEDS}): the originality check needs them beside the project.")
    seed_runs = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for run in runs(words(path.read_text(encoding="utf-8"))):
            seed_runs.setdefault(run, path.name[:3])
    assert seed_runs, f"No seed text in {SEEDS}"
    texts = demo_texts()
    assert any(where.startswith("desk/demo_content/") for where, _text in texts)
    found = shared_runs(texts, seed_runs)
    assert not found, "Demo text copied from a seed (write it anew):\n" + "\n".join(found)
