#!/usr/bin/env python3
"""Writes a synthetic web server access log for `newsrail views` (bench/views.sh, tests/cli/views_sql_test.sh).

Realistic enough to exercise every counting rule: article paths from a feed (Zipf-popular), some with
tracking or other query strings and trailing slashes; home, section and asset requests; browsers and
bots (every example user agent of the crawler-user-agents list), visitors coming back to the same
article within and after 30 minutes; GET, HEAD and POST; 200, 304, 404, 301 and 500; lines slightly
out of time order (as a server logs a request when it ends); a few broken lines.

  bench/make_access_log.py FEED.json N [--seed S] [--start T] [--span SECONDS] [--format combined|json]
                           [--bots crawler-user-agents.json] [--requests-csv OUT.csv] [--unvisited K]
                           > access.log

--requests-csv also writes the readable lines as the CSV the SQL test loads into its `requests` table
(time in epoch seconds, method, path, status, user_agent, client, purpose). Same arguments, same bytes.
"""
import argparse
import bisect
import csv
import itertools
import json
import os
import random
import sys
import time as _time
from urllib.parse import urlsplit

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{v} Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel {v}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/{v}.0 Chrome/115.0.0.0 Mobile Safari/537.36",
]
ASSETS = ["/static/app.js", "/static/app.css", "/static/logo.svg", "/favicon.ico", "/robots.txt",
          "/images/{n}.jpg", "/images/{n}.webp", "/fonts/body.woff2", "/feed.json", "/sitemap.xml"]
QUERIES = ["", "", "", "", "", "?utm_source=twitter&utm_medium=social", "?fbclid=IwAR{n}",
           "?ref=home", "?utm_campaign=newsletter", "?page=2", "/"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("feed")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=1764547200)  # 2025-12-01T00:00:00Z
    ap.add_argument("--span", type=int, default=8 * 86400)
    ap.add_argument("--format", choices=["combined", "json"], default="combined")
    ap.add_argument("--bots", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "web",
                                                   "node_modules", "crawler-user-agents",
                                                   "crawler-user-agents.json"))
    ap.add_argument("--bot-share", type=float, default=0.15)
    ap.add_argument("--requests-csv")
    ap.add_argument("--unvisited", type=int, default=0, help="the feed's last N items are never requested")
    a = ap.parse_args()
    rnd = random.Random(a.seed)

    feed = json.load(open(a.feed, encoding="utf-8"))
    paths = [urlsplit(item["url"]).path for item in feed["items"] if item.get("url")]
    paths = paths[:len(paths) - a.unvisited]
    sections = sorted({"/" + p.strip("/").split("/")[0] for p in paths} | {"/"})
    bots = [ua for entry in json.load(open(a.bots, encoding="utf-8"))
            for ua in entry.get("instances", []) if "\n" not in ua and '"' not in ua]
    visitors = []
    for i in range(max(50, a.n // 40)):
        ip = "%d.%d.%d.%d" % (rnd.randrange(1, 224), rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
        if i % 5 == 0:  # IPv6 clients too
            ip = "2001:db8:%x:%x::%x" % (rnd.randrange(65536), rnd.randrange(65536), rnd.randrange(65536))
        ua = (rnd.choice(bots) if rnd.random() < a.bot_share
              else rnd.choice(BROWSERS).format(v=rnd.randrange(10, 130)))
        visitors.append((ip, ua))
    # Zipf-like popularity: cumulative weights 1/(rank+1).
    def zipf_cum(n, s=1.0):
        return list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(n)))
    path_cum, visitor_cum = zipf_cum(len(paths)), zipf_cum(len(visitors), 0.8)

    out = sys.stdout
    rows = csv.writer(open(a.requests_csv, "w", newline="", encoding="utf-8")) if a.requests_csv else None
    if rows:
        rows.writerow(["time", "method", "path", "status", "user_agent", "client", "purpose"])
    last = {}
    stamp_cache = {}
    step = a.span / a.n
    for i in range(a.n):
        if i % 20011 == 7:  # a broken line now and then
            out.write(rnd.choice(["garbage without fields", '1.2.3.4 - - [32/Foo/2025:99:00:00 +0000] "GET / HTTP/1.1" 200 1',
                                  '1.2.3.4 - - [01/Dec/2025:00:00:00 +0000] "GET /x HTTP/1.1'])
                      + "\n")
            continue
        t = a.start + int(i * step) - (rnd.randrange(0, 30) if rnd.random() < 0.05 else 0)
        v = bisect.bisect_left(visitor_cum, rnd.random() * visitor_cum[-1])
        ip, ua = visitors[v]
        r = rnd.random()
        if v in last and r < 0.25:      # back to the same article (reload, comments, a later visit)
            path = last[v]
        elif r < 0.65:
            path = paths[bisect.bisect_left(path_cum, rnd.random() * path_cum[-1])]
            last[v] = path
        elif r < 0.72:
            path = rnd.choice(sections)
        else:
            path = rnd.choice(ASSETS).format(n=rnd.randrange(1000))
        if path in paths:
            path += rnd.choice(QUERIES).format(n=rnd.randrange(10**6))
        method = "GET" if rnd.random() < 0.96 else rnd.choice(["HEAD", "POST"])
        s = rnd.random()
        status = 200 if s < 0.86 else 304 if s < 0.93 else 404 if s < 0.97 else 301 if s < 0.99 else 500
        purpose = "prefetch" if a.format == "json" and rnd.random() < 0.02 else ""
        if a.format == "combined":
            st = stamp_cache.get(t)
            if st is None:
                g = _time.gmtime(t)
                st = "%02d/%s/%04d:%02d:%02d:%02d +0000" % (g.tm_mday, MONTHS[g.tm_mon - 1], g.tm_year,
                                                            g.tm_hour, g.tm_min, g.tm_sec)
                stamp_cache = {t: st}
            out.write('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s"\n'
                      % (ip, st, method, path, status, rnd.randrange(200, 90000), ua))
        else:
            rec = {"time": _time.strftime("%Y-%m-%dT%H:%M:%SZ", _time.gmtime(t)), "method": method,
                   "path": path, "status": status, "user_agent": ua, "client": ip}
            if purpose:
                rec["purpose"] = purpose
            out.write(json.dumps(rec) + "\n")
        if rows:
            rows.writerow([t, method, path, status, ua, ip, purpose])


if __name__ == "__main__":
    main()
