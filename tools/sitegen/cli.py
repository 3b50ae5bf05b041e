"""``python -m tools.sitegen sample|synthetic``: build the sample site or a synthetic benchmark site."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from .content import load_content, validate
from .oracle import build_expected
from .render import render_site
from .synthetic import synthetic_articles

REPO_ROOT = Path(__file__).resolve().parents[2]
DESCRIPTION = 'Static "content farm" site generator for helpindex\'s demo, tests and benchmarks.'


def _cmd_sample(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    arts, site_name, tag_slugs = load_content(Path(args.content))
    problems = validate(arts)
    if problems:
        print("content problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    render_site(arts, out, site_name, tag_slugs=tag_slugs)
    exp = build_expected(arts, site_name, tag_slugs=tag_slugs)
    Path(args.expected).parent.mkdir(parents=True, exist_ok=True)
    Path(args.expected).write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    nfiles = sum(1 for p in out.rglob("*") if p.is_file())
    print(
        f"sample site: {len(arts)} articles, {nfiles} files -> {out} ; expected -> {args.expected} "
        f"({time.perf_counter() - t0:.2f}s)"
    )
    return 0


def _cmd_synthetic(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    arts = synthetic_articles(args.n, args.seed)
    t1 = time.perf_counter()
    out = Path(args.out)
    if out.exists() and args.clean:
        shutil.rmtree(out)
    render_site(arts, out)
    (out / "expected.json").write_text(
        json.dumps(build_expected(arts), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    t2 = time.perf_counter()
    nfiles = sum(1 for p in out.rglob("*") if p.is_file())
    print(
        f"synthetic site: {len(arts)} articles, {nfiles} files -> {out} "
        f"(generate {t1 - t0:.2f}s, render {t2 - t1:.2f}s)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.sitegen", description=DESCRIPTION)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="rebuild the bundled sample site and its expected data")
    s.add_argument("--content", default=str(REPO_ROOT / "tools/sample_articles.toml"))
    s.add_argument("--out", default=str(REPO_ROOT / "data/sample_site"))
    s.add_argument("--expected", default=str(REPO_ROOT / "tests/sample_site_expected.json"))
    s.set_defaults(func=_cmd_sample)
    y = sub.add_parser("synthetic", help="build a big synthetic benchmark site")
    y.add_argument("--n", type=int, default=2000)
    y.add_argument("--seed", type=int, default=0)
    y.add_argument("--out", required=True)
    y.add_argument(
        "--no-clean", dest="clean", action="store_false", help="do not delete --out first"
    )
    y.set_defaults(func=_cmd_synthetic)
    args = ap.parse_args(argv)
    return args.func(args)
