-- wrk script for scripts/bench-onboarding.sh: every request is POST /api/v1/customers with a new, realistic
-- customer. Names are unique within a run and across runs with different offsets: request k of thread t (of n
-- threads) gets customer number offset + t + n*k, and that number picks first, middle and last name digit by digit
-- (60 x 60 x 80 = 288,000 combinations), so no two requests screen the same name. One customer in five is an
-- organisation with one or two beneficial owners (screened too); countries, birth dates, phones and payment means
-- vary with the number.
--
-- Arguments after "--": API key, offset, number of wrk threads (-t). The key travels in the Authorization header only.

local first = {
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
  "Lukas", "Anna", "Jonas", "Lea", "Felix", "Clara", "Paul", "Marie", "Emil", "Greta",
  "Hugo", "Camille", "Louis", "Chloe", "Mateo", "Lucia", "Pablo", "Carmen", "Diego", "Elena",
  "Hiroshi", "Yuki", "Kenji", "Aiko", "Sanjay", "Priya", "Arjun", "Ananya", "Tomasz", "Zofia",
  "Mikkel", "Ingrid", "Oskar", "Freya", "Luca", "Giulia", "Marco", "Chiara", "Rui", "Ines"
}
local middle = {
  "Alan", "Beatrice", "Conrad", "Delphine", "Edmund", "Florence", "Gideon", "Harriet", "Ignatius", "Josephine",
  "Kendall", "Lorraine", "Mortimer", "Nadine", "Octavian", "Penelope", "Quentin", "Rosalind", "Sebastian", "Theodora",
  "Ulrich", "Valentina", "Wendell", "Xavier", "Yvonne", "Zachary", "Ambrose", "Bernadette", "Cornelius", "Dorothea",
  "Everett", "Felicity", "Gregory", "Henrietta", "Isidore", "Juliana", "Leopold", "Marguerite", "Nathaniel", "Ophelia",
  "Percival", "Rowena", "Sylvester", "Tabitha", "Urban", "Vivienne", "Winston", "Yolanda", "Augustin", "Benedikt",
  "Cyprian", "Desmond", "Evander", "Fabian", "Gustav", "Hollis", "Jasper", "Lysander", "Maximilian", "Norbert"
}
local last = {
  "Whitfield", "Okafor", "Brenner", "Tanaka", "Oliveira", "Hartmann", "Lindqvist", "Moreau", "Castellano", "Novak",
  "Kowalczyk", "Fitzgerald", "Abernathy", "Vandermeer", "Sorensen", "Haverford", "Ashdown", "Blackwood", "Carrington",
  "Delacroix", "Ellsworth", "Fairbanks", "Greenleaf", "Holloway", "Ingram", "Jamieson", "Kingsley", "Lockhart",
  "Montague", "Northcott", "Pemberton", "Quimby", "Radcliffe", "Stanhope", "Thornbury", "Underwood", "Wainwright",
  "Yardley", "Achterberg", "Bergstrom", "Cavendish", "Drummond", "Eberhardt", "Falkenrath", "Gallagher", "Hendricks",
  "Ishikawa", "Jablonski", "Kristiansen", "Lombardi", "Marchetti", "Nakamura", "Ostrowski", "Pellegrini", "Rasmussen",
  "Schuster", "Takahashi", "Uchida", "Valentini", "Wojcik", "Yamamoto", "Zielinski", "Albrecht", "Bianchi", "Dubois",
  "Engstrom", "Fontaine", "Gutierrez", "Herrmann", "Iversen", "Jorgensen", "Kaufmann", "Laurent", "Mendoza",
  "Nielsen", "Ortega", "Petersen", "Quintero", "Ramirez", "Santoro"
}
local suffix = { "LLC", "Inc", "GmbH", "Ltd", "SAS", "BV", "AB", "Srl" }
local trade = { "Analytics", "Cloud Services", "Data Systems", "Robotics", "Logistics", "Media", "Software", "Labs" }

-- country, city, postal code, street, phone prefix (national number follows)
local places = {
  { "US", "Springfield", "62701", "Elm Street", "+1 217 555 01" },
  { "US", "Austin", "78701", "Congress Avenue", "+1 512 555 01" },
  { "DE", "Berlin", "10119", "Torstrasse", "+49 30 9018 22" },
  { "GB", "London", "EC1A 1BB", "King Street", "+44 20 7946 09" },
  { "FR", "Paris", "75011", "Rue Oberkampf", "+33 1 42 68 53" },
  { "JP", "Tokyo", "153-0063", "Meguro", "+81 3 5434 12" },
  { "PT", "Lisboa", "1100-048", "Rua Augusta", "+351 21 342 77" },
  { "ES", "Madrid", "28009", "Calle de Alcala", "+34 91 123 45" },
  { "NL", "Amsterdam", "1015 CJ", "Prinsengracht", "+31 20 624 11" },
  { "CA", "Toronto", "M5V 2T6", "King Street West", "+1 416 555 01" },
}

local key, offset = "", 0
local thread_index, thread_count, k = 0, 1, 0
local counter = 0

-- runs in the main state, once per thread: number the threads 0, 1, ...
function setup(thread)
  thread:set("thread_index", counter)
  counter = counter + 1
end

function init(args)
  key = args[1] or ""
  offset = tonumber(args[2] or "0")
  thread_index = tonumber(wrk.thread:get("thread_index")) or 0
  thread_count = tonumber(args[3] or "1")
end

local function pick(t, i) return t[(i % #t) + 1] end

local function two(n) return string.format("%02d", n % 100) end

local function esc(s) return (s:gsub('\\', '\\\\'):gsub('"', '\\"')) end

local function person_name(n)
  local f = pick(first, n)
  local m = pick(middle, math.floor(n / #first))
  local l = pick(last, math.floor(n / (#first * #middle)))
  return f .. " " .. m .. " " .. l
end

local function birth(n)
  return string.format("%04d-%02d-%02d", 1950 + n % 50, 1 + n % 12, 1 + n % 28)
end

local function address(p, n)
  return string.format('{"line1":"%d %s","city":"%s","postal_code":"%s","country":"%s"}',
    1 + n % 400, p[4], p[2], p[3], p[1])
end

local function individual(n)
  local p = pick(places, math.floor(n / 7))
  return string.format(
    '{"type":"individual","name":"%s","birth_date":"%s","nationality":"%s","addresses":[%s],' ..
    '"email":"c%d@example.com","phone":"%s%s","payment_means":[{"kind":"card","country":"%s"}],' ..
    '"verification":{"status":"verified","method":"documentary"}}',
    esc(person_name(n)), birth(n), p[1], address(p, n), n, p[5], two(n), p[1])
end

local function organization(n)
  local p = pick(places, math.floor(n / 3))
  local owner1 = person_name(n + 97)
  local owners = string.format('{"name":"%s","birth_date":"%s","nationality":"%s","ownership_percent":%d}',
    esc(owner1), birth(n + 97), p[1], 25 + n % 50)
  if n % 2 == 0 then
    owners = owners .. string.format(',{"name":"%s","birth_date":"%s","nationality":"%s","ownership_percent":25}',
      esc(person_name(n + 1931)), birth(n + 1931), pick(places, math.floor(n / 11))[1])
  end
  local name = pick(last, math.floor(n / #first)) .. " " .. pick(last, n) .. " " .. pick(trade, math.floor(n / 5)) .. " " .. pick(suffix, n)
  return string.format(
    '{"type":"organization","name":"%s","nationality":"%s","addresses":[%s],"email":"org%d@example.com",' ..
    '"phone":"%s%s","payment_means":[{"kind":"bank_account","country":"%s"}],"beneficial_owners":[%s],' ..
    '"control_person":{"name":"%s","birth_date":"%s","nationality":"%s"},' ..
    '"verification":{"status":"verified","method":"documentary"}}',
    esc(name), p[1], address(p, n), n, p[5], two(n), p[1], owners, esc(owner1), birth(n + 97), p[1])
end

function request()
  local n = offset + thread_index + thread_count * k
  k = k + 1
  local body
  if n % 5 == 4 then body = organization(n) else body = individual(n) end
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. key,
    ["Content-Type"] = "application/json",
  }, body)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("requests: %d in %.1f s = %.1f requests/s; errors: connect %d, read %d, write %d, " ..
    "status %d, timeout %d\n", summary.requests, secs, summary.requests / secs, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  mean %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))
end
