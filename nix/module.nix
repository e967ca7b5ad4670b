# services.mcp-bluesky: the MCP server over streamable HTTP as a hardened
# systemd service. Secrets reach it only as files, through systemd credentials.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.mcp-bluesky;
  yaml = pkgs.formats.yaml { };
  credentials = "/run/credentials/mcp-bluesky.service";

  # "host:port", "[v6]:port" → host and port.
  parts = lib.splitString ":" cfg.listen;
  port = lib.toInt (lib.last parts);
  host = lib.removeSuffix ":${lib.last parts}" cfg.listen;
  loopback = lib.hasPrefix "127." host || lib.elem host [
    "localhost"
    "[::1]"
  ];

  accountSettings = lib.mapAttrs (
    alias: account:
    {
      inherit (account) handle;
    }
    // lib.optionalAttrs (account.pdsUrl != null) { pds_url = account.pdsUrl; }
    // lib.optionalAttrs (account.passwordFile != null) {
      password_file = "${credentials}/password-${alias}";
    }
  ) cfg.accounts;

  settings = lib.recursiveUpdate (
    {
      state_dir = "/var/lib/mcp-bluesky";
      log_level = cfg.logLevel;
      log_format = cfg.logFormat;
    }
    // lib.optionalAttrs (cfg.allowedHosts != [ ]) { allowed_hosts = cfg.allowedHosts; }
    // lib.optionalAttrs (cfg.allowedOrigins != [ ]) { allowed_origins = cfg.allowedOrigins; }
    // lib.optionalAttrs (cfg.toolsets != [ ]) { toolsets = cfg.toolsets; }
    // lib.optionalAttrs (cfg.tools != [ ]) { tools = cfg.tools; }
    // lib.optionalAttrs hosted.enable { hosted.trusted_proxies = hosted.trustedProxies; }
  ) cfg.settings
  // lib.optionalAttrs (cfg.accounts != { }) { accounts = accountSettings; }
  // lib.optionalAttrs (cfg.defaultAccount != null) { default_account = cfg.defaultAccount; };

  # A secret given as a path literal would be copied into the world-readable store.
  secretFiles =
    lib.mapAttrsToList (alias: a: {
      option = "services.mcp-bluesky.accounts.${alias}.passwordFile";
      path = a.passwordFile;
    }) (lib.filterAttrs (_: a: a.passwordFile != null) cfg.accounts)
    ++ lib.optional (cfg.tokenFile != null) {
      option = "services.mcp-bluesky.tokenFile";
      path = cfg.tokenFile;
    }
    ++ lib.optional (cfg.environmentFile != null) {
      option = "services.mcp-bluesky.environmentFile";
      path = cfg.environmentFile;
    };

  configFile = yaml.generate "mcp-bluesky.yaml" settings;

  hosted = cfg.hosted;
  localPostgres = hosted.enable && hosted.database.createLocally;
  # The local database: its Unix socket, peer authentication as the service's user.
  localDatabase = "host=/run/postgresql user=mcp-bluesky dbname=mcp-bluesky";
  hostedFiles = [
    {
      option = "services.mcp-bluesky.hosted.clientKeyFile";
      path = hosted.clientKeyFile;
      credential = "client-key";
    }
    {
      option = "services.mcp-bluesky.hosted.stateKeyFile";
      path = hosted.stateKeyFile;
      credential = "state-key";
    }
  ]
  ++ lib.optional (hosted.database.urlFile != null) {
    option = "services.mcp-bluesky.hosted.database.urlFile";
    path = hosted.database.urlFile;
    credential = "database-url";
  }
  ++ lib.optionals (hosted.tls.certFile != null) [
    {
      option = "services.mcp-bluesky.hosted.tls.certFile";
      path = hosted.tls.certFile;
      credential = "tls-cert";
    }
    {
      option = "services.mcp-bluesky.hosted.tls.keyFile";
      path = toString hosted.tls.keyFile;
      credential = "tls-key";
    }
  ];
  # Where a hosted server's state and keys are, for the service and the operator's commands.
  hostedStateArgs = credentials: [
    "--client-key-file"
    "${credentials}/client-key"
    "--state-key-file"
    "${credentials}/state-key"
  ]
  ++ lib.optionals (hosted.database.urlFile != null) [
    "--database-url-file"
    "${credentials}/database-url"
  ];
  hostedEnvironment = lib.optionalAttrs localPostgres {
    DATABASE_URL = localDatabase;
  };
  hostedCredentials = map (f: "${f.credential}:${f.path}") hostedFiles;

  # An operator's `hosted users` / `hosted revoke HANDLE`, as the service's
  # user with the service's credentials and database.
  hostedCommand = pkgs.writeShellScriptBin "mcp-bluesky-hosted" ''
    exec ${pkgs.systemd}/bin/systemd-run --quiet --pty --wait --collect \
      --unit=mcp-bluesky-hosted --property=DynamicUser=yes --property=User=mcp-bluesky \
      ${
        lib.concatMapStringsSep " " (c: "--property=LoadCredential=${c}") hostedCredentials
      } \
      ${
        lib.concatStringsSep " " (lib.mapAttrsToList (k: v: "--setenv=${k}=${lib.escapeShellArg v}") hostedEnvironment)
      } \
      ${lib.getExe cfg.package} --config ${configFile} hosted "$@" \
      ${lib.escapeShellArgs (hostedStateArgs "/run/credentials/mcp-bluesky-hosted.service")}
  '';

  # The one-time OAuth login of an account without a password: run as the
  # service's own (dynamic) user, into its state directory. The sign-in address
  # is printed for a browser anywhere that reaches this host's 127.0.0.1.
  login = pkgs.writeShellScriptBin "mcp-bluesky-login" ''
    exec ${pkgs.systemd}/bin/systemd-run --quiet --pty --wait --collect \
      --property=DynamicUser=yes --property=User=mcp-bluesky \
      --property=StateDirectory=mcp-bluesky --property=StateDirectoryMode=0700 \
      --property=UMask=0077 \
      ${lib.getExe cfg.package} --config ${configFile} auth login --oauth --no-browser "$@"
  '';

  args = [
    "--config"
    "${configFile}"
    "serve"
    "--transport"
    "http"
    "--listen"
    cfg.listen
    "--max-sessions"
    (toString cfg.maxSessions)
  ]
  ++ lib.optionals hosted.enable (
    [
      "--hosted"
      "--public-url"
      hosted.publicUrl
    ]
    ++ hostedStateArgs "%d"
    ++ lib.optionals (hosted.tls.certFile != null) [
      "--tls-cert"
      "%d/tls-cert"
      "--tls-key"
      "%d/tls-key"
    ]
  )
  ++ lib.optionals (cfg.tokenFile != null) [
    "--token-file"
    "%d/token"
  ]
  ++ lib.optional cfg.readOnly "--read-only"
  ++ cfg.extraArgs;

  account = lib.types.submodule {
    options = {
      handle = lib.mkOption {
        type = lib.types.str;
        example = "alice.bsky.social";
        description = "The account's handle.";
      };
      passwordFile = lib.mkOption {
        type = lib.types.nullOr lib.types.str;
        default = null;
        example = "/run/agenix/bluesky-app-password";
        description = ''
          A file holding an app password (agenix, sops-nix, …). It is handed to
          the service with systemd's LoadCredential and never enters the Nix store:
          give it as a string, not a path literal.

          Without one, log the account in once with OAuth instead (no password
          is handed over): from your machine, `ssh -L 8765:127.0.0.1:8765 HOST`,
          then on the host `sudo mcp-bluesky-login --port 8765 --account ALIAS HANDLE`
          (the service's user, its state directory), open the printed address in
          your browser and authorize. A PDS ends such a grant 14 days after the
          login (`mcp-bluesky status` then fails): log in again, or use an app
          password for a service that must run unattended longer.
        '';
      };
      pdsUrl = lib.mkOption {
        type = lib.types.nullOr lib.types.str;
        default = null;
        description = "The account's PDS, when it is not the global `pds_url`.";
      };
    };
  };
in
{
  options.services.mcp-bluesky = {
    enable = lib.mkEnableOption "the mcp-bluesky MCP server (streamable HTTP)";

    package = lib.mkPackageOption pkgs "mcp-bluesky" { };

    listen = lib.mkOption {
      type = lib.types.str;
      default = "127.0.0.1:8080";
      example = "0.0.0.0:8080";
      description = ''
        Address and port of the HTTP transport (MCP at /mcp, plus /healthz and
        /metrics). Anything but loopback needs {option}`tokenFile`.
      '';
    };

    tokenFile = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      example = "/run/agenix/mcp-bluesky-token";
      description = ''
        A file holding the bearer token clients must send (at least 16
        characters), passed with LoadCredential. Required off loopback.
      '';
    };

    allowedHosts = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "mcp.example.org" ];
      description = ''
        The `Host` names clients may reach the server by (a reverse proxy's
        name, say), with an optional port. Empty: off loopback any name is
        served (the token guards it); on loopback, loopback names only.
      '';
    };

    allowedOrigins = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "https://app.example.org" ];
      description = ''
        Browser origins allowed to call besides loopback ones; `:*` allows any
        port. Requests without an Origin (every non-browser client) pass.
      '';
    };

    openFirewall = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Open the listen port in the firewall.";
    };

    accounts = lib.mkOption {
      type = lib.types.attrsOf account;
      default = { };
      example = lib.literalExpression ''
        { main = { handle = "alice.bsky.social"; passwordFile = config.age.secrets.bluesky.path; }; }
      '';
      description = "Bluesky accounts by alias.";
    };

    defaultAccount = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      description = "The alias used when a tool names no account.";
    };

    environmentFile = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      description = ''
        An environment file for the service, for example with BLUESKY_USERNAME
        and BLUESKY_PASSWORD. Read by systemd, never copied into the store.
      '';
    };

    logLevel = lib.mkOption {
      type = lib.types.enum [
        "trace"
        "debug"
        "info"
        "warn"
        "error"
      ];
      default = "info";
      description = "Log level of the service's journal.";
    };

    logFormat = lib.mkOption {
      type = lib.types.enum [
        "human"
        "json"
      ];
      default = "human";
      description = "`json` writes one JSON object a line to the journal, for log shippers.";
    };

    readOnly = lib.mkOption {
      type = lib.types.bool;
      default = false;
      description = "Offer only the tools that change nothing, whatever the toolsets and tools.";
    };

    toolsets = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "read"
        "post"
      ];
      description = ''
        The groups of tools agents see: `read`, `post`, `engage`, `graph`,
        `moderation`, `lists`, `drafts`, `default`
        (what a new user gets), `all` (all but `chat`) and `chat` (direct
        messages, offered only when named, e.g. `[ "default" "chat" ]`).
        Empty: `default` (or only `tools`, when that is set).
        `mcp-bluesky serve --list-tools` shows a selection.
      '';
    };

    tools = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "bluesky_like" ];
      description = "Single tools offered besides the toolsets (alone: only these).";
    };

    maxSessions = lib.mkOption {
      type = lib.types.ints.positive;
      default = 1024;
      description = "Most MCP sessions open at once.";
    };

    settings = lib.mkOption {
      type = yaml.type;
      default = { };
      example = {
        confirm_writes = true;
        langs = [ "en" ];
      };
      description = ''
        Further settings of config.yaml (see `mcp-bluesky config init`). Never
        put a password here: it would land in the Nix store.
      '';
    };

    extraArgs = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      description = "Extra arguments of `mcp-bluesky serve`.";
    };

    hosted = {
      enable = lib.mkEnableOption ''
        hosted mode: many people connect their own MCP clients, each signing in
        with their own Bluesky account through OAuth (no app password handed
        over). State lives in PostgreSQL, so several hosts may serve behind one
        load balancer with the same keys and database. See the README's
        "Hosted for many people"
      '';

      publicUrl = lib.mkOption {
        type = lib.types.str;
        default = "";
        example = "https://mcp.example.org";
        description = ''
          The address people and MCP clients reach the server at, without a
          path (MCP is served at /mcp): behind a reverse proxy, its outside
          address. Bluesky's servers fetch this server's OAuth client metadata
          from it, so it must be https on a public domain name.
        '';
      };

      database = {
        createLocally = lib.mkOption {
          type = lib.types.bool;
          default = true;
          description = ''
            Create the database and its role `mcp-bluesky` in this host's
            {option}`services.postgresql`, reached over its Unix socket with
            peer authentication (no password). Turn off and set
            {option}`urlFile` for a database elsewhere.
          '';
        };
        urlFile = lib.mkOption {
          type = lib.types.nullOr lib.types.str;
          default = null;
          example = "/run/agenix/mcp-bluesky-database-url";
          description = ''
            A file holding the PostgreSQL URL (postgres://USER:PASSWORD@HOST/DB),
            passed with LoadCredential, never copied into the store.
          '';
        };
      };

      trustedProxies = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [
          "127.0.0.1"
          "::1"
        ];
        example = [ "10.0.0.0/8" ];
        description = ''
          Reverse proxies (addresses or CIDR networks) whose
          `X-Forwarded-For` names the client, for the limits per client
          address on sign-in and registration. The default trusts a proxy
          on this machine.
        '';
      };

      clientKeyFile = lib.mkOption {
        type = lib.types.str;
        default = "";
        example = "/run/agenix/mcp-bluesky-client-key";
        description = ''
          The OAuth client key (a private P-256 JWK) that `mcp-bluesky hosted
          keygen --out DIR` writes as client-key.jwk. Every instance serving
          the same public URL needs the same one.
        '';
      };

      stateKeyFile = lib.mkOption {
        type = lib.types.str;
        default = "";
        example = "/run/agenix/mcp-bluesky-state-key";
        description = ''
          The key that seals people's sessions in the database (state.key from
          `mcp-bluesky hosted keygen`). Losing it disconnects everyone.
        '';
      };

      tls = {
        certFile = lib.mkOption {
          type = lib.types.nullOr lib.types.str;
          default = null;
          description = ''
            A certificate chain (PEM) to serve HTTPS with. Without one the
            server speaks plain HTTP, for a reverse proxy that terminates TLS
            at {option}`publicUrl`.
          '';
        };
        keyFile = lib.mkOption {
          type = lib.types.nullOr lib.types.str;
          default = null;
          description = "The private key (PEM) of {option}`certFile`.";
        };
      };
    };

    renderedSettings = lib.mkOption {
      type = yaml.type;
      readOnly = true;
      internal = true;
      visible = false;
      description = "The settings the service's config.yaml holds.";
    };
  };

  config = lib.mkIf cfg.enable {
    services.mcp-bluesky.renderedSettings = settings;

    assertions = [
      {
        assertion = loopback || cfg.tokenFile != null || hosted.enable;
        message = "services.mcp-bluesky: listen = \"${cfg.listen}\" is not loopback, so set services.mcp-bluesky.tokenFile: every client must then send that bearer token.";
      }
      {
        assertion = cfg.defaultAccount == null || cfg.accounts ? ${cfg.defaultAccount};
        message = "services.mcp-bluesky.defaultAccount = \"${toString cfg.defaultAccount}\" names no account in services.mcp-bluesky.accounts.";
      }
    ]
    ++ lib.optionals hosted.enable [
      {
        assertion = lib.hasPrefix "https://" hosted.publicUrl;
        message = "services.mcp-bluesky.hosted.publicUrl must be the server's https:// address (Bluesky's servers fetch its OAuth client metadata there).";
      }
      {
        assertion = hosted.database.createLocally != (hosted.database.urlFile != null);
        message = "services.mcp-bluesky.hosted.database: set either createLocally (this host's PostgreSQL) or urlFile (a database elsewhere), not both or neither.";
      }
      {
        assertion = (hosted.tls.certFile == null) == (hosted.tls.keyFile == null);
        message = "services.mcp-bluesky.hosted.tls: set certFile and keyFile together.";
      }
    ]
    ++ map (s: {
      assertion = lib.hasPrefix "/" s.path && !lib.hasPrefix builtins.storeDir s.path;
      message = "${s.option} = \"${s.path}\" must be an absolute path outside the Nix store (a string such as config.age.secrets.NAME.path), so the secret is never world-readable.";
    }) (secretFiles ++ lib.optionals hosted.enable hostedFiles);

    networking.firewall.allowedTCPPorts = lib.optional cfg.openFirewall port;

    environment.systemPackages = [ login ] ++ lib.optional hosted.enable hostedCommand;

    services.postgresql = lib.mkIf (hosted.enable && hosted.database.createLocally) {
      enable = true;
      ensureDatabases = [ "mcp-bluesky" ];
      ensureUsers = [
        {
          name = "mcp-bluesky";
          ensureDBOwnership = true;
        }
      ];
    };

    systemd.services.mcp-bluesky = {
      description = "mcp-bluesky MCP server";
      wantedBy = [ "multi-user.target" ];
      wants = [ "network-online.target" ];
      after = [ "network-online.target" ] ++ lib.optional localPostgres "postgresql.service";
      requires = lib.optional localPostgres "postgresql.service";
      environment = hostedEnvironment;
      serviceConfig = {
        ExecStart = "${lib.getExe cfg.package} ${lib.escapeShellArgs args}";
        LoadCredential =
          lib.mapAttrsToList (alias: a: "password-${alias}:${a.passwordFile}") (
            lib.filterAttrs (_: a: a.passwordFile != null) cfg.accounts
          )
          ++ lib.optional (cfg.tokenFile != null) "token:${cfg.tokenFile}"
          ++ lib.optionals hosted.enable hostedCredentials;
        EnvironmentFile = lib.optional (cfg.environmentFile != null) cfg.environmentFile;
        Restart = "on-failure";
        RestartSec = 5;

        DynamicUser = true;
        StateDirectory = "mcp-bluesky";
        StateDirectoryMode = "0700";
        UMask = "0077";
        ProtectSystem = "strict";
        ProtectHome = true;
        PrivateTmp = true;
        PrivateDevices = true;
        NoNewPrivileges = true;
        CapabilityBoundingSet = "";
        AmbientCapabilities = "";
        RestrictAddressFamilies = [
          "AF_INET"
          "AF_INET6"
          "AF_UNIX"
        ];
        SystemCallFilter = [
          "@system-service"
          "~@privileged"
        ];
        SystemCallArchitectures = "native";
        MemoryDenyWriteExecute = true;
        LockPersonality = true;
        ProtectClock = true;
        ProtectControlGroups = true;
        ProtectHostname = true;
        ProtectKernelLogs = true;
        ProtectKernelModules = true;
        ProtectKernelTunables = true;
        ProtectProc = "invisible";
        ProcSubset = "pid";
        RestrictNamespaces = true;
        RestrictRealtime = true;
        RestrictSUIDSGID = true;
      };
    };
  };
}
