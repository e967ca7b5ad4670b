#!/usr/bin/env bash
# The offline Nix checks: every .nix file parses, the flake's outputs evaluate
# against the stand-in nixpkgs in tests/nix/stub-nixpkgs, and the NixOS and
# home-manager modules produce the expected unit and files (tests/nix/modules.nix).
# Installs Debian's nix-bin (which evaluates, but cannot build here) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v nix-instantiate >/dev/null; then
  echo "tests/nix: installing nix-bin with apt-get" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nix-bin >&2
fi
export NIX_CONFIG="experimental-features = nix-command flakes"
stub="path:$PWD/tests/nix/stub-nixpkgs"

files=$(git ls-files '*.nix' 2>/dev/null || find . -name '*.nix' -not -path './target/*' -not -path '*/node_modules/*')
for file in $files; do
  nix-instantiate --parse "$file" >/dev/null
done
echo "tests/nix: $(echo "$files" | wc -w) .nix files parse" >&2

log=$(mktemp); trap 'rm -f "$log"' EXIT
# Quiet unless something fails: nix reports every attribute it evaluates.
quiet() { "$@" 2>"$log" || { cat "$log" >&2; return 1; }; }
shown=$(quiet nix flake show --no-eval-cache --no-write-lock-file --override-input nixpkgs "$stub")
for output in apps checks devShells formatter homeManagerModules nixosModules overlays packages \
  clippy nixos-module docker x86_64-linux aarch64-linux x86_64-darwin aarch64-darwin; do
  if ! grep -q "$output" <<<"$shown"; then
    echo "tests/nix: \`nix flake show\` lacks $output:" >&2
    echo "$shown" >&2
    exit 1
  fi
done
name=$(quiet nix eval --raw --no-eval-cache --no-write-lock-file --override-input nixpkgs "$stub" .#packages.x86_64-linux.default.name)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
if [ "$name" != "mcp-bluesky-$version" ]; then
  echo "tests/nix: the package is named $name, not mcp-bluesky-$version" >&2
  exit 1
fi
echo "tests/nix: the flake's outputs evaluate ($name)" >&2

# The VM test's node, evaluated by the stand-in runNixOSTest: the flake's module
# with the flake's package, serving HTTP.
exec_start=$(quiet nix eval --raw --no-eval-cache --no-write-lock-file --override-input nixpkgs "$stub" \
  .#checks.x86_64-linux.nixos-module.nodes.machine.systemd.services.mcp-bluesky.serviceConfig.ExecStart)
case "$exec_start" in
  *"-$name/bin/mcp-bluesky"*"'serve' '--transport' 'http' '--listen' '127.0.0.1:8080'"*) ;;
  *) echo "tests/nix: the VM test's service runs: $exec_start" >&2; exit 1 ;;
esac
echo "tests/nix: the VM test's node evaluates" >&2

result=$(nix-instantiate --eval --strict --expr '
  let
    lib = import ./tests/nix/stub-nixpkgs/lib.nix;
    pkgs = import ./tests/nix/stub-nixpkgs/pkgs.nix { inherit lib; system = "x86_64-linux"; };
  in
  import ./tests/nix/modules.nix { inherit pkgs; }')
if [ "$result" != '"ok"' ]; then
  echo "tests/nix: module checks: $result" >&2
  exit 1
fi
echo "tests/nix: the NixOS and home-manager modules evaluate as expected" >&2
