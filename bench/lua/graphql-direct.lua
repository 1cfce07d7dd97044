-- bench/run, control of graphql-proxy: the very call the module's GraphQL route makes (the demo's
-- ViewerAccounts document as the route sends it, normalised, with the same access token), sent to
-- the simulator directly. The route's cost is graphql-proxy minus this.
-- Usage: wrk -s graphql-direct.lua http://host/kraken/graphql/ -- <access token>
function init(args)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Authorization"] = args[1]
   wrk.body = '{"query":"query ViewerAccounts { viewer { accounts { number status balance } } }","variables":{}}'
end
