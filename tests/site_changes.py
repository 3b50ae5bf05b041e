"""Change a copied fixture site between crawls as a CMS would: edit, delete, soft-delete,
rename with a redirect, add, or make the whole site fail (served by tools/siteserver.py)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from tools.siteserver import RULES_FILE

SOFT_DELETED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>该文章已被删除 - 帮助中心</title></head>
<body><div class="header"><a href="/">首页</a></div>
<h1>该文章已被删除</h1><p>您要查看的内容已被作者删除，<a href="/">返回首页</a></p></body></html>
"""


def copy_site(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst)


def _pages(site: Path):
    yield from site.rglob("*.html")
    yield from site.rglob("*.xml")


def unlink(site: Path, path: str) -> None:
    """Remove every link to `path` (anchors and sitemap entries), as a CMS does on deletion."""
    anchor = re.compile(r'<a [^>]*href="' + re.escape(path) + r'"[^>]*>.*?</a>', re.S)
    entry = re.compile(r"<url>(?:(?!</url>).)*?" + re.escape(path) + r"</loc>.*?</url>\s*", re.S)
    for page in _pages(site):
        text = page.read_text("utf-8")
        new = entry.sub("", anchor.sub("", text))
        if new != text:
            page.write_text(new, "utf-8")


def relink(site: Path, old: str, new: str) -> None:
    """Point every link to `old` at `new`."""
    for page in _pages(site):
        text = page.read_text("utf-8")
        if old in text:
            page.write_text(
                text.replace(f'"{old}"', f'"{new}"').replace(f"{old}</loc>", f"{new}</loc>"),
                "utf-8",
            )


def edit(site: Path, path: str, sentence: str) -> None:
    page = site / path.lstrip("/")
    page.write_text(
        page.read_text("utf-8").replace(
            'id="article-content">', f'id="article-content">\n<p>{sentence}</p>', 1
        ),
        "utf-8",
    )


def delete(site: Path, path: str) -> None:
    """The page answers 404 and nothing links to it."""
    (site / path.lstrip("/")).unlink()
    unlink(site, path)


def soft_delete(site: Path, path: str) -> None:
    """The page answers 200 with a deletion notice and nothing links to it."""
    unlink(site, path)
    (site / path.lstrip("/")).write_text(SOFT_DELETED_PAGE, "utf-8")


def rename(site: Path, old: str, new: str, code: int = 301) -> None:
    """The article moves to `new`; `old` redirects there; links point at `new`."""
    (site / old.lstrip("/")).rename(site / new.lstrip("/"))
    relink(site, old, new)
    rules = read_rules(site)
    rules.setdefault("redirect", {})[old] = [code, new]
    write_rules(site, rules)


def add(site: Path, copy_of: str, new: str, title_prefix: str) -> None:
    """A new article (a copy of another with its own title and text), linked from the home page."""
    text = (site / copy_of.lstrip("/")).read_text("utf-8").replace(copy_of, new)
    text = text.replace("<h1>", f"<h1>{title_prefix}", 1).replace(
        'id="article-content">',
        f'id="article-content">\n<p>{title_prefix}这是一篇新文章，介绍新的售后流程。</p>',
        1,
    )
    (site / new.lstrip("/")).write_text(text, "utf-8")
    index = site / "index.html"
    index.write_text(
        index.read_text("utf-8").replace("</body>", f'<a href="{new}">{title_prefix}</a></body>'),
        "utf-8",
    )


def read_rules(site: Path) -> dict:
    path = site / RULES_FILE
    return json.loads(path.read_text("utf-8")) if path.exists() else {}


def write_rules(site: Path, rules: dict) -> None:
    (site / RULES_FILE).write_text(json.dumps(rules), "utf-8")


def fail_everything(site: Path, status: int = 503) -> None:
    rules = read_rules(site)
    rules.setdefault("status", {})["*"] = status
    write_rules(site, rules)


def recover(site: Path) -> None:
    rules = read_rules(site)
    rules.get("status", {}).pop("*", None)
    write_rules(site, rules)
