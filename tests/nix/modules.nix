# Evaluates the NixOS and home-manager modules with `lib.evalModules` and
# checks what they produce. Returns "ok" or throws the failures.
#
# Offline (tests/nix/run.sh) it runs against the stand-in nixpkgs in
# stub-nixpkgs/; with the real nixpkgs:
#   nix eval --impure --expr 'import ./tests/nix/modules.nix { pkgs = import <nixpkgs> { }; }'
{
  pkgs,
  lib ? pkgs.lib,
}:

let
  fakePackage = {
    type = "derivation";
    name = "mcp-bluesky-0.0.0";
    pname = "mcp-bluesky";
    outPath = "/nix/store/00000000000000000000000000000000-mcp-bluesky-0.0.0";
    meta.mainProgram = "mcp-bluesky";
  };

  # The options of NixOS and home-manager the modules define, declared here
  # so that the modules evaluate on their own.
  host = {
    options = {
      assertions = lib.mkOption {
        type = lib.types.listOf lib.types.anything;
        default = [ ];
      };
      systemd.services = lib.mkOption {
        type = lib.types.attrsOf lib.types.anything;
        default = { };
      };
      networking.firewall.allowedTCPPorts = lib.mkOption {
        type = lib.types.listOf lib.types.port;
        default = [ ];
      };
      environment.systemPackages = lib.mkOption {
        type = lib.types.listOf lib.types.anything;
        default = [ ];
      };
      services.postgresql = lib.mkOption {
        type = lib.types.attrsOf lib.types.anything;
        default = { };
      };
      home.packages = lib.mkOption {
        type = lib.types.listOf lib.types.anything;
        default = [ ];
      };
      xdg.configFile = lib.mkOption {
        type = lib.types.attrsOf lib.types.anything;
        default = { };
      };
    };
  };
  # home-manager's programs.mcp, which older home-managers lack.
  hmMcp = {
    options.programs.mcp.servers = lib.mkOption {
      type = lib.types.attrsOf lib.types.anything;
      default = { };
    };
  };

  eval =
    modules:
    (lib.evalModules {
      modules = [ host ] ++ modules;
      specialArgs = { inherit pkgs; };
    }).config;
  failedAssertions = config: map (a: a.message) (lib.filter (a: !a.assertion) config.assertions);

  nixos =
    settings:
    eval [
      ../../nix/module.nix
      {
        services.mcp-bluesky = {
          enable = true;
          package = fakePackage;
        }
        // settings;
      }
    ];

  served = nixos {
    listen = "0.0.0.0:8443";
    tokenFile = "/run/agenix/mcp-token";
    openFirewall = true;
    accounts.main = {
      handle = "alice.example.com";
      passwordFile = "/run/agenix/bluesky";
    };
    defaultAccount = "main";
    allowedHosts = [ "mcp.example.org" ];
    toolsets = [
      "read"
      "post"
    ];
    tools = [ "bluesky_like" ];
    allowedOrigins = [ "https://app.example.org" ];
    logFormat = "json";
    settings.confirm_writes = true;
  };
  unit = served.systemd.services.mcp-bluesky;
  service = unit.serviceConfig;
  rendered = builtins.toJSON served.services.mcp-bluesky.renderedSettings;

  home =
    extra: settings:
    eval (
      [
        ../../nix/hm-module.nix
        {
          programs.mcp-bluesky = {
            enable = true;
            package = fakePackage;
          }
          // settings;
        }
      ]
      ++ extra
    );
  withMcp = home [ hmMcp ] {
    accounts.main = {
      handle = "alice.example.com";
      passwordCommand = "pass show bluesky";
    };
    mcpServer.readOnly = true;
    mcpServer.toolsets = [
      "read"
      "engage"
    ];
  };
  withoutMcp = home [ ] { };

  hostedWith =
    extra:
    nixos {
      listen = "127.0.0.1:8090";
      hosted = {
        enable = true;
        publicUrl = "https://mcp.example.org";
        clientKeyFile = "/run/agenix/mcp-client-key";
        stateKeyFile = "/run/agenix/mcp-state-key";
      }
      // extra;
    };
  hostedServed = hostedWith { };
  hostedUnit = hostedServed.systemd.services.mcp-bluesky;
  remote = hostedWith {
    database = {
      createLocally = false;
      urlFile = "/run/agenix/mcp-db-url";
    };
    tls = {
      certFile = "/var/lib/acme/mcp/fullchain.pem";
      keyFile = "/var/lib/acme/mcp/key.pem";
    };
  };
  remoteUnit = remote.systemd.services.mcp-bluesky;

  logins = builtins.filter (p: p.name == "mcp-bluesky-login") served.environment.systemPackages;
  login = if logins == [ ] then null else builtins.head logins;

  checks = {
    "the OAuth login runs as the service's user, in its state directory, with its settings" =
      login != null
      && lib.hasInfix "--property=DynamicUser=yes --property=User=mcp-bluesky" login.text
      && lib.hasInfix "--property=StateDirectory=mcp-bluesky" login.text
      && lib.hasInfix "auth login --oauth --no-browser \"$@\"" login.text
      && lib.hasInfix (builtins.elemAt (builtins.match ".*'--config' '([^']*)'.*" service.ExecStart) 0) login.text;
    "ExecStart runs serve over HTTP" =
      lib.hasInfix "/bin/mcp-bluesky" service.ExecStart
      && lib.hasInfix "'serve' '--transport' 'http' '--listen' '0.0.0.0:8443'" service.ExecStart;
    "the token arrives as a credential" =
      lib.hasInfix "'--token-file' '%d/token'" service.ExecStart
      && lib.elem "token:/run/agenix/mcp-token" service.LoadCredential;
    "the password arrives as a credential" = lib.elem "password-main:/run/agenix/bluesky" service.LoadCredential;
    "the settings point at the credential, not the secret's source" =
      lib.hasInfix "/run/credentials/mcp-bluesky.service/password-main" rendered
      && !lib.hasInfix "/run/agenix" rendered;
    "the settings keep the user's" = lib.hasInfix "\"confirm_writes\":true" rendered;
    "allowed hosts, origins and the log format reach the settings" =
      lib.hasInfix "\"allowed_hosts\":[\"mcp.example.org\"]" rendered
      && lib.hasInfix "\"allowed_origins\":[\"https://app.example.org\"]" rendered
      && lib.hasInfix "\"log_format\":\"json\"" rendered;
    "toolsets and tools reach the settings" =
      lib.hasInfix "\"toolsets\":[\"read\",\"post\"]" rendered
      && lib.hasInfix "\"tools\":[\"bluesky_like\"]" rendered;
    "the unit is hardened" =
      service.DynamicUser
      && service.ProtectSystem == "strict"
      && service.ProtectHome
      && service.PrivateTmp
      && service.NoNewPrivileges
      && service.CapabilityBoundingSet == ""
      && service.SystemCallFilter == [
        "@system-service"
        "~@privileged"
      ]
      && service.MemoryDenyWriteExecute
      && service.StateDirectory == "mcp-bluesky"
      && service.Restart == "on-failure";
    "the port opens only when asked" =
      served.networking.firewall.allowedTCPPorts == [ 8443 ]
      && (nixos { }).networking.firewall.allowedTCPPorts == [ ];
    "a sound configuration passes its assertions" = failedAssertions served == [ ];
    "off loopback without a token is refused" =
      lib.any (m: lib.hasInfix "set services.mcp-bluesky.tokenFile" m) (
        failedAssertions (nixos { listen = "0.0.0.0:8080"; })
      );
    "a secret in the store is refused" =
      lib.any (m: lib.hasInfix "outside the Nix store" m) (
        failedAssertions (nixos {
          accounts.main = {
            handle = "a.test";
            passwordFile = "${builtins.storeDir}/abc-secret";
          };
        })
      );
    "loopback needs no token" = failedAssertions (nixos { }) == [ ];
    "a disabled service defines no unit" =
      (eval [
        ../../nix/module.nix
        { services.mcp-bluesky.package = fakePackage; }
      ]).systemd.services == { };

    "hosted mode serves with its keys as credentials and a local database" =
      lib.hasInfix "'--hosted' '--public-url' 'https://mcp.example.org'" hostedUnit.serviceConfig.ExecStart
      && lib.hasInfix "'--client-key-file' '%d/client-key' '--state-key-file' '%d/state-key'" hostedUnit.serviceConfig.ExecStart
      && lib.elem "client-key:/run/agenix/mcp-client-key" hostedUnit.serviceConfig.LoadCredential
      && lib.elem "state-key:/run/agenix/mcp-state-key" hostedUnit.serviceConfig.LoadCredential
      && hostedUnit.environment.DATABASE_URL == "host=/run/postgresql user=mcp-bluesky dbname=mcp-bluesky"
      && hostedServed.services.mcp-bluesky.renderedSettings.hosted.trusted_proxies == [
        "127.0.0.1"
        "::1"
      ]
      && lib.elem "postgresql.service" hostedUnit.requires
      && hostedServed.services.postgresql.ensureDatabases == [ "mcp-bluesky" ]
      && failedAssertions hostedServed == [ ];
    "hosted mode with a remote database and its own TLS" =
      lib.hasInfix "'--database-url-file' '%d/database-url'" remoteUnit.serviceConfig.ExecStart
      && lib.hasInfix "'--tls-cert' '%d/tls-cert' '--tls-key' '%d/tls-key'" remoteUnit.serviceConfig.ExecStart
      && lib.elem "database-url:/run/agenix/mcp-db-url" remoteUnit.serviceConfig.LoadCredential
      && remoteUnit.environment == { }
      && remote.services.postgresql == { }
      && failedAssertions remote == [ ];
    "hosted mode off loopback needs no shared token" =
      failedAssertions (hostedWith { }) == [ ]
      && failedAssertions (nixos {
        listen = "0.0.0.0:8090";
        hosted = {
          enable = true;
          publicUrl = "https://mcp.example.org";
          clientKeyFile = "/run/agenix/k";
          stateKeyFile = "/run/agenix/s";
        };
      }) == [ ];
    "hosted mode refuses what cannot work" =
      let
        messages = failedAssertions (hostedWith {
          publicUrl = "http://mcp.example.org";
          stateKeyFile = "${builtins.storeDir}/abc-state-key";
          tls.certFile = "/var/lib/acme/mcp/fullchain.pem";
        });
      in
      lib.any (lib.hasInfix "https:// address") messages
      && lib.any (lib.hasInfix "stateKeyFile") messages
      && lib.any (lib.hasInfix "certFile and keyFile together") messages;
    "the operators' command runs as the service's user with its credentials" =
      lib.any (p: p.name == "mcp-bluesky-hosted") hostedServed.environment.systemPackages
      && !(lib.any (p: p.name == "mcp-bluesky-hosted") served.environment.systemPackages);

    "home-manager writes config.yaml" = withMcp.xdg.configFile ? "mcp-bluesky/config.yaml";
    "home-manager installs the package" = withMcp.home.packages == [ fakePackage ];
    "home-manager registers the MCP server" =
      withMcp.programs.mcp.servers.bluesky.command == "${fakePackage}/bin/mcp-bluesky"
      && withMcp.programs.mcp.servers.bluesky.args == [
        "serve"
        "--read-only"
        "--toolsets"
        "read,engage"
      ];
    "home-manager evaluates without programs.mcp" = withoutMcp.home.packages == [ fakePackage ];
  };

  failures = lib.attrNames (lib.filterAttrs (_: passed: !passed) checks);
in
if failures == [ ] then "ok" else throw "module checks failed: ${lib.concatStringsSep "; " failures}"
