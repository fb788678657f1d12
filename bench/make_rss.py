#!/usr/bin/env python3
"""Turns a JSON Feed (e.g. `newsrail synth 10000`) into the RSS 2.0 a news site publishes, for
timing `newsrail import` (bench/import.md): guid, link, title, description, content:encoded (the
body as <p> paragraphs), dc:creator, pubDate (RFC 822), category (the section, then the tags) and
media:content with media:description/media:credit. Relative URLs are made absolute with the feed's
home_page_url. Standard library only.

    build/native/tools/newsrail synth 10000 > /tmp/synth.json
    python3 bench/make_rss.py /tmp/synth.json --paragraphs 2 > /tmp/synth.xml

--paragraphs N keeps the first N paragraphs of each body (default: all): synth's 10,000 full
bodies make 38 MB, past the 16 MB that the feed parser and the importer accept (ParseLimits).
"""
import datetime
import html
import json
import sys
from urllib.parse import urljoin


def rfc822(text):
    t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return t.astimezone(datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")


def element(name, text):
    return f"<{name}>{html.escape(text, quote=False)}</{name}>"


def main():
    args = sys.argv[1:]
    paragraphs = None
    if "--paragraphs" in args:
        at = args.index("--paragraphs")
        paragraphs = int(args[at + 1])
        del args[at : at + 2]
    feed = json.load(open(args[0], encoding="utf-8") if args else sys.stdin)
    home = feed.get("home_page_url", "https://example.com/")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
        "<channel>",
        element("title", feed.get("title", "Feed")),
        element("link", home),
        element("description", feed.get("title", "Feed")),
        element("language", feed.get("language", "en")),
    ]
    for item in feed.get("items", []):
        ext = item.get("_newsrail", {})
        url = urljoin(home, item.get("url", ""))
        out.append("<item>")
        out.append(element("title", item["title"]))
        out.append(element("link", url))
        out.append(f'<guid isPermaLink="false">{html.escape(item["id"])}</guid>')
        if "summary" in item:
            out.append(element("description", item["summary"]))
        if "content_text" in item:
            body = "".join(f"<p>{html.escape(p)}</p>" for p in item["content_text"].split("\n\n")[:paragraphs])
            out.append(f"<content:encoded><![CDATA[{body}]]></content:encoded>")
        for author in item.get("authors", []):
            out.append(element("dc:creator", author["name"]))
        if "date_published" in item:
            out.append(element("pubDate", rfc822(item["date_published"])))
        for category in ([ext["section"]] if "section" in ext else []) + item.get("tags", []):
            out.append(element("category", category))
        if "image" in item:
            out.append(f'<media:content url="{html.escape(urljoin(home, item["image"]))}" '
                       'medium="image" width="1200" height="675">')
            if "image_alt" in ext:
                out.append(element("media:description", ext["image_alt"]))
            if "image_credit" in ext:
                out.append(element("media:credit", ext["image_credit"]))
            out.append("</media:content>")
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
