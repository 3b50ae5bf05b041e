"""The page templates of the "content farm" site: chrome, article body, lists, tags, home, contact.

Each page carries the noise a real farm has (sidebars, hot lists, related links, ads, footers),
picked through the site model so the same article always gets the same neighbours.
"""

from __future__ import annotations

from .formats import (
    _art_url,
    _attr,
    _esc,
    _hot_count,
    _inline,
    _list_url,
    _num,
    _num_format,
    _search_url,
    date_display,
    views_display,
)
from .model import PER_PAGE, _Site

HOT_SEARCHES = [
    "抖音退款",
    "淘宝仅退款",
    "微信转错账",
    "花呗退款",
    "12306退票",
    "美团外卖退款",
    "自动续费怎么取消",
    "快币退款",
    "拼多多先用后付",
    "京东价保",
    "运费险",
    "滴滴申诉",
]


def _head(site: _Site, title: str, keywords: str, description: str, canonical: str | None) -> str:
    canon = f'<link rel="canonical" href="{_attr(canonical)}">\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{_esc(title)}</title>
<meta name="keywords" content="{_attr(keywords)}">
<meta name="description" content="{_attr(description)}">
{canon}<meta name="applicable-device" content="pc,mobile">
<link rel="stylesheet" type="text/css" href="/static/css/style.css?v=20240301">
<link rel="shortcut icon" href="/static/img/logo.png" type="image/png">
<script type="text/javascript" src="/static/js/ads.js"></script>
<script type="text/javascript">
var _tjq = _tjq || [];
(function() {{
  var tj = document.createElement("script");
  tj.src = "/static/js/tj.js?sid=8f2c1a9d3e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(tj, s);
}})();
</script>
</head>
"""


def _top(site: _Site, active: str | None) -> str:
    nav = ['<li{}><a href="/">首页</a></li>'.format(' class="on"' if active == "" else "")]
    for slug, name in site.cats:
        on = ' class="on"' if slug == active else ""
        nav.append(f'<li{on}><a href="{_list_url(slug)}">{_esc(name)}</a></li>')
    for t in site.tag_pages:
        nav.append(f'<li><a href="/tag/{site.tag_slugs[t]}.html">{_esc(t)}</a></li>')
        break
    return f"""<body>
<div class="topbar">
  <div class="w1200">
    <span class="welcome">您好,欢迎来到{_esc(site.name)}!</span>
    <div class="fr"><a href="javascript:;" onclick="showLogin()" rel="nofollow">登录</a>&nbsp;|&nbsp;<a href="javascript:;" onclick="showReg()" rel="nofollow">注册</a>&nbsp;&nbsp;<a href="javascript:;" onclick="addFav()">收藏本站</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{_attr(site.name)}" width="180" height="50"></a></div>
    <div class="search-box">
      <form action="/search" method="get" target="_blank"><input type="text" name="q" class="s-input" placeholder="输入关键词,如:抖音退款"><button type="submit" class="s-btn">搜索</button></form>
    </div>
  </div>
</div>
<div class="nav"><div class="w1200"><ul class="clearfix">
{chr(10).join(nav)}
</ul></div></div>
"""


def _footer(site: _Site) -> str:
    return f"""<div class="footer">
  <div class="w1200">
    <p class="flinks"><a href="/about/contact.html">联系我们</a>&nbsp;|&nbsp;<a href="/about/contact.html#disclaimer">免责声明</a>&nbsp;|&nbsp;<a href="/about/contact.html#ad">广告合作</a></p>
    <p>&copy; 2018-2025 {_esc(site.name)} 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备18068512号-2</a></p>
    <p class="gray">本站部分内容来源于网友投稿及互联网公开资料,仅供参考;如有侵权,请联系我们删除。</p>
  </div>
</div>
<div style="display:none"><script type="text/javascript">_tjq.push(["pv", location.pathname]);</script></div>
</body>
</html>
"""


def _sidebar(site: _Site, art: dict | None) -> str:
    me = art or {"id": -1, "category_slug": site.cats[0][0]}
    latest = site.others(me, 8, [site.cat_latest[me["category_slug"]], site.latest])
    hot = site.others(me, 8, [site.hot])
    lat = "\n".join(
        f'      <li><a href="{_art_url(b)}" title="{_attr(b["title"])}" target="_blank">{_esc(b["title"])}</a>'
        f'<span class="date">{_esc(b["published"])}</span></li>'
        for b in latest
    )
    hots = "\n".join(
        f'      <li><i class="n{i}">{i}</i><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>'
        f"<em>{_hot_count(b.get('views'))}</em></li>"
        for i, b in enumerate(hot, 1)
    )
    zt = "\n".join(
        f'      <li><a href="/tag/{site.tag_slugs[t]}.html"><img src="/static/img/pic{i % 4 + 1}.png" alt="{_attr(t)}">'
        f"<p>{_esc(t)}专题</p></a></li>"
        for i, t in enumerate(site.tag_pages)
    )
    searches = " ".join(
        f'<a href="{_search_url(q)}" target="_blank">{_esc(q)}</a>' for q in HOT_SEARCHES
    )
    return f"""  <div class="side">
    <div class="side-box">
      <div class="side-tit"><span>最新文章</span></div>
      <ul class="side-list">
{lat}
      </ul>
    </div>
    <div class="ad ad-side"><script type="text/javascript">ads_show("side_300x250");</script></div>
    <div class="side-box zt">
      <div class="side-tit"><span>精选专题</span></div>
      <ul class="zt-list clearfix">
{zt}
      </ul>
    </div>
    <div class="side-box hot">
      <div class="side-tit"><span>热门阅读</span></div>
      <ul class="hot-list">
{hots}
      </ul>
    </div>
    <div class="side-box sousuo">
      <div class="side-tit"><span>大家都在搜</span></div>
      <div class="tag-cloud">{searches}</div>
    </div>
  </div>
"""


# --------------------------------------------------------------------------- article body


def _para_open(variant: int) -> tuple[str, str, str]:
    """(open tag + prefix, suffix, close tag) for the article's paragraph habit."""
    if variant == 1:
        return '<p style="text-indent:2em;">', "", "</p>"
    if variant == 2:
        return "<p>\u3000\u3000", "", "</p>"
    if variant == 3:
        return (
            '<p><span style="font-size:16px;font-family:微软雅黑,Microsoft YaHei;">',
            "</span>",
            "</p>",
        )
    return "<p>", "", "</p>"


def _render_content(art: dict) -> str:
    aid = art["id"]
    variant = aid % 4
    op, suf, cl = _para_open(variant)

    def P(inner: str, close: bool = True) -> str:
        return f"{op}{inner}{suf}{cl if close else ''}"

    out: list[str] = []
    intro = art.get("intro", [])
    for i, para in enumerate(intro):
        sloppy = aid % 5 == 2 and i == 0 and len(intro) > 1  # unclosed <p>, followed by another <p>
        out.append(P(_esc(para), close=not sloppy))
        if i == 0 and aid % 3 == 1:
            out.append(
                f'<p style="text-align:center;"><img src="/static/img/pic{aid % 4 + 1}.png" '
                f'alt="{_attr(art["title"])}" width="600" height="300" /></p>'
            )
    if aid % 2 == 0:
        out.append(
            '<div class="ad ad-content" style="margin:12px 0;text-align:center;">'
            '<script type="text/javascript">ads_show("content_mid");</script></div>'
        )
    hstyle = art.get("heading_style", "strong")
    ueditor = aid % 2 == 0
    for si, sec in enumerate(art["sections"]):
        h = _esc(sec["heading"])
        if hstyle == "h2":
            out.append(f"<h2>{h}</h2>")
        elif hstyle == "h3":
            out.append(f'<h3 style="font-size:18px;">{h}</h3>')
        else:
            out.append(f"<p><strong>{h}</strong></p>")
        style = sec.get("style")
        steps = sec.get("steps", [])
        lead = sec.get("lead", "")
        fmt = _num_format(sec, aid, si)
        if style == "e" and sec.get("lead_inline"):
            items = ([_esc(lead)] if lead else []) + [
                _num(fmt, i) + _inline(s) for i, s in enumerate(steps, 1)
            ]
            out.append(P("<br>\n".join(items)))
            steps = []
        elif lead:
            out.append(P(_esc(lead)))
        for para in sec.get("paras", []):
            out.append(P(_esc(para)))
        if sec.get("table"):
            rows = sec["table"]
            trs = [f"<tr>{''.join(f'<th>{_esc(c)}</th>' for c in rows[0])}</tr>"]
            trs += [f"<tr>{''.join(f'<td>{_esc(c)}</td>' for c in r)}</tr>" for r in rows[1:]]
            out.append(
                '<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;width:100%;">'
                f"<tbody>{''.join(trs)}</tbody></table>"
            )
        if steps:
            if style == "a":
                for i, s in enumerate(steps):
                    last_sloppy = aid % 3 == 0 and i == len(steps) - 1
                    out.append(P(_inline(s), close=not last_sloppy))
            elif style in ("b", "f"):
                tag = "ol" if style == "b" else "ul"
                if ueditor:
                    lt = "decimal" if tag == "ol" else "disc"
                    lis = "".join(f"<li><p>{_inline(s)}</p></li>" for s in steps)
                    out.append(
                        f'<{tag} class="list-paddingleft-2" style="list-style-type: {lt};">{lis}</{tag}>'
                    )
                else:
                    lis = "\n".join(f"  <li>{_inline(s)}</li>" for s in steps)
                    out.append(f"<{tag}>\n{lis}\n</{tag}>")
            elif style in ("c", "d"):
                for i, s in enumerate(steps, 1):
                    out.append(P(_num(fmt, i) + _inline(s)))
            elif style == "e":
                out.append(
                    P("<br>\n".join(_num(fmt, i) + _inline(s) for i, s in enumerate(steps, 1)))
                )
            else:
                raise ValueError(f"article {aid}: unknown step style {style!r}")
        for para in sec.get("after", []):
            out.append(P(_esc(para)))
    if art.get("conclusion"):
        out.append(P(_esc(art["conclusion"])))
    return "\n".join(out)


def _keywords(art: dict) -> str:
    return ",".join(dict.fromkeys([*art.get("tags", []), art["category"]]))


def render_article(site: _Site, art: dict) -> str:
    aid = art["id"]
    slug = art["category_slug"]
    title = art["title"]
    ddisp = date_display(art)
    vdisp, _ = views_display(art)
    date_label = ("", "", "发布时间:", "时间:")[aid % 4]
    tcls = "date" if art.get("date_style") == "cn" else "time"
    info = [f'<span class="{tcls}">{date_label}{_esc(ddisp)}</span>']
    if vdisp:
        vcls = ("view", "view", "read-num", "hits")[aid % 4]
        info.append(f'<span class="{vcls}">{_esc(vdisp)}</span>')
    info.append(f'<span class="source">来源:{_esc(site.name)}</span>')
    info.append(
        f'<a href="/print/{aid}.html" target="_blank" class="print" rel="nofollow">打印本文</a>'
    )

    summary = _esc(art["summary"])
    if aid % 5 == 3:
        summary = f"<b>摘要:</b>{summary}"
    rel = site.related(art)
    rel_html = "\n".join(
        f'        <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>&nbsp;</li>'
        for b in rel
    )
    n_tw = 6 + (aid + 3) % 5
    tw = site.others(art, n_tw, [site.cat_latest[slug], site.latest])
    tw_html = "\n".join(
        f"""      <li class="clearfix">
        <a href="{_art_url(b)}" class="pic" target="_blank"><img src="/static/img/pic{b["id"] % 4 + 1}.png" alt="{_attr(b["title"])}"></a>
        <div class="txt"><p><a href="{_art_url(b)}" target="_blank">{_esc(b.get("teaser") or b["summary"])}</a></p>
        <span class="date">{_esc(b["published"])}</span></div>
      </li>"""
        for b in tw
    )
    prev, nxt = site.prev_next(art)
    pn = []
    pn.append(
        f'<p>上一篇:<a href="{_art_url(prev)}">{_esc(prev["title"])}</a></p>'
        if prev
        else "<p>上一篇:没有了</p>"
    )
    pn.append(
        f'<p>下一篇:<a href="{_art_url(nxt)}">{_esc(nxt["title"])}</a></p>'
        if nxt
        else "<p>下一篇:没有了</p>"
    )
    tags = "".join(
        f'<a href="{site.tag_link(t)}" target="_blank">{_esc(t)}</a>' for t in art.get("tags", [])
    )
    desc = art["summary"][:120]
    crumb = f'<a href="/">首页</a>{site.sep[slug]}<a href="{_list_url(slug)}">{_esc(art["category"])}</a>'
    if aid % 7 == 5:
        crumb = "当前位置:" + crumb
    return (
        _head(site, f"{title}_{site.name}", _keywords(art), desc, _art_url(art))
        + _top(site, slug)
        + f"""<div class="ad ad-banner w1200"><script type="text/javascript">ads_show("top_1200x90");</script></div>
<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb">{crumb}</div>
    <div class="article">
      <h1>{_esc(title)}</h1>
      <div class="info">{"&nbsp;&nbsp;".join(info)}</div>
      <div class="summary">{summary}</div>
      <div class="content" id="article-content">
{_render_content(art)}
      </div>
      <div class="statement">声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。</div>
      <div class="art-tags">标签:{tags}</div>
      <div class="share">分享到:<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
      <div class="prenext">
        {pn[0]}
        {pn[1]}
      </div>
      <div class="tuijian">
        <div class="tit">推荐阅读:</div>
        <ul>
{rel_html}
        </ul>
      </div>
    </div>
    <div class="ad ad-mid"><script type="text/javascript">ads_show("art_bottom_820x120");</script></div>
    <div class="tuwen">
      <div class="tit"><span>图文阅读</span></div>
      <ul class="tw-list">
{tw_html}
      </ul>
    </div>
  </div>
{_sidebar(site, art)}</div>
</div>
"""
        + _footer(site)
    )


def render_print(site: _Site, art: dict) -> str:
    ddisp = date_display(art)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{_esc(art["title"])} - 打印版 - {_esc(site.name)}</title>
<meta name="robots" content="noindex,nofollow">
<link rel="canonical" href="{_art_url(art)}">
<style>body{{font:16px/1.8 "Microsoft YaHei",sans-serif;max-width:760px;margin:20px auto;color:#000}}
h1{{font-size:24px}}.info{{color:#666;font-size:13px;border-bottom:1px solid #ccc;padding-bottom:8px}}
.noprint a{{margin-right:12px}}@media print{{.noprint{{display:none}}}}</style>
</head>
<body>
<div class="noprint"><a href="javascript:window.print();">打印</a><a href="javascript:window.close();">关闭</a></div>
<h1>{_esc(art["title"])}</h1>
<div class="info">{_esc(ddisp)}&nbsp;&nbsp;{_esc(site.name)}</div>
<div class="summary">{_esc(art["summary"])}</div>
<div class="content">
{_render_content(art)}
</div>
<p class="src">本文地址:{_art_url(art)}</p>
</body>
</html>
"""


# --------------------------------------------------------------------------- list-ish pages


def _item_li(b: dict) -> str:
    vdisp, _ = views_display(b)
    meta = f'<span class="date">{_esc(b["published"][:10])}</span>'
    if vdisp:
        meta += f'<span class="views">{_esc(vdisp)}</span>'
    return f"""      <li class="clearfix">
        <a href="{_art_url(b)}" class="pic" target="_blank"><img src="/static/img/pic{b["id"] % 4 + 1}.png" alt="{_attr(b["title"])}"></a>
        <div class="txt">
          <h3><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a></h3>
          <p>{_esc(b["summary"][:90])}…</p>
          <div class="meta">{meta}</div>
        </div>
      </li>"""


def _pager(slug: str, page: int, pages: int) -> str:
    if pages <= 1:
        return '<div class="pages"><span class="current">1</span></div>'
    parts = [f'<a href="{_list_url(slug)}">首页</a>']
    parts.append(
        f'<a href="{_list_url(slug, page - 1)}">上一页</a>'
        if page > 1
        else '<span class="disabled">上一页</span>'
    )
    lo = max(1, min(page - 4, pages - 9))
    hi = min(pages, lo + 9)
    for k in range(lo, hi + 1):
        parts.append(
            f'<span class="current">{k}</span>'
            if k == page
            else f'<a href="{_list_url(slug, k)}">{k}</a>'
        )
    parts.append(
        f'<a href="{_list_url(slug, page + 1)}">下一页</a>'
        if page < pages
        else '<span class="disabled">下一页</span>'
    )
    parts.append(f'<a href="{_list_url(slug, pages)}">尾页</a>')
    parts.append(f'<span class="total">共{pages}页</span>')
    return '<div class="pages">' + "".join(parts) + "</div>"


def render_list(site: _Site, slug: str, name: str, page: int) -> str:
    lst = site.cat_latest[slug]
    pages = site.list_pages(slug)
    chunk = lst[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(_item_li(b) for b in chunk)
    t = f"{name}_{site.name}" if page == 1 else f"{name}_第{page}页_{site.name}"
    return (
        _head(
            site,
            t,
            f"{name},{name}知识,{name}教程",
            f"{site.name}{name}频道,提供{name}相关的常见问题解答与操作教程。",
            _list_url(slug, page),
        )
        + _top(site, slug)
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a>{site.sep[slug]}<span>{_esc(name)}</span></div>
    <div class="list-box">
      <div class="list-tit"><h1>{_esc(name)}</h1></div>
      <ul class="art-list">
{items}
      </ul>
      {_pager(slug, page, pages)}
    </div>
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_tag(site: _Site, tag: str) -> str:
    items = "\n".join(_item_li(b) for b in site.tag_pages[tag])
    return (
        _head(
            site,
            f"{tag}相关文章_{site.name}",
            f"{tag},{tag}怎么办",
            f"关于{tag}的相关文章汇总。",
            f"/tag/{site.tag_slugs[tag]}.html",
        )
        + _top(site, None)
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a> &gt; <span>标签</span> &gt; <span>{_esc(tag)}</span></div>
    <div class="list-box">
      <div class="list-tit"><h1>“{_esc(tag)}”相关文章</h1></div>
      <ul class="art-list">
{items}
      </ul>
    </div>
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_home(site: _Site) -> str:
    top = site.latest[:10]
    focus = "\n".join(
        f'      <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>'
        f"<span>{_esc(b['published'][5:10])}</span></li>"
        for b in top
    )
    blocks = []
    for slug, name in site.cats:
        lis = "\n".join(
            f'        <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a></li>'
            for b in site.cat_latest[slug][:5]
        )
        blocks.append(f"""    <div class="cat-box">
      <div class="cat-tit"><h2><a href="{_list_url(slug)}">{_esc(name)}</a></h2><a href="{_list_url(slug)}" class="more">更多&gt;&gt;</a></div>
      <ul>
{lis}
      </ul>
    </div>""")
    names = ",".join(n for _, n in site.cats)
    return (
        _head(
            site,
            f"{site.name} - 常见问题解答,退款售后教程大全",
            f"{site.name},{names}",
            f"{site.name}为您提供{names}等方面的实用教程和问题解答。",
            "/",
        )
        + _top(site, "")
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="home-focus">
      <div class="cat-tit"><h2>最新发布</h2></div>
      <ul class="focus-list">
{focus}
      </ul>
    </div>
{chr(10).join(blocks)}
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_contact(site: _Site) -> str:
    return (
        _head(
            site, f"联系我们_{site.name}", "联系我们", f"{site.name}联系方式", "/about/contact.html"
        )
        + _top(site, None)
        + """<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a> &gt; 联系我们</div>
    <div class="about">
      <h1>联系我们</h1>
      <p>商务合作邮箱:service#bangbangzhishi.example(请将#换成@)</p>
      <p id="disclaimer"><strong>免责声明:</strong>本站内容仅供参考,具体规则请以各平台官方公布为准。</p>
      <p id="ad"><strong>广告合作:</strong>请发送邮件并注明“广告合作”。</p>
    </div>
  </div>
</div>
"""
        + _footer(site)
    )
