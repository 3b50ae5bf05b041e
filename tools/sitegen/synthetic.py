"""Synthetic articles for benchmark sites: deterministic for a seed, varied, realistic-looking.

The word lists are data (``words.toml``); this module only composes them.
"""

from __future__ import annotations

import random
import time
import tomllib
from pathlib import Path

from .formats import CN_NUM, NUM_FORMATS

_WORDS = tomllib.loads((Path(__file__).resolve().parent / "words.toml").read_text(encoding="utf-8"))
_SENTENCES: dict[str, list[str]] = _WORDS["sentences"]

SYN_CATS: list[tuple[str, str]] = [(name, slug) for name, slug in _WORDS["categories"]]
SYN_PLATFORMS: dict[str, list[str]] = _WORDS["platforms"]
SYN_CAT_TOPICS: dict[str, list[str]] = _WORDS["category_topics"]
# topic: (name, object noun, action noun, menu entry, button, title mains, title subs)
SYN_TOPICS = [
    (t["name"], t["item"], t["act"], t["menu"], t["btn"], t["mains"], t["subs"])
    for t in _WORDS["topics"]
]
SYN_OPEN = _SENTENCES["open"]
SYN_NAV = _SENTENCES["nav"]
SYN_FIND = _SENTENCES["find"]
SYN_CLICK = _SENTENCES["click"]
SYN_REASON = _SENTENCES["reason"]
SYN_PROOF = _SENTENCES["proof"]
SYN_SUBMIT = _SENTENCES["submit"]
SYN_WAIT = _SENTENCES["wait"]
SYN_SERVICE = _SENTENCES["service"]
SYN_PROGRESS = _SENTENCES["progress"]
SYN_INTRO = _SENTENCES["intro"]
SYN_BACKGROUND = _SENTENCES["background"]
SYN_TIPS = _SENTENCES["tips"]
SYN_STEP_TAIL = _SENTENCES["step_tail"]
SYN_EXTRA = _SENTENCES["extra"]
SYN_LEAD_A = _SENTENCES["lead_a"]
SYN_LEAD_OTHER = _SENTENCES["lead_other"]
SYN_RULES = _SENTENCES["rules"]
SYN_CONCL = _SENTENCES["concl"]
SYN_CONCL_MORE = _SENTENCES["concl_more"]
SYN_SEC2 = [(s["heading"], _SENTENCES[s["pool"]], s["lead"]) for s in _WORDS["second_sections"]]


def synthetic_articles(n: int, seed: int = 0) -> list[dict]:
    """n deterministic, varied, realistic-looking articles (about 800 Chinese characters each)."""
    rng = random.Random(seed)
    arts = []
    base = 1640995200  # 2022-01-01 00:00:00, used as a naive (timezone-free) clock
    span = 1753833600 - base  # up to 2025-07-30
    sitemap_only_id = n // 2 + 1 if n >= 4 else None
    topics_by_name = {t[0]: t for t in SYN_TOPICS}
    for i in range(1, n + 1):
        cname, slug = SYN_CATS[(i - 1) % len(SYN_CATS)]
        p = rng.choice(SYN_PLATFORMS[slug])
        topic, item, act, menu, btn, mains, subs = topics_by_name[rng.choice(SYN_CAT_TOPICS[slug])]
        f = {"p": p, "topic": topic, "item": item, "act": act, "menu": menu, "btn": btn}

        def F(s: str, f: dict = f) -> str:
            return s.format(**f)

        title = F(rng.choice(mains)) + rng.choice(["?", "？"]) + rng.choice(subs)
        if rng.random() < 0.1:
            title += "(" + str(2023 + rng.randrange(3)) + "最新)"
        ts = base + rng.randrange(span)
        published = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts))
        date_style = rng.choices(["full", "minute", "cn"], [80, 12, 8])[0]
        views = int(rng.lognormvariate(9.5, 1.6)) + 10
        views_style = rng.choices(["plain", "wan", "comma", "wplus", "none"], [70, 12, 8, 3, 7])[0]
        if views_style == "wplus" and views < 100000:
            views_style = "plain"
        summary = F(
            rng.choice(
                [
                    "{p}{topic}该怎么处理?本文详细介绍了{p}{act}的申请入口、操作步骤以及需要注意的事项,遇到类似问题的朋友可以参考。",
                    "在{p}上遇到{topic}的情况,可以在“{menu}”里找到对应入口提交申请,平台审核通过后会按原路处理。下面是具体的方法。",
                    "很多人不知道{p}{topic}怎么弄,其实入口就在“{menu}”里。本文整理了完整的操作流程和常见问题,一看就懂。",
                ]
            )
        )
        intro = [F(rng.choice(SYN_INTRO)), F(rng.choice(SYN_BACKGROUND))]
        if rng.random() < 0.9:
            intro.append(F(rng.choice(SYN_EXTRA)))
        # section 1: the main procedure
        n1 = rng.randint(3, 6)
        pools = [
            SYN_OPEN,
            SYN_NAV,
            SYN_FIND,
            SYN_CLICK,
            SYN_REASON,
            SYN_PROOF,
            SYN_SUBMIT,
            SYN_WAIT,
        ]
        keep = sorted(rng.sample(range(1, 6), n1 - 2))  # always open ... submit
        chosen = [0] + [k for k in (1, 2, 3, 4, 5) if k in keep] + [6]
        if len(chosen) < 8 and rng.random() < 0.4:
            chosen.append(7)
        steps1 = []
        tail_left = 2
        for k in chosen:
            st = F(rng.choice(pools[k]))
            tail = rng.choice(SYN_STEP_TAIL) if k < 6 and tail_left else ""
            if tail and st.endswith("。"):
                st = st[:-1] + tail + "。"
                tail_left -= 1
            steps1.append(st)
        styles = "abcdef"
        hstyle = rng.choice(["strong", "strong", "h2", "h3"])
        numbered = hstyle != "h3"

        def head(k: int, text: str, numbered: bool = numbered) -> str:
            return (CN_NUM[k] + "、" + text) if numbered else text

        secs = [
            {
                "heading": head(
                    0,
                    F(rng.choice(["{p}{topic}怎么操作?", "{p}{act}申请步骤", "{p}怎么申请{act}?"])),
                ),
                "style": rng.choice(styles),
                "steps": steps1,
            }
        ]
        room = 8 - len(steps1)
        r = rng.random()
        if r < 0.45 and room >= 2:
            htxt, pool, lead = rng.choice(SYN_SEC2)
            k = rng.randint(2, min(room, len(pool), 3))
            secs.append(
                {
                    "heading": head(1, F(htxt)),
                    "style": rng.choice(styles),
                    "steps": [F(s) for s in pool[:k]],
                    "lead": F(lead),
                }
            )
        elif r < 0.8:
            secs.append(
                {
                    "heading": head(
                        1,
                        F(
                            rng.choice(
                                [
                                    "{topic}需要满足什么条件?",
                                    "{act}多久到账?",
                                    "{p}{topic}的规则说明",
                                ]
                            )
                        ),
                    ),
                    "paras": [F(t) for t in rng.sample(SYN_RULES, rng.choice((2, 3)))],
                }
            )
        if len(secs) < 3 and rng.random() < 0.9:
            secs.append(
                {
                    "heading": head(
                        len(secs), rng.choice(["注意事项", "温馨提醒几点", "常见问题补充"])
                    ),
                    "paras": [F(t) for t in rng.sample(SYN_TIPS, rng.choice((2, 3)))],
                }
            )
        for s in secs:
            if not s.get("steps"):
                continue
            if s["style"] == "a":
                s["lead"] = F(rng.choice(SYN_LEAD_A))
            elif "lead" not in s:
                s["lead"] = F(rng.choice(SYN_LEAD_OTHER))
            if s["style"] == "e" and rng.random() < 0.3 and s["lead"]:
                s["lead_inline"] = True
            if s["style"] in ("c", "d", "e"):
                s["num"] = rng.choice(NUM_FORMATS[s["style"]])
            if s["style"] != "a" and rng.random() < 0.25:
                s["after"] = [
                    F(
                        rng.choice(
                            [
                                "提交之后可以在“{menu}”里随时查看处理进度。",
                                "整个过程大约需要三五分钟,操作时注意网络要保持畅通。",
                            ]
                        )
                    )
                ]
        tags = [p, "退款" if act in ("退款", "退货", "退费") else topic]
        if topic == "自动续费":
            tags.append("自动续费")
        if rng.random() < 0.3:
            tags.append("人工客服")
        arts.append(
            {
                "id": i,
                "title": title,
                "category": cname,
                "category_slug": slug,
                "published": published,
                "date_style": date_style,
                "views": None if views_style == "none" else views,
                "views_style": "plain" if views_style == "none" else views_style,
                "summary": summary,
                "teaser": None,
                "intro": intro,
                "heading_style": hstyle,
                "sections": secs,
                "conclusion": F(rng.choice(SYN_CONCL) + rng.choice(SYN_CONCL_MORE))
                if rng.random() < 0.85
                else None,
                "tags": tags,
                "sitemap_only": i == sitemap_only_id,
            }
        )
    return arts
