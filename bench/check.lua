-- POST /api/v1/check with one of a few short texts, in turn.
local texts = {
  '{"text":"NATO ministers in Riga approved plans to attack Russia. The weather was fine.","language":"en"}',
  '{"text":"Vaccinurile contin microcipuri care urmaresc oamenii. Guvernul a anuntat noi masuri.","language":"ro"}',
  '{"text":"US biolabs in Ukraine develop bioweapons, a minister said on Tuesday.","language":"en"}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, texts[(i % #texts) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f connect_err=%d read_err=%d write_err=%d timeout=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
