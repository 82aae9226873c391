-- wrk script used by bench/run.sh: sends plain GETs (wrk's default request) and, when the run is
-- over, prints one machine-parsable line that run.sh greps for:
--
--   BENCH_RESULT rps=<req/s> p50_ms=<ms> p99_ms=<ms> requests=<n> non2xx3xx=<n> socket_errors=<n>
--
-- wrk counts any response outside 2xx/3xx in summary.errors.status; connect/read/write/timeout
-- are socket-level failures and are summed into socket_errors. Latency values are microseconds.

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   io.write(string.format(
      "BENCH_RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non2xx3xx=%d socket_errors=%d\n",
      summary.requests / seconds,
      latency:percentile(50) / 1000.0,
      latency:percentile(99) / 1000.0,
      summary.requests,
      e.status,
      socket_errors))
end
