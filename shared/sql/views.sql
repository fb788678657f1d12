-- newsrail — the counting rules of `newsrail views` (views/include/newsrail/views.h) as one SQL
-- query, for a site whose requests are in a warehouse. Output: CSV rows `url,period,views` that
-- `newsrail views --counts FILE --feed FEED` merges into the feed (the url is a path; the feed's
-- URL lookup maps it to an item, and drops paths that are no item: assets, home, sections).
--
-- Input tables:
--   requests(time INTEGER  -- UTC epoch seconds
--            , method TEXT, path TEXT  -- as requested, query string included
--            , status INTEGER, user_agent TEXT, client TEXT
--            , purpose TEXT)  -- Sec-Purpose or Purpose header; NULL or '' when not logged
--   bot_patterns(pattern TEXT)  -- `newsrail views --print-bots` (crawler-user-agents, in the
--                               -- form SQLite's REGEXP, PCRE2 and RE2 read alike)
-- now is the newest request (what the CLI's --now defaults to); for another now, replace
-- `SELECT MAX(time) AS now FROM requests` by `SELECT <epoch seconds> AS now`.
--
-- Runs unchanged in Debian's sqlite3 (3.40; the shell has REGEXP since 3.36, window functions
-- since 3.25): tests/cli/views_sql_test.sh runs it and checks the merged feed equals the CLI's.
-- ClickHouse: `a.user_agent REGEXP b.pattern` -> `match(a.user_agent, b.pattern)`;
--   `instr(path, '?')` -> `position(path, '?')`; `rtrim(p, '/')` -> `trim(TRAILING '/' FROM p)`;
--   `LAG(time) OVER (...)` -> `lagInFrame(time) OVER (... ROWS BETWEEN UNBOUNDED PRECEDING AND
--   UNBOUNDED FOLLOWING)` (it gives 0, not NULL, for the first row: the test below holds).
-- BigQuery: `a.user_agent REGEXP b.pattern` -> `REGEXP_CONTAINS(a.user_agent, b.pattern)`;
--   `instr(path, '?')` -> `STRPOS(path, '?')`; `substr` -> `SUBSTR`; the rest is standard.
-- The periods are the four windows `newsrail views` writes for a feed without views; a feed that
-- uses others (e.g. 30m) needs a row for each in `periods` (the CLI gives zeros for a window the
-- CSV lacks, and says how many rows were for windows the feed does not use).
-- A site whose article URLs differ only by their query (`/story.php?id=3`) keeps the query:
-- use `path` for `bare` below.
WITH
  params AS (SELECT MAX(time) AS now FROM requests),
  periods AS (
    SELECT '1h' AS name, 3600 AS seconds
    UNION ALL SELECT '6h', 21600
    UNION ALL SELECT '24h', 86400
    UNION ALL SELECT '7d', 604800),
  -- Each distinct user agent once against every pattern: they repeat far more than they differ.
  agents AS (
    SELECT a.user_agent,
           MAX(CASE WHEN a.user_agent <> '' AND a.user_agent REGEXP b.pattern THEN 1 ELSE 0 END)
             AS bot
    FROM (SELECT DISTINCT COALESCE(user_agent, '') AS user_agent FROM requests) a
    CROSS JOIN bot_patterns b
    GROUP BY a.user_agent),
  -- Rule 1: GET, 2xx, no prefetch, no bot, not after now; the path without its query.
  hits AS (
    SELECT r.time, COALESCE(r.client, '') AS client, COALESCE(r.user_agent, '') AS user_agent,
           CASE WHEN instr(r.path, '?') > 0 THEN substr(r.path, 1, instr(r.path, '?') - 1)
                ELSE r.path END AS bare
    FROM requests r
    JOIN agents g ON g.user_agent = COALESCE(r.user_agent, '')
    CROSS JOIN params
    WHERE r.method = 'GET' AND r.status BETWEEN 200 AND 299
      AND LOWER(COALESCE(r.purpose, '')) NOT LIKE '%prefetch%'
      AND g.bot = 0 AND r.time <= params.now),
  keyed AS (
    SELECT time, client, user_agent,
           CASE WHEN bare <> '/' AND rtrim(bare, '/') <> '' THEN rtrim(bare, '/') ELSE bare END
             AS path_key
    FROM hits),
  -- Rule 2: a request counts unless the same visitor asked for the same path less than 1800
  -- seconds (30 minutes) before it.
  ordered AS (
    SELECT time, path_key,
           LAG(time) OVER (PARTITION BY client, user_agent, path_key ORDER BY time) AS previous
    FROM keyed)
-- Rule 3: a view at time t is in a period P when now - P < t <= now.
SELECT o.path_key AS url, p.name AS period, COUNT(*) AS views
FROM ordered o
CROSS JOIN periods p
CROSS JOIN params
WHERE (o.previous IS NULL OR o.time - o.previous >= 1800)
  AND o.time > params.now - p.seconds
GROUP BY o.path_key, p.name, p.seconds
ORDER BY o.path_key, p.seconds;
