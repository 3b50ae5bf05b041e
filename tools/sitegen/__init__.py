"""Static "content farm" site generator for helpindex's demo, tests and benchmarks.

Usage:
    python -m tools.sitegen sample                     # rebuild data/sample_site/ + tests/sample_site_expected.json
    python -m tools.sitegen synthetic --n 2000 --out DIR [--seed 0]
                                                       # big synthetic site, with DIR/expected.json

Stdlib only (tomllib, html, json, zlib...). Nothing here imports the project.

The package, one job a module:
    formats.py     how dates, view counters, step numbers and URLs are shown (and read back)
    model.py       the site model: categories, orderings, the noise pickers pages share
    templates.py   the page templates (article, print, lists, tags, home, contact)
    assets.py      stylesheet and scripts (data files under static/), PNGs, robots.txt, sitemap
    render.py      render_site(): write a whole site into a folder
    oracle.py      expected_record() / build_expected(): what a correct crawl should produce
    content.py     the sample site's hand-written TOML content: load and validate
    synthetic.py   synthetic_articles(); its word lists are data in words.toml
    cli.py         the two commands below (``python -m tools.sitegen``)

URLs and the {{HOST}} placeholder
---------------------------------
The sites are served on a random loopback port, so no absolute URL can be baked into the
static files. Therefore:
  * every link in the HTML pages is root-relative ("/article/12.html", "/list/shipin/");
  * sitemap.xml and the "Sitemap:" line of robots.txt need absolute URLs, so they are written
    with the literal placeholder host ``http://{{HOST}}`` (e.g. ``http://{{HOST}}/article/12.html``).
    The project's test server replaces ``{{HOST}}`` with the real ``host:port`` when it serves
    ``*.xml`` files and ``robots.txt``.  A plain ``python -m http.server`` does NOT do that, so a
    crawler pointed at such a server will see the placeholder in the sitemap.

Site layout written by render_site():
    index.html                       home: category links + latest articles
    list/<slug>/index.html           category list, page 1 (10 articles a page, newest first)
    list/<slug>/list_<k>.html        category list, page k (k >= 2)
    article/<id>.html                article pages
    print/<id>.html                  printer-friendly copies (Disallowed in robots.txt)
    tag/<slug>.html                  tag pages (only for the tags given in tag_slugs)
    about/contact.html               "联系我们"
    sitemap.xml, robots.txt          with the {{HOST}} placeholder, see above
    static/...                       css, js, png placeholders
Links to /search?q=... ("大家都在搜") point at a path that does not exist and is Disallowed in
robots.txt. An article whose dict has ``sitemap_only: True`` is linked from nowhere but sitemap.xml.

Article dict format (what synthetic_articles() returns and what the TOML content is turned into):
    id:int  title:str  category:str(name)  category_slug:str
    published:"YYYY-MM-DD HH:MM:SS"  date_style: "full"|"minute"|"cn"
    views:int|None  views_style:"plain"|"wan"|"comma"|"wplus"
    summary:str  teaser:str|None  intro:[str]  heading_style:"strong"|"h2"|"h3"
    sections:[{heading, lead?, style? in a-f, steps?, num?, lead_inline?, paras?, table?, after?}]
    conclusion:str|None  tags:[str]  sitemap_only:bool
Step texts may contain **bold** spans (rendered as <strong>, stripped in the expected data).
Step styles: a = lead-in ending in ":" + one plain <p> per step; b = <ol><li>; c = "1." / "2、"
paragraphs; d = "第一步:" / "步骤2：" paragraphs; e = one <p> with <br>-separated "(1)"/"①" steps;
f = <ul><li>.  ``num`` is a format string with {n}, {cn} (一二三) and {circ} (①②③).
"""

from .assets import HOST
from .cli import main
from .content import load_content, validate
from .formats import date_display, date_expected, views_display
from .model import DEFAULT_TAG_SLUGS, PER_PAGE, SITE_NAME
from .oracle import build_expected, expected_record, expected_steps
from .render import render_site
from .synthetic import synthetic_articles
from .templates import (
    render_article,
    render_contact,
    render_home,
    render_list,
    render_print,
    render_tag,
)

__all__ = [
    "DEFAULT_TAG_SLUGS",
    "HOST",
    "PER_PAGE",
    "SITE_NAME",
    "build_expected",
    "date_display",
    "date_expected",
    "expected_record",
    "expected_steps",
    "load_content",
    "main",
    "render_article",
    "render_contact",
    "render_home",
    "render_list",
    "render_print",
    "render_site",
    "render_tag",
    "synthetic_articles",
    "validate",
    "views_display",
]
