-- wrk script used by bench/run.sh: the "distinct-URL mix". Every request is a GET of a URL drawn
-- at random from a varied set, as many clients with different questions would send: quotes by
-- speaker spellings, claims by claimant, search words (Indonesian and English), countries, treaty
-- clauses, people by name, relations, most with a random page size. Every URL answers 200 on the
-- bundled dataset (some with an empty page: a name that is not in it is a realistic question too);
-- run.sh checks that before any load (BENCH_MIX_LIST below).
--
-- Families are weighted (quotes, claims and search most); `limit`, where the endpoint has one, is
-- left out for a quarter of the requests (the default page) and otherwise 1-100. About 5,000
-- distinct URLs in all: the read cache (10,000 entries) fills within seconds when it is on, so the
-- mix mostly measures cache hits then, and every request is a miss when it is off.
--
-- Results: report.lua's done() prints the BENCH_RESULT line; this script adds one line
--   BENCH_MIX distinct_urls=<n> check_urls=<n>
-- With the environment variable BENCH_MIX_LIST=1, done() also prints every URL shape once as
--   BENCH_MIX_URL <path>
-- (each family's base with no limit, limit=1 and limit=100), for run.sh to check with curl.
-- Requests are drawn from a fixed seed per wrk thread, so runs send the same sequence.

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local AGREEMENT = "ru-kp-comprehensive-strategic-partnership-2024"

-- { weight, path prefix, values (URL-encoded), takes a limit }
local families = {
   { 25, "/quotes?speaker=", {
        "Putin", "putin", "PUTIN", "Vladimir Putin", "vladimir-putin", "Presiden Rusia Vladimir Putin",
        "Kim Jong Un", "Kim Jong-un", "Kim", "kim-jong-un", "Pemimpin Korea Utara",
        "KCNA", "Lavrov", "Sergei Lavrov" }, true },
   { 20, "/claims?claimant=", {
        "US", "KP", "RU", "KR", "UA", "Washington", "Amerika Serikat", "United States",
        "Korea Utara", "North Korea", "Russia", "Kremlin", "Seoul", "Putin", "vladimir-putin", "NATO" }, true },
   { 20, "/search?q=", {
        "sanksi", "agresi", "perjanjian", "kemitraan", "nuklir", "pertahanan", "Pyongyang",
        "treaty", "nuclear", "sanctions", "military exercises", "Putin", "hegemony" }, true },
   { 10, "/countries/", { "RU", "KP", "US", "KR", "UA" }, false },
   { 10, "/agreements/" .. AGREEMENT .. "/clauses", { "" }, true },
   { 8, "/people?name=", {
        "Putin", "Vladimir Putin", "Kim Jong-un", "kim", "Pemimpin Korea Utara", "Lavrov" }, true },
   { 7, "/relations?country=", { "RU", "KP", "Russia", "US", "RU&with=KP" }, true },
}

local total_weight, distinct, shapes = 0, 0, {}
for _, f in ipairs(families) do
   total_weight = total_weight + f[1]
   local values = {}
   for i, v in ipairs(f[3]) do
      -- "RU&with=KP" is two parameters: encode the values, not the separator
      values[i] = v:gsub("[^&=]+", urlencode)
   end
   f[3] = values
   local sep = f[2]:find("?", 1, true) and "&" or "?"
   f.sep = sep
   distinct = distinct + #values * (f[4] and 101 or 1)
   for _, v in ipairs(values) do
      local base = f[2] .. v
      shapes[#shapes + 1] = base
      if f[4] then
         shapes[#shapes + 1] = base .. sep .. "limit=1"
         shapes[#shapes + 1] = base .. sep .. "limit=100"
      end
   end
end

local function draw()
   local r = math.random(total_weight)
   local f
   for _, g in ipairs(families) do
      r = r - g[1]
      if r <= 0 then f = g; break end
   end
   local path = f[2] .. f[3][math.random(#f[3])]
   if f[4] and math.random(4) > 1 then
      path = path .. f.sep .. "limit=" .. math.random(100)
   end
   return path
end

local counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("seed", 14 + counter)
end

function init(args)
   math.randomseed(wrk.thread:get("seed") or 14)
end

function request()
   return wrk.format("GET", draw())
end

-- done(): report.lua's, plus one line about the mix.
local here = (debug.getinfo(1, "S").source:match("^@(.*/)") or "bench/")
dofile(here .. "report.lua")
local report_done = done
function done(summary, latency, requests)
   report_done(summary, latency, requests)
   io.write(string.format("BENCH_MIX distinct_urls=%d check_urls=%d\n", distinct, #shapes))
   if os.getenv("BENCH_MIX_LIST") == "1" then
      for _, p in ipairs(shapes) do io.write("BENCH_MIX_URL " .. p .. "\n") end
   end
end
