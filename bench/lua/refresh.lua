-- bench/run, scenario "refresh, distinct tokens": every request carries the same expired access
-- token and a refresh token of its own with the binding the module set beside it (taken in turn
-- from a pool of "<refresh token> <binding>" lines, each thread its own share),
-- so every request is a real refresh with one Kraken call, unless the pool runs out (then tokens
-- repeat and the module's 60-second memory answers: bench/run reports Kraken calls per request).
-- Usage: wrk -s refresh.lua URL -- <pool file> <wrk threads> <expired access token>
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
end

function init(args)
   local threads = tonumber(args[2])
   expired = args[3]
   mine = {}
   local n = 0
   for line in io.lines(args[1]) do
      if n % threads == id then
         local refresh, binding = line:match("^(%S+) (%S+)$")
         mine[#mine + 1] = "refreshToken=" .. refresh .. "; accessTokenBinding=" .. binding
      end
      n = n + 1
   end
   turn = 0
end

function request()
   turn = turn % #mine + 1
   return wrk.format(nil, nil, {
      ["Cookie"] = "accessToken=" .. expired .. "; " .. mine[turn]
   })
end
