# The few NixOS options the service module and the VM test's node define, so
# that the stand-in runNixOSTest can evaluate the node.
{ lib, ... }:
{
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
    services.postgresql = lib.mkOption {
      type = lib.types.attrsOf lib.types.anything;
      default = { };
    };
    environment.systemPackages = lib.mkOption {
      type = lib.types.listOf lib.types.anything;
      default = [ ];
    };
  };
}
