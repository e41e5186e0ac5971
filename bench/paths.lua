-- GET a rotating list of paths given as PATHS="a b c" in the environment.
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, p) end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
-- Prints the latency percentiles and status errors in one parseable line.
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f connect_err=%d read_err=%d write_err=%d timeout=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
