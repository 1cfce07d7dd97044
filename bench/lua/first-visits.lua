-- bench/run, heap check: first visits (no cookie, guest path) that also check every answer:
-- status 200, a new guest cookie, and no JSESSIONID anywhere in the headers. With a file prefix and
-- a count, each thread also appends its first <count> guest tokens to <prefix>.<thread number>.
-- Usage: wrk -s first-visits.lua URL [-- <prefix> <count>]; prints one line
-- "visits=… issued=… non200=… jsessionid=…"
local threads = {}

function setup(thread)
   thread:set("id", #threads)
   table.insert(threads, thread)
end

function init(args)
   visits, issued, non200, jsessionid = 0, 0, 0, 0
   if args[1] then
      keep = io.open(args[1] .. "." .. id, "a")
      keep_left = tonumber(args[2])
   end
end

function response(status, headers, body)
   visits = visits + 1
   if status ~= 200 then
      non200 = non200 + 1
   end
   for name, value in pairs(headers) do
      if string.find(string.upper(name .. value), "JSESSIONID", 1, true) then
         jsessionid = jsessionid + 1
      end
   end
   local cookie = headers["Set-Cookie"]
   if cookie and string.find(cookie, "^jwt=") then
      issued = issued + 1
      if keep and keep_left > 0 then
         keep:write(string.match(cookie, "^jwt=([^;]+)"), "\n")
         keep_left = keep_left - 1
         if keep_left == 0 then
            keep:close()
            keep = nil
         end
      end
   end
end

function done(summary, latency, requests)
   local t = {visits = 0, issued = 0, non200 = 0, jsessionid = 0}
   for _, thread in ipairs(threads) do
      for k, _ in pairs(t) do
         t[k] = t[k] + thread:get(k)
      end
   end
   io.write(string.format("visits=%d issued=%d non200=%d jsessionid=%d\n",
      t.visits, t.issued, t.non200, t.jsessionid))
end
