{
  description = "Bluesky from the shell, and an MCP server that lets AI agents use Bluesky";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs =
    { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;
      systems = [
        "x86_64-linux"
        "aarch64-linux"
        "x86_64-darwin"
        "aarch64-darwin"
      ];
      forAllSystems = f: lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
      packageFor = pkgs: pkgs.callPackage ./nix/package.nix { };
    in
    {
      packages = forAllSystems (
        pkgs:
        let
          mcp-bluesky = packageFor pkgs;
        in
        {
          default = mcp-bluesky;
          inherit mcp-bluesky;
        }
        # Container images hold Linux binaries.
        // lib.optionalAttrs pkgs.stdenv.hostPlatform.isLinux {
          docker = pkgs.callPackage ./nix/docker.nix { inherit mcp-bluesky; };
        }
      );

      apps = forAllSystems (pkgs: {
        default = {
          type = "app";
          program = lib.getExe self.packages.${pkgs.stdenv.hostPlatform.system}.default;
          meta.description = "Run mcp-bluesky (`nix run . -- serve` starts the MCP server)";
        };
      });

      devShells = forAllSystems (pkgs: {
        default = pkgs.mkShell {
          packages = with pkgs; [
            cargo
            rustc
            clippy
            rustfmt
            rust-analyzer
            nodejs_22
            postgresql
          ];
        };
      });

      overlays.default = final: _prev: { mcp-bluesky = packageFor final; };

      formatter = forAllSystems (pkgs: pkgs.nixfmt);

      checks = forAllSystems (
        pkgs:
        let
          package = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        in
        {
          # Building the package runs the tests that need no network.
          inherit package;
          clippy = package.overrideAttrs (old: {
            pname = "${old.pname}-clippy";
            nativeBuildInputs = old.nativeBuildInputs ++ [ pkgs.clippy ];
            buildPhase = "cargo clippy --all-targets --offline -- -D warnings";
            doCheck = false;
            installPhase = "touch $out";
          });
        }
        // lib.optionalAttrs pkgs.stdenv.hostPlatform.isLinux {
          nixos-module = pkgs.testers.runNixOSTest (import ./nix/vm-test.nix { inherit self; });
        }
      );

      nixosModules.default =
        { pkgs, ... }:
        {
          imports = [ ./nix/module.nix ];
          services.mcp-bluesky.package =
            lib.mkDefault
              self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        };

      homeManagerModules.default =
        { pkgs, ... }:
        {
          imports = [ ./nix/hm-module.nix ];
          programs.mcp-bluesky.package =
            lib.mkDefault
              self.packages.${pkgs.stdenv.hostPlatform.system}.default;
        };
    };
}
