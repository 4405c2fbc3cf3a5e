-- every request a different page or filter: mostly cache misses, so this measures the store's queries
local countries = {"ARM", "RUS", "AZE", "TUR", "IRN"}
local roots = {"02", "04", "07", "11", "19"}
request = function()
  local r = math.random(1, 3)
  if r == 1 then
    return wrk.format("GET", "/api/events?offset=" .. (math.random(0, 999) * 100))
  elseif r == 2 then
    return wrk.format("GET", "/api/events?country=" .. countries[math.random(1, 5)] .. "&root=" .. roots[math.random(1, 5)] .. "&offset=" .. (math.random(0, 50) * 10) .. "&limit=10")
  else
    return wrk.format("GET", "/api/events?from=2020-" .. string.format("%02d", math.random(1, 12)) .. "-01&to=2021-12-31&limit=" .. math.random(1, 100))
  end
end
