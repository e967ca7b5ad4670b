# programs.mcp-bluesky: the CLI, its config.yaml, and the MCP server entry for
# home-manager's shared MCP client configuration (programs.mcp), where that
# option exists.
{
  config,
  lib,
  pkgs,
  options,
  ...
}:

let
  cfg = config.programs.mcp-bluesky;
  yaml = pkgs.formats.yaml { };

  accountSettings = lib.mapAttrs (
    _: account:
    {
      inherit (account) handle;
    }
    // lib.optionalAttrs (account.pdsUrl != null) { pds_url = account.pdsUrl; }
    // lib.optionalAttrs (account.passwordFile != null) { password_file = account.passwordFile; }
    // lib.optionalAttrs (account.passwordCommand != null) {
      password_command = account.passwordCommand;
    }
  ) cfg.accounts;

  settings =
    cfg.settings
    // lib.optionalAttrs (cfg.accounts != { }) { accounts = accountSettings; }
    // lib.optionalAttrs (cfg.defaultAccount != null) { default_account = cfg.defaultAccount; };

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
        example = "/run/user/1000/secrets/bluesky";
        description = "A file holding an app password, read at login (a string: it never enters the store).";
      };
      passwordCommand = lib.mkOption {
        type = lib.types.nullOr lib.types.str;
        default = null;
        example = "pass show bluesky/app-password";
        description = "A command that prints the app password, run at login.";
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
  options.programs.mcp-bluesky = {
    enable = lib.mkEnableOption "mcp-bluesky, the Bluesky CLI and MCP server";

    package = lib.mkPackageOption pkgs "mcp-bluesky" { };

    settings = lib.mkOption {
      type = yaml.type;
      default = { };
      example = {
        langs = [ "en" ];
        confirm_writes = true;
      };
      description = ''
        config.yaml settings (see `mcp-bluesky config init`), written to
        $XDG_CONFIG_HOME/mcp-bluesky/config.yaml. No passwords here.
      '';
    };

    accounts = lib.mkOption {
      type = lib.types.attrsOf account;
      default = { };
      description = ''
        Bluesky accounts by alias. An account without passwordFile or
        passwordCommand logs in once with `mcp-bluesky auth login --oauth
        --account ALIAS HANDLE` (the browser opens; `--no-browser` prints the
        address instead). The CLI and the MCP server share that session; a PDS
        ends an OAuth grant 14 days after the login, and `mcp-bluesky status`
        then fails until you log in again.
      '';
    };

    defaultAccount = lib.mkOption {
      type = lib.types.nullOr lib.types.str;
      default = null;
      description = "The alias used when a command or tool names no account.";
    };

    mcpServer = {
      enable = lib.mkOption {
        type = lib.types.bool;
        default = true;
        description = ''
          Register the server (over stdio) in programs.mcp.servers, which Claude
          Code, VS Code and other home-manager modules read when their MCP
          integration is on. Ignored with a home-manager that has no programs.mcp.
        '';
      };
      name = lib.mkOption {
        type = lib.types.str;
        default = "bluesky";
        description = "The server's name in the clients.";
      };
      readOnly = lib.mkOption {
        type = lib.types.bool;
        default = false;
        description = "Offer agents only the tools that change nothing.";
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
          Empty: the `toolsets` setting, else `default`.
        '';
      };
      tools = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
        example = [ "bluesky_like" ];
        description = "Single tools offered besides the toolsets (alone: only these).";
      };
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = lib.mapAttrsToList (alias: a: {
          assertion = a.passwordFile == null || a.passwordCommand == null;
          message = "programs.mcp-bluesky.accounts.${alias}: set passwordFile or passwordCommand, not both.";
        }) cfg.accounts;

        home.packages = [ cfg.package ];

        xdg.configFile."mcp-bluesky/config.yaml".source = yaml.generate "mcp-bluesky.yaml" settings;
      }
      (lib.optionalAttrs (options.programs ? mcp) {
        programs.mcp.servers = lib.mkIf cfg.mcpServer.enable {
          ${cfg.mcpServer.name} = {
            command = lib.getExe cfg.package;
            args = [
              "serve"
            ]
            ++ lib.optional cfg.mcpServer.readOnly "--read-only"
            ++ lib.optionals (cfg.mcpServer.toolsets != [ ]) [
              "--toolsets"
              (lib.concatStringsSep "," cfg.mcpServer.toolsets)
            ]
            ++ lib.optionals (cfg.mcpServer.tools != [ ]) [
              "--tools"
              (lib.concatStringsSep "," cfg.mcpServer.tools)
            ];
          };
        };
      })
    ]
  );
}
