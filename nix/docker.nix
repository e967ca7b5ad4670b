# An OCI image that serves MCP over HTTP on port 8080. Listening on every
# address needs a bearer token: mount one and set MCP_BLUESKY_TOKEN_FILE.
{
  lib,
  dockerTools,
  cacert,
  mcp-bluesky,
}:

dockerTools.buildLayeredImage {
  name = "mcp-bluesky";
  tag = mcp-bluesky.version;
  contents = [ cacert ];
  config = {
    Entrypoint = [ (lib.getExe mcp-bluesky) ];
    Cmd = [
      "serve"
      "--transport"
      "http"
      "--listen"
      "0.0.0.0:8080"
    ];
    ExposedPorts."8080/tcp" = { };
    Env = [
      "SSL_CERT_FILE=${cacert}/etc/ssl/certs/ca-bundle.crt"
      "XDG_CONFIG_HOME=/config"
      "XDG_STATE_HOME=/state"
    ];
    Volumes = {
      "/config" = { };
      "/state" = { };
    };
  };
}
