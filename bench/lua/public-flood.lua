-- bench/run, under attack: a paced flood of a public page the portal reads from Kraken as the
-- organisation (the demo's /products), with a random postcode per request, from many clients
-- (a random IPv6 /64 of the documentation prefix in X-Forwarded-For: each request a client of its
-- own, so the per-client public limit does not stop it and the public bulkhead must).
-- Usage: wrk -s public-flood.lua URL -- <pause ms>
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
end

function init(args)
   pause = tonumber(args[1])
   math.randomseed(os.time() * 100 + id)
end

function delay()
   return pause
end

function request()
   local headers = {}
   headers["X-Forwarded-For"] = string.format("2001:db8:%x:%x::1", math.random(0, 0xffff), math.random(0, 0xffff))
   return wrk.format("GET", string.format("/products?postcode=SW%dA%%20%dAA", math.random(1, 20), math.random(1, 9)), headers)
end
