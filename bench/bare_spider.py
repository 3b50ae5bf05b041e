"""The baseline of the crawl benchmark: a bare Scrapy spider that only follows links.

It fetches what the `articles` spider fetches (same host, same robots.txt, same settings)
but parses nothing and stores nothing, so the ratio of the two is the cost of our
extraction and store pipeline on top of Scrapy itself.
"""

from urllib.parse import urlsplit

import scrapy


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_urls: str = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [u for u in start_urls.split(",") if u]
        self.allowed_domains = sorted({urlsplit(u).hostname for u in self.start_urls})

    def parse(self, response):
        if not isinstance(response, scrapy.http.TextResponse):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if url.startswith(("http://", "https://")):
                yield scrapy.Request(url, callback=self.parse)
