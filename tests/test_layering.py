"""The flow load -> extract -> store -> match -> review -> report shows in the imports."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"
PURE = ["textnorm", "lexicon", "speakers", "quotes", "figures", "figure_words", "figure_numbers",
        "figure_exclusions", "figure_modifiers", "figure_counted", "figure_languages", "extract", "matching",
        "figure_matching",
        "review", "report", "models", "evaluation"]
IO_MODULES = {"tinydb", "click", "os", "pathlib", "shutil", "tempfile", "fcntl", "subprocess", "sys"}


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", PURE)
def test_pure_modules_do_no_io(module):
    imported = {name.split(".")[0] for name in _imports(module)}
    assert not imported & IO_MODULES
    assert "factcheck.db" not in _imports(module) and "factcheck.storage" not in _imports(module)


def test_only_storage_and_db_touch_tinydb():
    users = {p.stem for p in PACKAGE.glob("*.py") if any(n.startswith("tinydb") for n in _imports(p.stem))}
    assert users == {"storage", "db"}


def test_only_the_cli_uses_click():
    users = {p.stem for p in PACKAGE.glob("*.py") if "click" in _imports(p.stem)}
    assert users == {"cli"}
