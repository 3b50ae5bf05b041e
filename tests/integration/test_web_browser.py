"""The web page in a real browser: Debian's headless Chromium driven through chromedriver.

Search, read the top result's title and steps from the rendered DOM, open the article,
follow a facet, make sure nothing from the hostile crawled page ran, and take screenshots
at 1280 and 375 px (written to docs/ when HELPINDEX_SCREENSHOTS=docs). Skipped, with the
reason, where chromium, chromedriver or selenium are missing; `.ci/run` installs them.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tempfile
import urllib.parse
from pathlib import Path

import pytest

from tests.helpers import ROOT, run
from tests.integration.webkb import HOSTILE_PATH

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
QUERY = "淘宝仅退款怎么申请"
WIDE, NARROW = 1280, 375
NAVIGATION_TIMEOUT = 60  # seconds for a page to load on a busy machine (not a speed check)
# Chromium as root in a container, and nothing that reaches past loopback.
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)

pytestmark = [
    pytest.mark.skipif(not CHROMIUM, reason="no chromium on PATH (apt-get install chromium)"),
    pytest.mark.skipif(
        not CHROMEDRIVER, reason="no chromedriver on PATH (apt-get install chromium-driver)"
    ),
]


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="helpindex-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (*CHROMIUM_ARGS, f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _cli_top(data: Path, query: str) -> dict:
    import json

    proc = run([sys.executable, "search_cli.py", "--data", str(data), "--json", query])
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)[0]


def _click_and_wait(driver, element, url_has: str) -> None:
    """Click a link or button and wait until the browser has loaded the page it leads to."""
    from selenium.webdriver.support.ui import WebDriverWait

    element.click()
    WebDriverWait(driver, NAVIGATION_TIMEOUT).until(
        lambda d: (
            url_has in urllib.parse.unquote(d.current_url)
            and d.execute_script("return document.readyState") == "complete"
        )
    )


def _pwned(driver) -> str | None:
    return driver.execute_script("return document.body.getAttribute('data-pwned')")


def _png_width(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[16:20])[0]


def _screenshot(driver, width: int, name: str, tmp_path: Path) -> Path:
    driver.set_window_size(width, 900)
    driver.refresh()
    path = tmp_path / name
    driver.save_screenshot(str(path))
    if os.environ.get("HELPINDEX_SCREENSHOTS") == "docs":
        shutil.copy(path, ROOT / "docs" / name)
    return path


def test_search_read_open_filter_in_chromium(browser, web_server, web_kb, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(WIDE, 900)
    browser.get(web_server.url)
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys(QUERY)
    _click_and_wait(
        browser, browser.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"), "q="
    )
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)["q"] == [QUERY]

    # the top result, as the CLI ranks it, with its steps under their headings
    expected = _cli_top(web_kb, QUERY)
    top = browser.find_element(By.CSS_SELECTOR, "li.hit.first")
    assert top.find_element(By.CSS_SELECTOR, "h2.title").text == expected["title"]
    headings = [h.text for h in top.find_elements(By.CSS_SELECTOR, ".steps h3")]
    assert headings == [s["heading"] for s in expected["sections"] if s.get("heading")]
    steps = [li.text for li in top.find_elements(By.CSS_SELECTOR, ".steps ol > li")]
    assert steps == [step for s in expected["sections"] for step in s["steps"]]
    assert top.find_elements(By.CSS_SELECTOR, ".snippet mark"), "highlighted words"
    assert "1 份副本" in top.find_element(By.CSS_SELECTOR, "details.copies summary").text
    _screenshot(browser, WIDE, "web-results-1280.png", tmp_path)
    narrow = _screenshot(browser, NARROW, "web-results-375.png", tmp_path)
    # usable at 375 px: nothing wider than the window, the steps still shown
    assert browser.execute_script("return document.documentElement.scrollWidth") <= NARROW
    assert browser.find_element(By.CSS_SELECTOR, "li.hit.first .steps ol > li").is_displayed()
    assert _png_width(narrow) == NARROW
    browser.set_window_size(WIDE, 900)

    # the article page: the stored record in full
    top = browser.find_element(By.CSS_SELECTOR, "li.hit.first")
    _click_and_wait(browser, top.find_element(By.CSS_SELECTOR, "h2.title a"), "/article?url=")
    assert browser.find_element(By.CSS_SELECTOR, "h1.title").text == expected["title"]
    events = [td.text for td in browser.find_elements(By.CSS_SELECTOR, ".history td:nth-child(2)")]
    assert "new" in events
    source = browser.find_element(By.CSS_SELECTOR, "p.source a").get_attribute("href")
    assert source == expected["url"]
    copies = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "section.copies a")]
    assert copies == expected["duplicates"]
    _screenshot(browser, NARROW, "web-article-375.png", tmp_path)
    browser.set_window_size(WIDE, 900)

    # a facet: the category of the top result narrows the results to that category
    browser.back()
    WebDriverWait(browser, NAVIGATION_TIMEOUT).until(lambda d: "/article" not in d.current_url)
    category = expected["category"][-1]
    facet = browser.find_element(
        By.XPATH, f"//section[@data-facet='category']//a[normalize-space()='{category}']"
    )
    _click_and_wait(browser, facet, "category=")
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert params["category"] == [category] and params["q"] == [QUERY]
    shown = [c.text for c in browser.find_elements(By.CSS_SELECTOR, "li.hit .category")]
    assert shown and all(category in c for c in shown)
    assert browser.find_element(By.CSS_SELECTOR, "section[data-facet=category] li.active")

    browser.get(web_server.url + "status")
    assert browser.find_element(By.CSS_SELECTOR, "figure.chart svg polyline")
    _screenshot(browser, WIDE, "web-status-1280.png", tmp_path)


def test_nothing_from_the_hostile_page_runs(browser, web_server, web_kb):
    from selenium.webdriver.common.by import By

    browser.set_window_size(WIDE, 900)
    query = "仅退款被拒绝怎么办"
    browser.get(web_server.url + "?" + urllib.parse.urlencode({"q": query}))
    titles = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "li.hit h2.title")]
    hostile = [t for t in titles if "onerror" in t]
    assert hostile and hostile[0].startswith("<img src=x onerror=")  # shown as text
    assert "\u202e" not in hostile[0]  # the bidi override is gone
    assert _pwned(browser) is None
    hostile_url = next(
        a.get_attribute("href")
        for a in browser.find_elements(By.CSS_SELECTOR, "li.hit h2.title a")
        if "onerror" in a.text
    )
    browser.get(hostile_url)
    assert urllib.parse.unquote(browser.current_url).endswith(HOSTILE_PATH)
    steps = [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".steps ol > li")]
    assert any(s.startswith("<script>") for s in steps)  # the script is text, not code
    assert _pwned(browser) is None
    assert not browser.find_elements(By.CSS_SELECTOR, "img, script:not([src])")
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript:")]
