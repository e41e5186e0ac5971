-- GET a rotating list of paths given as PATHS="a b c" in the environment.
dofile(os.getenv("BENCH_LUA") .. "/status.lua")
local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, p) end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
