-- bench/run, scenario graphql-proxy: the demo's allowed ViewerAccounts operation posted to the
-- module's GraphQL route by its id, as a logged-in browser (the cookies come from bench/run's -H).
-- Usage: wrk -s graphql-proxy.lua http://host/api/graphql -- <document id>
function init(args)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = '{"id":"' .. args[1] .. '","variables":{}}'
end
