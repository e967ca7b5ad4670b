# The mcp-bluesky binary, its shell completions and man pages.
{
  lib,
  rustPlatform,
  installShellFiles,
}:

let
  cargoToml = lib.importTOML ../Cargo.toml;
in
rustPlatform.buildRustPackage {
  pname = "mcp-bluesky";
  inherit (cargoToml.package) version;

  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../Cargo.toml
      ../Cargo.lock
      ../src
      ../completions
      ../tests/cli.rs
      ../tests/snapshots
    ];
  };
  cargoLock.lockFile = ../Cargo.lock;

  nativeBuildInputs = [ installShellFiles ];

  # The unit and command-line tests; the end-to-end ones need a local Bluesky
  # network and Node (tests/run.sh), which the build sandbox does not have.
  cargoTestFlags = [
    "--bins"
    "--test"
    "cli"
  ];

  postInstall = ''
    installShellCompletion --cmd mcp-bluesky \
      --bash completions/mcp-bluesky.bash \
      --zsh completions/_mcp-bluesky \
      --fish completions/mcp-bluesky.fish
    installManPage completions/man/*.1
  '';

  meta = {
    description = cargoToml.package.description;
    license = with lib.licenses; [
      mit
      asl20
    ];
    mainProgram = "mcp-bluesky";
    platforms = lib.platforms.unix;
  };
}
