-- bench/run: fills a pool of refresh tokens by logging in at the Kraken simulator directly
-- (not through the module), one file per wrk thread: <prefix>.<thread>.
-- Usage: wrk -s refresh-pool.lua http://host/kraken/graphql/ -- <prefix>
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
end

function init(args)
   out = io.open(args[1] .. "." .. id, "w")
   out:setvbuf("line")
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = '{"query":"mutation Login($input: ObtainJSONWebTokenInput!) {'
      .. ' obtainKrakenToken(input: $input) { refreshToken } }",'
      .. '"variables":{"input":{"email":"demo@example.com","password":"demo-password"}}}'
end

function response(status, headers, body)
   local token = body:match('"refreshToken":"([^"]+)"')
   if token then
      out:write(token, "\n")
   end
end
