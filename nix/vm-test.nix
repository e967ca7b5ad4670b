# A NixOS VM runs the service module over HTTP, next to a stand-in PDS (a
# static file server answering describeServer), and checks /healthz and MCP.
{ self }:

{
  name = "mcp-bluesky-service";

  nodes.machine =
    { pkgs, ... }:
    {
      imports = [ self.nixosModules.default ];

      systemd.services.stand-in-pds = {
        wantedBy = [ "multi-user.target" ];
        script = ''
          mkdir -p /tmp/pds/xrpc
          echo '{"did":"did:web:localhost","availableUserDomains":[]}' \
            > /tmp/pds/xrpc/com.atproto.server.describeServer
          cd /tmp/pds && exec ${pkgs.python3}/bin/python3 -m http.server 2583 --bind 127.0.0.1
        '';
      };

      services.mcp-bluesky = {
        enable = true;
        listen = "127.0.0.1:8080";
        settings.pds_url = "http://127.0.0.1:2583";
      };
    };

  testScript = ''
    machine.wait_for_unit("stand-in-pds.service")
    machine.wait_for_unit("mcp-bluesky.service")
    machine.wait_for_open_port(8080)
    health = machine.succeed("curl -sf http://127.0.0.1:8080/healthz")
    assert '"ok":true' in health, health
    answer = machine.succeed(
        "curl -sf http://127.0.0.1:8080/mcp"
        " -H 'content-type: application/json'"
        " -H 'accept: application/json, text/event-stream'"
        " -d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
        "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
        "\"clientInfo\":{\"name\":\"vm-test\",\"version\":\"1\"}}}'"
    )
    assert "mcp-bluesky" in answer, answer
    machine.succeed("systemctl show mcp-bluesky -p DynamicUser | grep -q yes")
  '';
}
