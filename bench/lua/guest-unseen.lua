-- bench/run, scenario "guest-unseen": every request carries a valid guest token that the server
-- signed long ago and has since dropped from its bounded cache (kept by first-visits.lua during the
-- heap check), taken in turn, each thread from its own file: the first verification of a token, as
-- after a restart or on another node with the same key. Counts the answers that set a new guest
-- cookie, i.e. tokens the module did not accept (there must be none).
-- Usage: wrk -s guest-unseen.lua URL -- <prefix of the token files> <wrk threads>; prints "reissued=…"
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   mine = {}
   for line in io.lines(args[1] .. "." .. id) do
      mine[#mine + 1] = "jwt=" .. line
   end
   turn = 0
   reissued = 0
end

function request()
   turn = turn % #mine + 1
   return wrk.format(nil, nil, {["Cookie"] = mine[turn]})
end

function response(status, headers, body)
   local cookie = headers["Set-Cookie"]
   if cookie and string.find(cookie, "^jwt=") then
      reissued = reissued + 1
   end
end

function done(summary, latency, requests)
   local n = 0
   for _, thread in ipairs(threads) do
      n = n + thread:get("reissued")
   end
   io.write(string.format("reissued=%d\n", n))
end
