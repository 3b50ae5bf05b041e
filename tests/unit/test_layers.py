"""The layout is the architecture: no import may run from a lower layer to a higher one.

Layers, bottom up: `kb` (record, store, config) → `crawler` and `indexer` side by side →
`jobs` (run, schedule, report, export) → `search_cli` (and any other user interface).
Development code (`tools`, `bench`, `tests`) may import anything; product code never imports it.
The `python -m crawler.run|schedule|report|export|reextract` modules are entry points kept for cron
units: they belong to the top layer and hold nothing but a call into `jobs`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LAYER = {
    "kb": 0,
    "crawler": 1,
    "indexer": 1,
    "jobs": 2,
    "search_cli": 3,
    "helpindex_cli": 3,
    "web": 3,
}
DEV = {"tools", "bench", "tests"}
ENTRY_POINTS = {f"crawler/{m}.py" for m in ("run", "schedule", "report", "export", "reextract")}
# Third-party packages a layer must not pull in (start-up time, and what each layer knows of).
FORBIDDEN = {
    "kb": {"scrapy", "twisted", "whoosh", "pandas", "lxml", "bs4", "scrapy_redis"},
    "indexer": {"scrapy", "twisted", "lxml", "bs4", "pandas"},
    "crawler/parsers": {"scrapy", "twisted", "whoosh", "pandas"},
    "search_cli": {"scrapy", "twisted", "pandas", "lxml", "bs4"},
    # the dispatcher imports a subcommand's module only once it is chosen
    "helpindex_cli": {"scrapy", "twisted", "pandas", "lxml", "bs4", "whoosh", "rich"},
    "web": {"scrapy", "twisted", "pandas", "lxml", "bs4"},
}
# Imports across one layer that are entry points, not dependencies: `search_cli.py serve`
# hands its arguments to the web page's main() (loaded only for that subcommand).
DISPATCH = {("search_cli.py", "web.server")}


def _product_files() -> list[Path]:
    files = [ROOT / "search_cli.py", ROOT / "helpindex_cli.py"]
    for pkg in LAYER:
        if (ROOT / pkg).is_dir():
            files += sorted((ROOT / pkg).rglob("*.py"))
    return files


def _imports(path: Path) -> list[tuple[int, str]]:
    """Absolute module names imported by a file (relative imports resolved)."""
    tree = ast.parse(path.read_text("utf-8"))
    rel = path.relative_to(ROOT).with_suffix("")
    package = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
    return out


def _layer_of(rel: str) -> str:
    return rel.split("/")[0].removesuffix(".py")


def test_the_walker_sees_imports() -> None:
    """A walker that finds nothing would pass everything: check it on a known file."""
    names = {n for _, n in _imports(ROOT / "jobs" / "run.py")}
    assert "kb.store" in names and "indexer.build" in names


@pytest.mark.parametrize("path", _product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_import_runs_up_or_sideways(path: Path) -> None:
    rel = str(path.relative_to(ROOT))
    if rel in ENTRY_POINTS:
        return
    mine = _layer_of(rel)
    bad = []
    for line, name in _imports(path):
        top = name.split(".")[0]
        if top in DEV:
            bad.append(f"{rel}:{line} imports development code {name}")
        elif (rel, name) in DISPATCH:
            pass
        elif top in LAYER and top != mine and LAYER[top] >= LAYER[mine]:
            bad.append(
                f"{rel}:{line} ({mine}, layer {LAYER[mine]}) imports {name} (layer {LAYER[top]})"
            )
        for scope, banned in FORBIDDEN.items():
            if (rel.startswith(scope + "/") or rel == scope + ".py") and top in banned:
                bad.append(f"{rel}:{line} ({scope}) imports {name}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("rel", sorted(ENTRY_POINTS))
def test_entry_points_hold_no_logic(rel: str) -> None:
    """An entry point is its docstring, one import from jobs, kb.cli's runner and the main guard."""
    tree = ast.parse((ROOT / rel).read_text("utf-8"))
    kinds = [type(n).__name__ for n in tree.body]
    assert kinds == ["Expr", "ImportFrom", "ImportFrom", "If"], kinds
    assert tree.body[1].module == "jobs." + Path(rel).stem
    assert tree.body[2].module == "kb.cli"
