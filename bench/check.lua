-- POST /api/v1/check with real claim texts in turn: sentences as they were published, each a claim a fact-checker
dofile(os.getenv("BENCH_LUA") .. "/status.lua")
-- debunked, set in ordinary news prose so that the checker also has sentences to pass over.
local texts = {
  '{"language":"en","text":"NATO ministers meeting in Riga approved plans for an attack on Russia, a state channel reported on Thursday. The foreign ministers also discussed the situation in the Western Balkans."}',
  '{"language":"ro","text":"Vaccinurile anti-COVID contin microcipuri care permit urmarirea oamenilor, sustine un videoclip distribuit pe retelele sociale. Ministerul Sanatatii a anuntat o noua campanie de informare."}',
  '{"language":"en","text":"US-funded biolabs in Ukraine are developing biological weapons near the Russian border, the ministry spokeswoman said. She gave no evidence for the claim."}',
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, texts[(i % #texts) + 1])
end
