# A stand-in for `nixpkgs.legacyPackages.${system}`: the attributes the flake
# and modules use, as derivations that evaluate (and would fail to build).
{ lib, system }:

let
  stub =
    name: attrs:
    derivation {
      inherit name system;
      builder = "/bin/sh";
      args = [
        "-c"
        "echo 'a stub from tests/nix/stub-nixpkgs cannot be built' >&2; exit 1"
      ];
    }
    // attrs;

  package =
    attrs:
    let
      self = stub "${attrs.pname}-${attrs.version}" (
        attrs
        // {
          overrideAttrs =
            f:
            package (
              attrs
              // {
                nativeBuildInputs = attrs.nativeBuildInputs or [ ];
              }
              // f (attrs // { nativeBuildInputs = attrs.nativeBuildInputs or [ ]; })
            );
        }
      );
    in
    self;

  tool = name: stub name { meta.mainProgram = name; };

  pkgs = {
    inherit lib;
    stdenv.hostPlatform = {
      inherit system;
      isLinux = lib.hasSuffix "-linux" system;
      isDarwin = lib.hasSuffix "-darwin" system;
    };
    callPackage =
      fn: overrides:
      let
        f = if builtins.isFunction fn then fn else import fn;
      in
      f (builtins.intersectAttrs (builtins.functionArgs f) pkgs // overrides);

    rustPlatform.buildRustPackage = package;
    installShellFiles = tool "install-shell-files";
    cacert = tool "cacert";
    python3 = tool "python3";
    cargo = tool "cargo";
    rustc = tool "rustc";
    clippy = tool "clippy";
    rustfmt = tool "rustfmt";
    rust-analyzer = tool "rust-analyzer";
    nodejs_22 = tool "nodejs";
    postgresql = tool "postgresql";
    nixfmt = tool "nixfmt";
    systemd = tool "systemd";
    writeShellScriptBin =
      name: text:
      stub name {
        inherit text;
        meta.mainProgram = name;
      };
    mkShell = attrs: stub "nix-shell" attrs;
    dockerTools.buildLayeredImage = attrs: stub "docker-image-${attrs.name}.tar.gz" { imageName = attrs.name; };
    # Evaluates each node (without building or booting anything), so that
    # tests can look at its configuration.
    testers.runNixOSTest =
      test:
      stub "vm-test-run-${test.name}" {
        nodes = lib.mapAttrs (
          _: node:
          (lib.evalModules {
            modules = [
              ./nixos.nix
              node
            ];
            specialArgs = { inherit pkgs; };
          }).config
        ) test.nodes;
        inherit (test) testScript;
      };
    formats.yaml = _: {
      type = lib.types.attrsOf lib.types.anything;
      # JSON is YAML; the real one writes YAML.
      generate = name: value: builtins.toFile name (builtins.toJSON value);
    };
  };
in
pkgs
