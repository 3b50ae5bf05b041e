"""Plain-text accounts of a search: how the question was read, and the result count.

`search_cli.py --explain` prints these lines; they live here so every front end (the CLI,
its interactive mode, a server) says the same thing.
"""

from __future__ import annotations

from typing import Any

_ROLE_NAMES = {"platform": "平台", "object": "对象", "action": "动作", "": "词"}


def count_line(result: Any) -> str:
    """ "N 篇相关文章": collapsed answers above the relevance floor; "至少" when not all checked."""
    return f"{'' if result.total_exact else '至少 '}{result.total} 篇相关文章"


def explain_lines(result: Any) -> list[str]:
    """The reading of the question, its expansions, and why the top result ranked first."""
    reading = result.reading
    if reading is None:
        return []
    lines = [f"查询理解: {reading.text!r} → {reading.normalized!r}"]
    if reading.long:
        lines.append("长问题: 只保留关键概念")
    elif reading.told:
        lines.append("讲述了一个情况: 去掉虚词和叙述用语, 保留实词")
    own = [c for c in reading.concepts if c.source in ("query",) or c.source.startswith("alias:")]
    lines.append(
        "概念: "
        + (
            ", ".join(
                f"{c.word}({_ROLE_NAMES.get(c.role, c.role)}"
                + (f", 来自 {c.source[6:]}" if c.source.startswith("alias:") else "")
                + f", ×{c.weight:.2f})"
                for c in own
            )
            or "(无)"
        )
    )
    situations = [c for c in reading.concepts if c.source.startswith("situation:")]
    if situations:
        by_pattern: dict[str, list[str]] = {}
        for c in situations:
            by_pattern.setdefault(c.source[10:], []).append(c.word)
        lines.append(
            "情境: " + "; ".join(f"“{p}” → {' '.join(ws)}" for p, ws in by_pattern.items())
        )
    feedback = [c for c in reading.concepts if c.source == "feedback"]
    if feedback:
        lines.append(
            "问题较笼统, 从前几篇结果的标题/小标题/步骤补充: "
            + ", ".join(f"{c.word}(×{c.weight:.2f})" for c in feedback)
        )
    if reading.dropped:
        lines.append("略去: " + " ".join(dict.fromkeys(reading.dropped)))
    if reading.platforms:
        named = [
            f"{p} (来自 {reading.platform_from[p]})" if p in reading.platform_from else p
            for p in reading.platforms
        ]
        lines.append("平台: " + ", ".join(named) + " (其他平台的文章排在后面)")
    if result.why:
        lines.append("第一条为什么排第一:")
        lines += [f"  - {w}" for w in result.why]
    return lines
