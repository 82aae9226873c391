#!/usr/bin/env python3
"""Scale benchmark driver, called by bench/scale/run.sh (see bench/README.md, "## Scale").

Phases (all single client, one keep-alive HTTP connection to 127.0.0.1):
  http     N timed requests per read query, parameters rotated over speakers, countries and words
  paging   walk GET /quotes?limit=20 by next_cursor to page P, then time page 1 against page P
  explain  EXPLAIN (ANALYZE, BUFFERS) of the SQL the service issues for those requests, as a
           custom plan (what the first executions get) and as a generic plan (what a JDBC
           server-prepared statement may switch to after five executions), flagging Seq Scans

Only the standard library: HTTP through http.client, SQL through the psql client.
Writes a markdown report to --out and prints its summary to stdout.
"""

import argparse
import datetime
import http.client
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse

TARGET_P95_MS = 25.0
# /search ranks a bounded window of matches per type (issue #14: p95 <= 100 ms at a million rows).
TARGET_P95_MS_SEARCH = 100.0
TARGET_PAGE_RATIO = 1.5

# Search words by expected share of rows (see generate.sql: nouns drawn as floor(170 * random()^2),
# six per quote and four per claim; place names are 1 in 8,000). The report prints the real counts.
WORDS = [
    ("keamanan", "common"), ("sanksi", "common"), ("sanctions", "common"),
    ("nuklir", "medium"), ("embargo", "medium"), ("vaksin", "medium"), ("sanksi nuklir", "medium"),
]
PLACE_WORDS = 3  # rare: place names read from the data

QUOTE_COLUMNS = ("q1_0.id, q1_0.about_agreement_id, c1_0.id, c1_0.created_at, c1_0.created_by, c1_0.kind, c1_0.name_en, "
                 "c1_0.name_id, c1_0.source_hash, c1_0.updated_at, c1_0.updated_by, c1_0.version, c1_0.wikidata_qid, "
                 "q1_0.created_at, q1_0.created_by, q1_0.document_id, q1_0.kind, q1_0.lang, q1_0.source_hash, q1_0.speaker_id, "
                 "s1_0.id, s1_0.country_code, s1_0.created_at, s1_0.created_by, s1_0.name, s1_0.role, s1_0.source_hash, "
                 "s1_0.updated_at, s1_0.updated_by, s1_0.version, s1_0.wikidata_qid, q1_0.text, q1_0.text_en, "
                 "q1_0.updated_at, q1_0.updated_by, q1_0.version")
EVIDENCE_COLUMNS = ("es1_0.id, es1_0.agreement_id, es1_0.claim_id, es1_0.clause_id, es1_0.document_id, es1_0.end_offset, "
                    "es1_0.exact, es1_0.position, es1_0.prefix, es1_0.quote_id, es1_0.relation_id, es1_0.start_offset, es1_0.suffix")
CLAIM_COLUMNS = ("c1_0.id, c1_0.about_agreement_id, c1_0.category, c1_0.created_at, c1_0.created_by, c1_0.document_id, "
                 "c1_0.modality, c1_0.source_hash, c1_0.statement, c1_0.statement_en, c1_0.statement_lang, c1_0.updated_at, "
                 "c1_0.updated_by, c1_0.version")

# The statements below are the ones Hibernate logs (QUARKUS_HIBERNATE_ORM_LOG_SQL=true) for these
# requests; they mirror common/KeysetQuery.java, */ *Repository.java and search/SearchRepository.java.
# Keep them in sync when those change. Hibernate pads IN lists to a power of two (here 32).
SEARCH_MATCHES = "search @@ (websearch_to_tsquery('indonesian', $1) || websearch_to_tsquery('english', $2))"
SEARCH_SQL = """with query as (select websearch_to_tsquery('indonesian', $1) || websearch_to_tsquery('english', $2) as tsq),
hits as (
    select 'claim' as type, c.id as key, ts_rank(c.search, query.tsq) as rank, c.statement as original, c.english
    from query, (select id, search, statement, statement_en as english from claims
                 where MATCHES and 'claim' = any(cast($3 as text[])) limit $8) c
    union all
    select 'quote', q.id, ts_rank(q.search, query.tsq), q.text, q.english
    from query, (select id, search, text, text_en as english from quotes
                 where MATCHES and 'quote' = any(cast($3 as text[])) limit $8) q
    union all
    select 'clause', k.agreement_id || '/' || k.ordinal, ts_rank(k.search, query.tsq), k.summary_en, k.summary_en
    from query, (select agreement_id, ordinal, search, summary_en from clauses
                 where MATCHES and 'clause' = any(cast($3 as text[])) limit $8) k
),
page as (
    select * from hits
    where cast($4 as real) is null
       or rank < cast($4 as real)
       or (rank = cast($4 as real) and (type, key) > (cast($5 as text), cast($6 as text)))
    order by rank desc, type, key
    limit $7
)
select page.type, page.key, page.rank,
       case when to_tsvector('indonesian', page.original) @@ query.tsq
            then ts_headline('indonesian', page.original, query.tsq, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2')
            else ts_headline('english', page.english, query.tsq, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2') end as snippet
from page, query
order by page.rank desc, page.type, page.key""".replace("MATCHES", SEARCH_MATCHES)
SEARCH_WINDOW = 1000  # GEOFACTS_SEARCH_CANDIDATES' default


def log(msg):
    print(f"scale: {msg}", file=sys.stderr, flush=True)


def fold(name):
    """AliasKey.fold for ASCII names: lower case, runs of non-alphanumerics to one space."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def pct(values, p):
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(-(-p * len(s) // 100)) - 1))
    return s[k]


def fmt(v):
    return "n/a" if v != v else f"{v:.1f}"


# ------------------------------------------------------------------ psql
class Db:
    def __init__(self, args):
        self.base = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                     "-h", args.pghost, "-p", str(args.pgport), "-U", args.pguser, "-d", args.db]
        self.env = dict(os.environ, PGPASSWORD=args.pgpassword)

    def run(self, script, timeout=120):
        out = subprocess.run(self.base + ["-f", "-"], input=script, capture_output=True, text=True,
                             env=self.env, timeout=timeout)
        if out.returncode != 0:
            raise RuntimeError(f"psql failed: {out.stderr.strip()}\n--- script:\n{script[:2000]}")
        return out.stdout

    def rows(self, sql, sep="|"):
        text = self.run(sql if sql.rstrip().endswith(";") else sql + ";")
        return [line.split(sep) for line in text.splitlines() if line != ""]

    def value(self, sql):
        r = self.rows(sql)
        return r[0][0] if r else None


def lit(v):
    """A SQL literal for a parameter value (None, int or str)."""
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def text_array(values):
    """KeysetQuery.textArray: every element quoted."""
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


def padded(values, size=32):
    """Hibernate's IN-list padding: repeat the last value up to the next power of two."""
    if not values:
        return values
    n = 1
    while n < len(values):
        n *= 2
    return list(values) + [values[-1]] * (n - len(values))


def in_list(start, count):
    return "(" + ", ".join(f"${i}" for i in range(start, start + count)) + ")"


# ------------------------------------------------------------------ HTTP
class Client:
    def __init__(self, port):
        self.port = port
        self.conn = None

    def get(self, path):
        """(status, body bytes, seconds) for one GET, body fully read; reconnects when needed."""
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            t0 = time.perf_counter()
            try:
                self.conn.request("GET", path, headers={"Accept": "application/json"})
                resp = self.conn.getresponse()
                body = resp.read()
                return resp.status, body, time.perf_counter() - t0
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def q(v):
    return urllib.parse.quote(v, safe="")


# ------------------------------------------------------------------ parameters from the data
def load_parameters(db, n):
    speakers = [r[0] for r in db.rows(
        "select alias from person_aliases where person_id like 'scale-p-%' order by md5(alias) limit " + str(2 * n))]
    if not speakers:
        raise SystemExit("no scale-p-* people: run bench/scale/generate.sql first")
    countries = [r[0] for r in db.rows("select code from countries order by code")]
    places = [r[0] for r in db.rows(
        "select substring(text from ' di ([A-Za-z]+)$') from quotes where id like 'scale-q-%' order by id limit "
        + str(PLACE_WORDS))]
    words = WORDS + [(p, "rare") for p in places]
    return speakers, countries, words


def word_counts(db, words):
    counts = {}
    for w, _ in words:
        tsq = f"(websearch_to_tsquery('indonesian', {lit(w)}) || websearch_to_tsquery('english', {lit(w)}))"
        r = db.rows(f"select (select count(*) from quotes where search @@ {tsq}), (select count(*) from claims where search @@ {tsq})")
        counts[w] = (int(r[0][0]), int(r[0][1]))
    return counts


# ------------------------------------------------------------------ timed series
def series(client, name, paths, cap_seconds):
    """Times each path once, in order; stops early after cap_seconds. Returns a result dict."""
    times, errors, per_param = [], 0, {}
    started = time.monotonic()
    for path, param in paths:
        if time.monotonic() - started > cap_seconds:
            log(f"{name}: stopped after {cap_seconds}s ({len(times)} requests)")
            break
        status, _, secs = client.get(path)
        if status != 200:
            errors += 1
            continue
        ms = secs * 1000
        times.append(ms)
        per_param.setdefault(param, []).append(ms)
    return {"name": name, "times": times, "errors": errors, "per_param": per_param,
            "planned": len(paths)}


def run_http(client, args, speakers, countries, words):
    n = args.n
    half = len(speakers) // 2
    warm_speakers, measured_speakers = speakers[half:], speakers[:half]

    def rot(values, count):
        return [values[i % len(values)] for i in range(count)]

    def plans(count, sp):
        return {
            # no database: the floor set by HTTP, the machine and the client
            "GET /q/health/live (baseline)": [("/q/health/live", "live")] * count,
            "GET /quotes?speaker=<alias>": [(f"/quotes?speaker={q(s)}", "alias") for s in rot(sp, count)],
            "GET /claims?claimant=<code>": [(f"/claims?claimant={q(c)}", c) for c in rot(countries, count)],
            "GET /claims?q=<word>": [(f"/claims?q={q(w)}", w) for w, _ in rot(words, count)],
            "GET /quotes?q=<word>": [(f"/quotes?q={q(w)}", w) for w, _ in rot(words, count)],
            "GET /search?q=<word>": [(f"/search?q={q(w)}", w) for w, _ in rot(words, count)],
            # not in the list: a claimant with few claims (one person), where the keyset
            # walk in id order has to skip many rows
            "GET /claims?claimant=<person alias> (extra)": [(f"/claims?claimant={q(s)}", "person")
                                                            for s in rot(sp, max(count // 2, 1))],
        }

    log(f"warm-up: {args.warmup} requests per query (other speakers than the measured ones)")
    for name, paths in plans(args.warmup, warm_speakers).items():
        series(client, "warm-up " + name, paths, args.cap_seconds)
    results = []
    for name, paths in plans(n, measured_speakers).items():
        log(f"measuring {name}: {n} requests")
        r = series(client, name, paths, args.cap_seconds)
        log(f"  p50 {fmt(pct(r['times'], 50))} ms, p95 {fmt(pct(r['times'], 95))} ms, max {fmt(max(r['times'] or [float('nan')]))} ms")
        results.append(r)
    return results


def run_paging(client, args):
    log(f"paging: walking GET /quotes?limit=20 to page {args.pages}")
    cursor, walk_started, walk_times = None, time.monotonic(), []
    page = 1
    while page < args.pages:
        path = "/quotes?limit=20" + ("" if cursor is None else "&cursor=" + q(cursor))
        status, body, secs = client.get(path)
        if status != 200:
            raise SystemExit(f"paging: HTTP {status} on page {page}")
        walk_times.append(secs * 1000)
        cursor = json.loads(body).get("next_cursor")
        if cursor is None:
            raise SystemExit(f"paging: the listing ends at page {page}")
        page += 1
        if time.monotonic() - walk_started > args.cap_seconds * 3:
            raise SystemExit("paging: walk took too long")
    walk_seconds = time.monotonic() - walk_started
    last = "/quotes?limit=20&cursor=" + q(cursor)
    status, body, _ = client.get(last)
    first_id = json.loads(body)["items"][0]["id"]
    log(f"page {args.pages} starts at {first_id}; timing page 1 and page {args.pages} alternately, {args.page_n} each")
    p1, pn = [], []
    for _ in range(args.page_n):
        for path, acc in (("/quotes?limit=20", p1), (last, pn)):
            status, _, secs = client.get(path)
            if status == 200:
                acc.append(secs * 1000)
    return {"walk_seconds": walk_seconds, "walk_times": walk_times, "p1": p1, "pn": pn,
            "cursor": cursor, "after_key": None, "first_id": first_id}


# ------------------------------------------------------------------ EXPLAIN
SCAN_RE = re.compile(r"(Seq Scan|Parallel Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)"
                     r"(?: Backward)?(?: using (\S+))? on (\S+)")


def explain(db, name, sql, params, types, generic):
    """EXPLAIN (ANALYZE, BUFFERS) EXECUTE of a prepared statement; run twice, the second is kept."""
    mode = "force_generic_plan" if generic else "force_custom_plan"
    decl = f" ({', '.join(types)})" if types else ""
    args = f" ({', '.join(lit(p) for p in params)})" if params else ""
    script = (f"set plan_cache_mode = {mode};\n"
              f"prepare scale_stmt{decl} as\n{sql};\n"
              f"explain (analyze, buffers, costs off, timing off, summary off) execute scale_stmt{args};\n"
              f"explain (analyze, buffers) execute scale_stmt{args};\n"
              "deallocate scale_stmt;\n")
    text = db.run(script, timeout=300)
    plan = text.split("\n")
    # keep the second EXPLAIN: the first (costs off) has no "(cost=" on its top line
    second = plan
    for i, line in enumerate(plan):
        if "(cost=" in line and not line.startswith(" "):
            second = plan[i:]
            break
    plan_text = "\n".join(l for l in second if l.strip())
    exec_ms = re.search(r"Execution Time: ([0-9.]+) ms", plan_text)
    plan_ms = re.search(r"Planning Time: ([0-9.]+) ms", plan_text)
    scans = []
    for m in SCAN_RE.finditer(plan_text):
        kind, index, table = m.group(1), m.group(2), m.group(3)
        scans.append((kind, index or table, table))
    return {"name": name, "generic": generic, "text": plan_text,
            "exec_ms": float(exec_ms.group(1)) if exec_ms else float("nan"),
            "plan_ms": float(plan_ms.group(1)) if plan_ms else float("nan"),
            "scans": scans, "jit": "JIT:" in plan_text}


def explain_all(db, args, speakers, countries, words, paging):
    """The statements behind each measured request, with parameters taken from the data."""
    out = []
    table_rows = {r[0]: int(float(r[1])) for r in db.rows(
        "select relname, reltuples from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace")}
    for table, rows in list(table_rows.items()):
        if rows < 0:  # never analysed (small tables): count them
            table_rows[table] = int(db.value(f"select count(*) from {table}"))

    def both(name, sql, params, types, hot=True):
        for generic in (False, True):
            log(f"explain {name} ({'generic' if generic else 'custom'})")
            e = explain(db, name, sql, params, types, generic)
            e["hot"] = hot
            out.append(e)

    def ids_of(sql):
        return [r[0] for r in db.rows(sql)]

    # /quotes?speaker=<alias>
    alias = speakers[0]
    both("people.idsMatching (speaker, claimant)",
         "select distinct p1_0.id from people p1_0 left join person_aliases a1_0 on p1_0.id=a1_0.person_id "
         "where p1_0.id=$1 or a1_0.alias_key=$2", [alias, fold(alias)], ["varchar", "varchar"])
    person_ids = ids_of(f"select person_id from person_aliases where alias_key = {lit(fold(alias))}")
    speaker_sql = "select t.id from quotes t where t.speaker_id = any(cast($1 as text[])) order by t.id limit 21"
    both("quotes keyset: speaker", speaker_sql, [text_array(person_ids)], ["varchar"])
    quote_ids = ids_of(speaker_sql.replace("$1", lit(text_array(person_ids))))[:20]
    qp = padded(quote_ids)
    both("quotes by id (join people, organizations)",
         f"select {QUOTE_COLUMNS} from quotes q1_0 join people s1_0 on s1_0.id=q1_0.speaker_id "
         f"left join organizations c1_0 on c1_0.id=q1_0.channel_id where q1_0.id in {in_list(1, len(qp))}",
         qp, ["varchar"] * len(qp))
    both("evidence for quotes",
         f"select {EVIDENCE_COLUMNS} from evidence_spans es1_0 where es1_0.quote_id in {in_list(1, len(qp))} order by es1_0.position",
         qp, ["varchar"] * len(qp))

    # /claims?claimant=<code>
    code = "US" if "US" in countries else countries[0]
    both("countries.codesMatching (claimant)",
         "select distinct c1_0.code from countries c1_0 left join country_aliases a1_0 on c1_0.code=a1_0.country_code "
         "where c1_0.code=$1 or c1_0.alpha3=$2 or c1_0.wikidata_qid=$3 or a1_0.alias_key=$4",
         [code, code, code, fold(code)], ["varchar"] * 4, hot=False)
    claimant_sql = ("select t.id from claims t where exists (select 1 from claim_actors a where a.claim_id = t.id and a.role = $1 "
                    "and (a.country_code = any(cast($2 as text[])) or a.person_id = any(cast($3 as text[])) "
                    "or a.organization_id = any(cast($4 as text[])))) order by t.id limit 21")
    claimant_params = ["claimant", text_array([code]), "{}", "{}"]
    both(f"claims keyset: claimant={code}", claimant_sql, claimant_params, ["varchar"] * 4)
    claim_ids = ids_of(claimant_sql.replace("$1", lit("claimant")).replace("$2", lit(text_array([code])))
                       .replace("$3", "'{}'").replace("$4", "'{}'"))[:20]
    cp = padded(claim_ids)
    person = db.rows("select alias, person_id from person_aliases where person_id like 'scale-p-%' order by md5(alias) limit 1")[0]
    both(f"claims keyset: claimant={person[0]} (a person)", claimant_sql,
         ["claimant", "{}", text_array([person[1]]), "{}"], ["varchar"] * 4)
    both("claims by id", f"select {CLAIM_COLUMNS} from claims c1_0 where c1_0.id in {in_list(1, len(cp))}", cp, ["varchar"] * len(cp))
    both("claim_actors of claims",
         f"select ca1_0.id, ca1_0.claim_id, ca1_0.country_code, ca1_0.organization_id, ca1_0.person_id, ca1_0.position, ca1_0.role "
         f"from claim_actors ca1_0 where ca1_0.claim_id in {in_list(1, len(cp))} order by ca1_0.claim_id, ca1_0.role, ca1_0.position",
         cp, ["varchar"] * len(cp))
    both("evidence for claims",
         f"select {EVIDENCE_COLUMNS} from evidence_spans es1_0 where es1_0.claim_id in {in_list(1, len(cp))} order by es1_0.position",
         cp, ["varchar"] * len(cp))

    # full text: one common, one medium, one rare word
    by_class = {}
    for w, cls in words:
        by_class.setdefault(cls, w)
    for cls in ("common", "medium", "rare"):
        w = by_class.get(cls)
        if w is None:
            continue
        for table in ("quotes", "claims"):
            both(f"{table} keyset: q={w} ({cls})",
                 f"select t.id from {table} t where t.search @@ ( websearch_to_tsquery('indonesian', $1) || "
                 f"websearch_to_tsquery('english', $2) ) order by t.id limit 21", [w, w], ["varchar", "varchar"])
        both(f"search: q={w} ({cls})", SEARCH_SQL,
             [w, w, text_array(["claim", "quote", "clause"]), None, None, None, 21, SEARCH_WINDOW],
             ["varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "int", "int"])

    # paging
    both("quotes keyset: page 1", "select t.id from quotes t order by t.id limit 21", [], [])
    if args.pages > 1:
        after = ids_of(f"select id from quotes order by id limit 1 offset {20 * (args.pages - 1) - 1}")[0]
        both(f"quotes keyset: page {args.pages} (id > '{after}')",
             "select t.id from quotes t where t.id > $1 order by t.id limit 21", [after], ["varchar"])
    return out, table_rows


# ------------------------------------------------------------------ report
def report(args, meta, results, counts, words, paging, plans, table_rows):
    lines = []
    add = lines.append
    add(f"# Scale benchmark, {meta['started']}")
    add("")
    add(f"- jar: `{args.jar}`; database `{args.db}` on {args.pghost}:{args.pgport}"
        f"{f' (JDBC URL parameters `{args.jdbc_params}`)' if args.jdbc_params else ''}; read cache disabled "
        f"(`GEOFACTS_READ_CACHE_ENABLED=false`), so every request reaches PostgreSQL")
    add(f"- search-column statistics target: {meta.get('stats_target', 'n/a')}; extra indexes: {meta.get('extra_indexes', 'n/a')}")
    add(f"- {meta['cpus']} CPUs; load average before {meta['load_before']}, after {meta['load_after']}; "
        f"PostgreSQL: {meta['pg_settings']}")
    add(f"- rows: {meta['sizes']}")
    add(f"- single client, one keep-alive connection; {args.warmup} warm-up requests per query, then {args.n} measured "
        f"(speakers rotated over {meta['n_speakers']} aliases not used in the warm-up, claimants over "
        f"{meta['n_countries']} countries, words over {len(words)} words); times are client-side, request sent "
        f"to body read")
    add("")
    if results:
        add("## Latency")
        add("")
        add(f"| query | n | p50 ms | p95 ms | max ms | mean ms | errors | p95 ≤ {TARGET_P95_MS:.0f} ms "
            f"(`/search`: {TARGET_P95_MS_SEARCH:.0f} ms) |")
        add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for r in results:
            t = r["times"]
            ok = pct(t, 95) <= (TARGET_P95_MS_SEARCH if "/search" in r["name"] else TARGET_P95_MS)
            if "baseline" in r["name"]:
                ok = None
            add(f"| `{r['name']}` | {len(t)} | {fmt(pct(t, 50))} | {fmt(pct(t, 95))} | {fmt(max(t) if t else float('nan'))} | "
                f"{fmt(sum(t) / len(t) if t else float('nan'))} | {r['errors']} | {'' if ok is None else 'yes' if ok else '**no**'} |")
        add("")
        add("Full-text queries by word (quotes / claims matching = rows whose `search` matches; ms p50 / p95):")
        add("")
        add("| word | class | quotes matching | claims matching | `/quotes?q` | `/claims?q` | `/search?q` |")
        add("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        by_name = {r["name"]: r for r in results}
        for w, cls in words:
            cells = []
            for name in ("GET /quotes?q=<word>", "GET /claims?q=<word>", "GET /search?q=<word>"):
                t = by_name.get(name, {}).get("per_param", {}).get(w, [])
                cells.append(f"{fmt(pct(t, 50))} / {fmt(pct(t, 95))}")
            qc, cc = counts.get(w, (0, 0))
            add(f"| `{w}` | {cls} | {qc:,} | {cc:,} | " + " | ".join(cells) + " |")
        add("")
        claim_r = by_name.get("GET /claims?claimant=<code>")
        if claim_r:
            add("`/claims?claimant` by country (ms p50 / p95): " + ", ".join(
                f"{c} {fmt(pct(t, 50))} / {fmt(pct(t, 95))}" for c, t in sorted(claim_r["per_param"].items())))
            add("")
    if paging:
        p1, pn = paging["p1"], paging["pn"]
        r50 = pct(pn, 50) / pct(p1, 50)
        r95 = pct(pn, 95) / pct(p1, 95)
        add("## Paging")
        add("")
        add(f"Walked `GET /quotes?limit=20` by `next_cursor` to page {args.pages} in {paging['walk_seconds']:.1f} s "
            f"(per page p50 {fmt(pct(paging['walk_times'], 50))} ms, p95 {fmt(pct(paging['walk_times'], 95))} ms); "
            f"page {args.pages} starts at `{paging['first_id']}`. Then page 1 and page {args.pages} alternately, "
            f"{args.page_n} times each:")
        add("")
        add("| page | n | p50 ms | p95 ms | max ms |")
        add("| --- | ---: | ---: | ---: | ---: |")
        add(f"| 1 | {len(p1)} | {fmt(pct(p1, 50))} | {fmt(pct(p1, 95))} | {fmt(max(p1))} |")
        add(f"| {args.pages} | {len(pn)} | {fmt(pct(pn, 50))} | {fmt(pct(pn, 95))} | {fmt(max(pn))} |")
        add("")
        add(f"Ratio page {args.pages} / page 1: **{r50:.2f}** at p50, {r95:.2f} at p95 "
            f"(target ≤ {TARGET_PAGE_RATIO}: {'met' if r50 <= TARGET_PAGE_RATIO else '**missed**'}).")
        add("")
    if plans:
        add("## EXPLAIN (ANALYZE, BUFFERS)")
        add("")
        add("Each statement as a custom plan (parameters known to the planner: the first five executions of a "
            "JDBC server-prepared statement) and as a generic plan (what PostgreSQL may switch to from the sixth "
            "execution on, when its estimated cost is not higher). Seq Scans on tables over 10,000 rows are "
            "flagged.")
        add("")
        add("| statement | plan | exec ms | scans (index or table) | seq scans |")
        add("| --- | --- | ---: | --- | --- |")
        flagged = []
        for p in plans:
            scans = ", ".join(sorted({f"{k.replace(' Scan', '')}: {i}" for k, i, _ in p["scans"]}))
            seqs = sorted({t for k, _, t in p["scans"] if "Seq Scan" in k})
            big = [t for t in seqs if table_rows.get(t, 0) > 10000]
            seq_cell = ", ".join(f"**{t}**" if t in big else f"{t} ({table_rows.get(t, 0)} rows)" for t in seqs) or "none"
            if big:
                flagged.append((p["name"], "generic" if p["generic"] else "custom", big))
            add(f"| {p['name']} | {'generic' if p['generic'] else 'custom'} | {fmt(p['exec_ms'])}"
                f"{' (JIT)' if p['jit'] else ''} | {scans} | {seq_cell} |")
        add("")
        if flagged:
            add("Seq Scans on large tables: " + "; ".join(f"{n} ({g}): {', '.join(t)}" for n, g, t in flagged) + ".")
        else:
            add("No Seq Scan on a table over 10,000 rows.")
        add("")
        add("<details><summary>Plans</summary>")
        add("")
        for p in plans:
            add(f"### {p['name']} ({'generic' if p['generic'] else 'custom'})")
            add("")
            add("```")
            add(p["text"])
            add("```")
            add("")
        add("</details>")
        add("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--pghost", default="127.0.0.1")
    ap.add_argument("--pgport", default="5432")
    ap.add_argument("--pguser", default="postgres")
    ap.add_argument("--pgpassword", default="postgres")
    ap.add_argument("--jar", default="")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=40)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--page-n", type=int, default=200)
    ap.add_argument("--cap-seconds", type=float, default=60)
    ap.add_argument("--phases", default="http,paging,explain")
    ap.add_argument("--jdbc-params", default="")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    phases = set(args.phases.split(","))

    db = Db(args)
    meta = {"started": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cpus": os.cpu_count(), "load_before": " ".join(open("/proc/loadavg").read().split()[:3])}
    meta["pg_settings"] = ", ".join(f"{r[0]}={r[1]}" for r in db.rows(
        "select name, setting || coalesce(unit, '') from pg_settings where name in "
        "('server_version', 'shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit') order by name"))
    meta["sizes"] = ", ".join(f"{r[0]} {int(float(r[1])):,}" for r in db.rows(
        "select relname, reltuples from pg_class where relname in ('documents', 'people', 'quotes', 'claims', "
        "'claim_actors', 'evidence_spans', 'changes') order by relname")) + ", database " + db.value(
        "select pg_size_pretty(pg_database_size(current_database()))")

    meta["stats_target"] = ", ".join(f"{r[0]}.search {r[1]}" for r in db.rows(
        "select attrelid::regclass, case when attstattarget < 0 then 'default' else attstattarget::text end "
        "from pg_attribute where attname = 'search' and attrelid in ('quotes'::regclass, 'claims'::regclass) order by 1"))
    # indexes that V1__fact_model.sql does not create (a fix under test)
    v1 = {"quotes_pkey", "quotes_search_idx", "quotes_speaker_idx", "quotes_document_idx", "quotes_about_idx",
          "claims_pkey", "claims_search_idx", "claims_document_idx", "claim_actors_pkey",
          "claim_actors_claim_id_role_position_key", "claim_actors_country_idx", "claim_actors_person_idx",
          "claim_actors_organization_idx"}
    extra = [f"`{r[1]}`" for r in db.rows(
        "select indexrelid::regclass, pg_get_indexdef(indexrelid) from pg_index "
        "where indrelid in ('quotes'::regclass, 'claims'::regclass, 'claim_actors'::regclass) order by 1")
        if r[0] not in v1]
    meta["extra_indexes"] = "; ".join(extra) or "none"
    speakers, countries, words = load_parameters(db, args.n)
    meta["n_speakers"], meta["n_countries"] = len(speakers) // 2, len(countries)
    counts = word_counts(db, words)
    client = Client(args.port)
    results = run_http(client, args, speakers, countries, words) if "http" in phases else []
    paging = run_paging(client, args) if "paging" in phases else None
    plans, table_rows = explain_all(db, args, speakers, countries, words, paging) if "explain" in phases else ([], {})
    meta["load_after"] = " ".join(open("/proc/loadavg").read().split()[:3])
    text = report(args, meta, results, counts, words, paging, plans, table_rows)
    with open(args.out, "w") as f:
        f.write(text + "\n")
    raw = {"meta": meta, "series": [{k: r[k] for k in ("name", "times", "errors")} | {"per_param": r["per_param"]}
                                    for r in results],
           "paging": None if paging is None else {k: paging[k] for k in ("walk_seconds", "p1", "pn", "first_id")},
           "counts": counts, "plans": [{k: p[k] for k in ("name", "generic", "exec_ms", "plan_ms", "scans")} for p in plans]}
    with open(re.sub(r"\.md$", "", args.out) + ".json", "w") as f:
        json.dump(raw, f)
    print(text.split("<details>")[0])
    log(f"report: {args.out}")


if __name__ == "__main__":
    main()
