-- bench/run, under attack: a paced flood of first visits with random pre-signed keys, each one
-- a would-be exchange with Kraken. Usage: wrk -s flood.lua URL -- <one|many> <pause ms>
--   one:  every request from the same client (the peer)
--   many: every request through the trusted proxy with a random client (an IPv6 /64 of the
--         documentation prefix, so each request is a client of its own)
-- Each connection waits <pause ms> between its requests: the flood's rate is paced, so what is
-- measured is what the module amplifies, not raw HTTP load.
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
end

function init(args)
   mode = args[1]
   pause = tonumber(args[2])
   math.randomseed(os.time() * 100 + id)
   sent = 0
end

function delay()
   return pause
end

function request()
   sent = sent + 1
   local key = string.format("flood%08x%08x%06d", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff), sent)
   local headers = {}
   if mode == "many" then
      headers["X-Forwarded-For"] = string.format("2001:db8:%x:%x::1", math.random(0, 0xffff), math.random(0, 0xffff))
   end
   return wrk.format("GET", "/bench/anon/" .. key .. "/ping", headers)
end
