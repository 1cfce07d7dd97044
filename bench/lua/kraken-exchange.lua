-- bench/run, reference "Kraken alone": the simulator's answer to the very call the module makes for
-- a pre-signed key (same document, same variables), sent to it directly. Its latency is what the
-- exchange scenario pays Kraken; the rest of the exchange scenario's latency is page + module.
-- Usage: wrk -s kraken-exchange.lua http://host/kraken/graphql/ -- <pre-signed key>
function init(args)
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = '{"query":"mutation ObtainKrakenToken($input: ObtainJSONWebTokenInput!) {'
      .. ' obtainKrakenToken(input: $input) { token payload refreshToken refreshExpiresIn } }",'
      .. '"variables":{"input":{"preSignedKey":"' .. args[1] .. '"}}}'
end
