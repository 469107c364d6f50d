-- wrk script: each request takes the next search from the labelled query set, round robin,
-- so the load is the same mix of words, filters and postcodes as the relevance benchmark.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

-- wrk's own summary stops at 50/75/90/99%: print the 95th percentile too.
function done(summary, latency, requests)
  io.write(string.format("p95 %.1fms\n", latency:percentile(95) / 1000))
end
