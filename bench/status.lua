-- Counts responses by status in every wrk thread and prints one parseable RESULT line: latency percentiles, socket
-- errors, timeouts (wrk's: no answer within --timeout), and non-2xx answers split into 503 (shed) and the rest.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  s503, other = 0, 0
end
function response(status, headers, body)
  if status == 503 then s503 = s503 + 1 elseif status >= 300 then other = other + 1 end
end
function done(summary, latency, requests)
  local shed, bad = 0, 0
  for _, t in ipairs(threads) do
    shed = shed + t:get("s503")
    bad = bad + t:get("other")
  end
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f connect_err=%d read_err=%d write_err=%d timeout=%d non2xx=%d status_503=%d status_other=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status, shed, bad))
end
