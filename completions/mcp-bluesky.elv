
use builtin;
use str;

set edit:completion:arg-completer[mcp-bluesky] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mcp-bluesky'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mcp-bluesky'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand hosted 'Run and look after a hosted server: keys, who is connected, revoking'
            cand auth 'Log in and out, list accounts, choose the default one'
            cand status 'Check the configuration, accounts, sessions and PDS reachability'
            cand config 'Show, locate, create or check the configuration file'
            cand mcp-config 'Print the configuration entry that runs this server in an MCP client'
            cand test 'Test the setup end to end and say what to fix'
            cand serve 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients'
            cand completions 'Print a shell completion script, or write every shell''s and the man pages'
            cand post 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft'
            cand draft 'Drafts: list, change, delete and send them (`post --draft` saves one)'
            cand reply-controls 'Change who may reply to or quote your post'
            cand hide 'Hide a reply in your thread'
            cand unhide 'Unhide a reply in your thread'
            cand feed 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account''s posts'
            cand search 'Search posts, a hashtag''s posts, or accounts'
            cand reply 'Reply to a Bluesky post'
            cand like 'Like a Bluesky post'
            cand unlike 'Unlike a Bluesky post'
            cand repost 'Repost a Bluesky post'
            cand unrepost 'Undo a repost'
            cand follow 'Follow a Bluesky account'
            cand unfollow 'Unfollow a Bluesky account'
            cand delete 'Delete a Bluesky post'
            cand thread 'Read a Bluesky thread'
            cand show 'Read one Bluesky post'
            cand profile 'Read a Bluesky profile'
            cand notifications 'Read Bluesky notifications'
            cand bookmark 'Save posts for later, privately, and list them'
            cand chat 'Direct messages: your conversations, reading, sending'
            cand trends 'What is trending on Bluesky now'
            cand likes 'Who liked a Bluesky post'
            cand reposts 'Who reposted a Bluesky post'
            cand quotes 'Posts quoting a Bluesky post'
            cand followers 'Followers of an account (yours by default), or with --known those you follow too'
            cand follows 'Accounts a Bluesky account follows'
            cand mute 'Mute an account, or with --thread a thread'
            cand unmute 'Unmute an account, or with --thread a thread'
            cand block 'Block a Bluesky account'
            cand unblock 'Unblock a Bluesky account'
            cand mutes 'Accounts you muted'
            cand blocks 'Accounts you block'
            cand list 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;hosted'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
            cand keygen 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
            cand users 'List the people connected: DID, handle, last use'
            cand revoke 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;hosted;keygen'= {
            cand --out 'The directory to write them to (made if missing); existing keys are never replaced'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;hosted;users'= {
            cand --database-url 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file'
            cand --database-url-file 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]'
            cand --client-key-file 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`'
            cand --state-key-file 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;hosted;revoke'= {
            cand --database-url 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file'
            cand --database-url-file 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]'
            cand --client-key-file 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`'
            cand --state-key-file 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;hosted;help'= {
            cand keygen 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
            cand users 'List the people connected: DID, handle, last use'
            cand revoke 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;hosted;help;keygen'= {
        }
        &'mcp-bluesky;hosted;help;users'= {
        }
        &'mcp-bluesky;hosted;help;revoke'= {
        }
        &'mcp-bluesky;hosted;help;help'= {
        }
        &'mcp-bluesky;auth'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand login 'Log in with an app password, or in the browser with --oauth, and store the session'
            cand logout 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS'
            cand list 'List the accounts and the state of their sessions'
            cand default 'Make an account the default for commands and tools that name none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;auth;login'= {
            cand --alias 'Name to refer to this account by; default: the configured alias or the handle'
            cand --account 'Name to refer to this account by; default: the configured alias or the handle'
            cand --scope 'With --oauth: a scope to ask for instead of the configured oauth_scopes (repeat for more; `atproto` is required)'
            cand --timeout 'With --oauth: seconds to wait for the browser to come back'
            cand --port 'With --oauth: the callback''s port on 127.0.0.1 (default: a free one)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --oauth 'Log in through the browser (atproto OAuth) instead of with an app password'
            cand --no-browser 'With --oauth: print the sign-in address instead of opening a browser'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;auth;logout'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;auth;list'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;auth;default'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;auth;help'= {
            cand login 'Log in with an app password, or in the browser with --oauth, and store the session'
            cand logout 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS'
            cand list 'List the accounts and the state of their sessions'
            cand default 'Make an account the default for commands and tools that name none'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;auth;help;login'= {
        }
        &'mcp-bluesky;auth;help;logout'= {
        }
        &'mcp-bluesky;auth;help;list'= {
        }
        &'mcp-bluesky;auth;help;default'= {
        }
        &'mcp-bluesky;auth;help;help'= {
        }
        &'mcp-bluesky;status'= {
            cand -a 'Check only this account (alias or handle)'
            cand --account 'Check only this account (alias or handle)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;config'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Print the effective configuration as YAML, passwords redacted'
            cand path 'Print the path of the configuration file'
            cand init 'Write a commented example configuration file'
            cand check 'Check the configuration and the password sources it names'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;config;show'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;config;path'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;config;init'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --force 'Replace an existing file'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;config;check'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'mcp-bluesky;config;help'= {
            cand show 'Print the effective configuration as YAML, passwords redacted'
            cand path 'Print the path of the configuration file'
            cand init 'Write a commented example configuration file'
            cand check 'Check the configuration and the password sources it names'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;config;help;show'= {
        }
        &'mcp-bluesky;config;help;path'= {
        }
        &'mcp-bluesky;config;help;init'= {
        }
        &'mcp-bluesky;config;help;check'= {
        }
        &'mcp-bluesky;config;help;help'= {
        }
        &'mcp-bluesky;mcp-config'= {
            cand --name 'The server''s name in the client'
            cand --toolsets 'Offer these toolsets (comma-separated: read, post, engage, default, all)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --read-only 'Offer only read-only tools'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;test'= {
            cand -a 'Test this account (alias or handle). Default: the default account'
            cand --account 'Test this account (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;serve'= {
            cand --transport 'How MCP clients connect [default: stdio; http with --listen or --port]'
            cand --listen 'Serve HTTP on this address [default with --transport http: 127.0.0.1:8080]. Anything but loopback needs --token-file'
            cand --port 'HTTP on 127.0.0.1 and this port (the same as --transport http --listen 127.0.0.1:PORT)'
            cand --token-file 'A file holding the bearer token HTTP clients must send (at least 16 characters); with --hosted, the operator''s token that /metrics asks for'
            cand --max-sessions 'With HTTP: most MCP sessions open at once; more are refused with 503 until one ends (sessions idle for 30 minutes end by themselves)'
            cand --allowed-host 'With HTTP: accept requests only for this `Host` (repeatable), such as mcp.example.org behind a reverse proxy. Default: any off loopback (the token guards the server); on loopback, loopback names only, plus these'
            cand --allowed-origin 'With HTTP: a browser origin allowed to call besides loopback ones (repeatable), such as https://app.example.org; `:*` allows any port. Requests without an Origin (every non-browser client) are not affected'
            cand --toolsets 'Offer these groups of tools (comma-separated): read, post, engage, graph, moderation, lists, drafts, `default` (all but moderation and lists), `all` (all but chat), and chat (direct messages: only when named). Over the `toolsets` setting [default: default]'
            cand --tools 'Offer these tools too (comma-separated names); alone, only these. Over the `tools` setting'
            cand --public-url 'With --hosted: the address people and MCP clients reach the server at (https://host[:port]), behind a reverse proxy its outside address'
            cand --database-url 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file'
            cand --database-url-file 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]'
            cand --client-key-file 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`'
            cand --state-key-file 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`'
            cand --tls-cert 'With --hosted: serve HTTPS with this certificate chain (PEM); without it, plain HTTP for a reverse proxy that terminates TLS'
            cand --tls-key 'With --tls-cert: its private key (PEM)'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --debug 'Log at debug level (same as --log-level debug)'
            cand --read-only 'Offer only the tools that change nothing (reading, searching), whatever the toolsets and tools'
            cand --list-tools 'Print the tools this selection offers, each with its toolset, and exit'
            cand --hosted 'Serve many people over HTTP, each signing in with their own Bluesky account (OAuth); all state in PostgreSQL, so instances can share the load. Needs --listen, and --public-url, a database and the key files (or the config''s `hosted:` settings)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;completions'= {
            cand --out-dir 'Write all of them into this directory instead of printing one'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;post'= {
            cand --image 'Attach an image (JPEG, PNG or WebP); repeat for up to 10. Metadata is stripped and large images shrunk'
            cand --video 'Attach a video (MP4, MOV, WebM or MPEG, at most 300 MB; over 16 MiB it is uploaded in parts); it is posted once Bluesky has processed it. Ctrl-C gives the upload up'
            cand --captions 'With --video: a WebVTT subtitle file and its language, as FILE:LANG (repeatable)'
            cand --alt 'Alt text: one --alt per --image, in the same order, or one for the --video. Describe what it shows'
            cand --link 'Show this page as a link card (default: the first link in the text, unless `link_cards: false`)'
            cand --quote 'Quote this post (at:// URI or bsky.app URL)'
            cand --lang 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --who-can-reply 'Who may reply: everyone (default), nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --thread 'Split long text into a thread of posts at sentence, then word boundaries'
            cand --numbered 'With --thread: end each post with "1/3", "2/3", …'
            cand --draft 'Save it as a draft to review and send from the Bluesky app, not a post (long text becomes a thread)'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --no-quotes 'Do not let others quote the post'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;draft'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'Your Bluesky drafts'
            cand rm 'Delete a Bluesky draft'
            cand send 'Publish a draft as the post or thread it holds, then delete the draft'
            cand edit 'Change a Bluesky draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;draft;ls'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;draft;rm'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;draft;send'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;draft;edit'= {
            cand --quote 'Quote this post instead (at:// URI or bsky.app URL); "" removes the quote'
            cand --link 'Show this page as a link card instead; "" removes it'
            cand --lang 'Languages of the text (repeatable, at most 3)'
            cand --who-can-reply 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --no-quotes 'Do not let others quote it'
            cand --quotes 'Let others quote it again'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;draft;help'= {
            cand ls 'Your Bluesky drafts'
            cand rm 'Delete a Bluesky draft'
            cand send 'Publish a draft as the post or thread it holds, then delete the draft'
            cand edit 'Change a Bluesky draft'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;draft;help;ls'= {
        }
        &'mcp-bluesky;draft;help;rm'= {
        }
        &'mcp-bluesky;draft;help;send'= {
        }
        &'mcp-bluesky;draft;help;edit'= {
        }
        &'mcp-bluesky;draft;help;help'= {
        }
        &'mcp-bluesky;reply-controls'= {
            cand --who-can-reply 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --no-quotes 'Do not let others quote it'
            cand --quotes 'Let others quote it again'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;hide'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unhide'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;feed'= {
            cand --author 'Read this account''s posts instead (handle, DID or profile URL)'
            cand --filter 'With --author: which posts'
            cand -n 'How many posts, across as many pages as that takes'
            cand --limit 'How many posts, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;search'= {
            cand --tag 'Find posts with this hashtag instead (with or without #)'
            cand --author 'Only posts by this account'
            cand --mentions 'Only posts mentioning this account'
            cand --since 'Only posts at or after this date (YYYY-MM-DD or RFC 3339)'
            cand --until 'Only posts before this date (YYYY-MM-DD or RFC 3339)'
            cand --lang 'Only posts in this language'
            cand --domain 'Only posts linking to this domain'
            cand --sort 'Order of posts'
            cand -n 'How many results, across as many pages as that takes'
            cand --limit 'How many results, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --users 'Find accounts instead of posts'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;reply'= {
            cand --lang 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --no-quotes 'Do not let others quote the reply. (Who may reply is the thread''s first post''s to say.)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;like'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unlike'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;repost'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unrepost'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;follow'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unfollow'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;delete'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;thread'= {
            cand --depth 'How many levels of replies to include, 0 to 1000'
            cand --parent-height 'How many posts above it (parents) to include, 0 to 1000'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;show'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;profile'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;notifications'= {
            cand --reason 'Only these reasons (repeatable); default: all'
            cand -n 'How many notifications, across as many pages as that takes'
            cand --limit 'How many notifications, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --unread 'Only notifications not yet seen'
            cand --mark-seen 'Afterwards, mark every notification as seen'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;bookmark'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Bookmark a Bluesky post'
            cand rm 'Remove a Bluesky bookmark'
            cand ls 'Your Bluesky bookmarks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;bookmark;add'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;bookmark;rm'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;bookmark;ls'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;bookmark;help'= {
            cand add 'Bookmark a Bluesky post'
            cand rm 'Remove a Bluesky bookmark'
            cand ls 'Your Bluesky bookmarks'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;bookmark;help;add'= {
        }
        &'mcp-bluesky;bookmark;help;rm'= {
        }
        &'mcp-bluesky;bookmark;help;ls'= {
        }
        &'mcp-bluesky;bookmark;help;help'= {
        }
        &'mcp-bluesky;chat'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand ls 'List Bluesky direct-message conversations'
            cand read 'Read a Bluesky direct-message conversation'
            cand send 'Send a Bluesky direct message'
            cand mark-read 'Mark a Bluesky conversation read'
            cand open 'Find a Bluesky direct-message conversation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;chat;ls'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --unread 'Only conversations with unread messages'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;chat;read'= {
            cand --convo 'The conversation''s id (from `chat ls`) instead'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand -n 'How many messages, newest first, across as many pages as that takes'
            cand --limit 'How many messages, newest first, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;chat;send'= {
            cand --convo 'Send in this conversation (its id, from `chat ls`) instead; then give only TEXT'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;chat;mark-read'= {
            cand --convo 'The conversation''s id (from `chat ls`) instead'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;chat;open'= {
            cand --convo 'The conversation''s id (from `chat ls`) instead'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;chat;help'= {
            cand ls 'List Bluesky direct-message conversations'
            cand read 'Read a Bluesky direct-message conversation'
            cand send 'Send a Bluesky direct message'
            cand mark-read 'Mark a Bluesky conversation read'
            cand open 'Find a Bluesky direct-message conversation'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;chat;help;ls'= {
        }
        &'mcp-bluesky;chat;help;read'= {
        }
        &'mcp-bluesky;chat;help;send'= {
        }
        &'mcp-bluesky;chat;help;mark-read'= {
        }
        &'mcp-bluesky;chat;help;open'= {
        }
        &'mcp-bluesky;chat;help;help'= {
        }
        &'mcp-bluesky;trends'= {
            cand -n 'How many, 1 to 25'
            cand --limit 'How many, 1 to 25'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --topics 'Trending topics (and suggested ones) instead of trends'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;likes'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;reposts'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;quotes'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;followers'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --known 'Only those you follow too (bluesky_get_known_followers; needs HANDLE)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;follows'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;mute'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --thread 'Mute the thread the post is in (its notifications), not an account'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unmute'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --thread 'Mute the thread the post is in (its notifications), not an account'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;block'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;unblock'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;mutes'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;blocks'= {
            cand -n 'How many, across as many pages as that takes'
            cand --limit 'How many, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list'= {
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a Bluesky list'
            cand update 'Change a Bluesky list'
            cand delete 'Delete a Bluesky list'
            cand add 'Add an account to a Bluesky list'
            cand remove 'Remove an account from a Bluesky list'
            cand show 'Show a Bluesky list'
            cand ls 'An account''s Bluesky lists'
            cand mute 'Mute a Bluesky moderation list'
            cand unmute 'Unmute a Bluesky moderation list'
            cand block 'Block a Bluesky moderation list'
            cand unblock 'Unblock a Bluesky moderation list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;list;create'= {
            cand -d 'What the list is about (at most 300 graphemes)'
            cand --description 'What the list is about (at most 300 graphemes)'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --moderation 'A moderation list (people to mute or block together) rather than a curation list'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;update'= {
            cand --name 'A new name (at most 64 graphemes)'
            cand -d 'A new description (at most 300 graphemes); "" removes it'
            cand --description 'A new description (at most 300 graphemes); "" removes it'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;delete'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;add'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;remove'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;show'= {
            cand -n 'How many members, across as many pages as that takes'
            cand --limit 'How many members, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;ls'= {
            cand -n 'How many lists, across as many pages as that takes'
            cand --limit 'How many lists, across as many pages as that takes'
            cand --cursor 'Where to continue: the `cursor` of an earlier result'
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --all 'Every one there is (up to 10,000)'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;mute'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;unmute'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;block'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;unblock'= {
            cand -a 'The account to use (alias or handle). Default: the default account'
            cand --account 'The account to use (alias or handle). Default: the default account'
            cand --config 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]'
            cand --pds-url 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]'
            cand --log-level 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]'
            cand --log-format 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]'
            cand --dry-run 'Check everything and show what would be written, writing nothing'
            cand --json 'Print the result as JSON on stdout'
            cand --jsonl 'Print lists as JSON Lines: one item per line, for jq and friends'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mcp-bluesky;list;help'= {
            cand create 'Create a Bluesky list'
            cand update 'Change a Bluesky list'
            cand delete 'Delete a Bluesky list'
            cand add 'Add an account to a Bluesky list'
            cand remove 'Remove an account from a Bluesky list'
            cand show 'Show a Bluesky list'
            cand ls 'An account''s Bluesky lists'
            cand mute 'Mute a Bluesky moderation list'
            cand unmute 'Unmute a Bluesky moderation list'
            cand block 'Block a Bluesky moderation list'
            cand unblock 'Unblock a Bluesky moderation list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;list;help;create'= {
        }
        &'mcp-bluesky;list;help;update'= {
        }
        &'mcp-bluesky;list;help;delete'= {
        }
        &'mcp-bluesky;list;help;add'= {
        }
        &'mcp-bluesky;list;help;remove'= {
        }
        &'mcp-bluesky;list;help;show'= {
        }
        &'mcp-bluesky;list;help;ls'= {
        }
        &'mcp-bluesky;list;help;mute'= {
        }
        &'mcp-bluesky;list;help;unmute'= {
        }
        &'mcp-bluesky;list;help;block'= {
        }
        &'mcp-bluesky;list;help;unblock'= {
        }
        &'mcp-bluesky;list;help;help'= {
        }
        &'mcp-bluesky;help'= {
            cand hosted 'Run and look after a hosted server: keys, who is connected, revoking'
            cand auth 'Log in and out, list accounts, choose the default one'
            cand status 'Check the configuration, accounts, sessions and PDS reachability'
            cand config 'Show, locate, create or check the configuration file'
            cand mcp-config 'Print the configuration entry that runs this server in an MCP client'
            cand test 'Test the setup end to end and say what to fix'
            cand serve 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients'
            cand completions 'Print a shell completion script, or write every shell''s and the man pages'
            cand post 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft'
            cand draft 'Drafts: list, change, delete and send them (`post --draft` saves one)'
            cand reply-controls 'Change who may reply to or quote your post'
            cand hide 'Hide a reply in your thread'
            cand unhide 'Unhide a reply in your thread'
            cand feed 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account''s posts'
            cand search 'Search posts, a hashtag''s posts, or accounts'
            cand reply 'Reply to a Bluesky post'
            cand like 'Like a Bluesky post'
            cand unlike 'Unlike a Bluesky post'
            cand repost 'Repost a Bluesky post'
            cand unrepost 'Undo a repost'
            cand follow 'Follow a Bluesky account'
            cand unfollow 'Unfollow a Bluesky account'
            cand delete 'Delete a Bluesky post'
            cand thread 'Read a Bluesky thread'
            cand show 'Read one Bluesky post'
            cand profile 'Read a Bluesky profile'
            cand notifications 'Read Bluesky notifications'
            cand bookmark 'Save posts for later, privately, and list them'
            cand chat 'Direct messages: your conversations, reading, sending'
            cand trends 'What is trending on Bluesky now'
            cand likes 'Who liked a Bluesky post'
            cand reposts 'Who reposted a Bluesky post'
            cand quotes 'Posts quoting a Bluesky post'
            cand followers 'Followers of an account (yours by default), or with --known those you follow too'
            cand follows 'Accounts a Bluesky account follows'
            cand mute 'Mute an account, or with --thread a thread'
            cand unmute 'Unmute an account, or with --thread a thread'
            cand block 'Block a Bluesky account'
            cand unblock 'Unblock a Bluesky account'
            cand mutes 'Accounts you muted'
            cand blocks 'Accounts you block'
            cand list 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mcp-bluesky;help;hosted'= {
            cand keygen 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
            cand users 'List the people connected: DID, handle, last use'
            cand revoke 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance'
        }
        &'mcp-bluesky;help;hosted;keygen'= {
        }
        &'mcp-bluesky;help;hosted;users'= {
        }
        &'mcp-bluesky;help;hosted;revoke'= {
        }
        &'mcp-bluesky;help;auth'= {
            cand login 'Log in with an app password, or in the browser with --oauth, and store the session'
            cand logout 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS'
            cand list 'List the accounts and the state of their sessions'
            cand default 'Make an account the default for commands and tools that name none'
        }
        &'mcp-bluesky;help;auth;login'= {
        }
        &'mcp-bluesky;help;auth;logout'= {
        }
        &'mcp-bluesky;help;auth;list'= {
        }
        &'mcp-bluesky;help;auth;default'= {
        }
        &'mcp-bluesky;help;status'= {
        }
        &'mcp-bluesky;help;config'= {
            cand show 'Print the effective configuration as YAML, passwords redacted'
            cand path 'Print the path of the configuration file'
            cand init 'Write a commented example configuration file'
            cand check 'Check the configuration and the password sources it names'
        }
        &'mcp-bluesky;help;config;show'= {
        }
        &'mcp-bluesky;help;config;path'= {
        }
        &'mcp-bluesky;help;config;init'= {
        }
        &'mcp-bluesky;help;config;check'= {
        }
        &'mcp-bluesky;help;mcp-config'= {
        }
        &'mcp-bluesky;help;test'= {
        }
        &'mcp-bluesky;help;serve'= {
        }
        &'mcp-bluesky;help;completions'= {
        }
        &'mcp-bluesky;help;post'= {
        }
        &'mcp-bluesky;help;draft'= {
            cand ls 'Your Bluesky drafts'
            cand rm 'Delete a Bluesky draft'
            cand send 'Publish a draft as the post or thread it holds, then delete the draft'
            cand edit 'Change a Bluesky draft'
        }
        &'mcp-bluesky;help;draft;ls'= {
        }
        &'mcp-bluesky;help;draft;rm'= {
        }
        &'mcp-bluesky;help;draft;send'= {
        }
        &'mcp-bluesky;help;draft;edit'= {
        }
        &'mcp-bluesky;help;reply-controls'= {
        }
        &'mcp-bluesky;help;hide'= {
        }
        &'mcp-bluesky;help;unhide'= {
        }
        &'mcp-bluesky;help;feed'= {
        }
        &'mcp-bluesky;help;search'= {
        }
        &'mcp-bluesky;help;reply'= {
        }
        &'mcp-bluesky;help;like'= {
        }
        &'mcp-bluesky;help;unlike'= {
        }
        &'mcp-bluesky;help;repost'= {
        }
        &'mcp-bluesky;help;unrepost'= {
        }
        &'mcp-bluesky;help;follow'= {
        }
        &'mcp-bluesky;help;unfollow'= {
        }
        &'mcp-bluesky;help;delete'= {
        }
        &'mcp-bluesky;help;thread'= {
        }
        &'mcp-bluesky;help;show'= {
        }
        &'mcp-bluesky;help;profile'= {
        }
        &'mcp-bluesky;help;notifications'= {
        }
        &'mcp-bluesky;help;bookmark'= {
            cand add 'Bookmark a Bluesky post'
            cand rm 'Remove a Bluesky bookmark'
            cand ls 'Your Bluesky bookmarks'
        }
        &'mcp-bluesky;help;bookmark;add'= {
        }
        &'mcp-bluesky;help;bookmark;rm'= {
        }
        &'mcp-bluesky;help;bookmark;ls'= {
        }
        &'mcp-bluesky;help;chat'= {
            cand ls 'List Bluesky direct-message conversations'
            cand read 'Read a Bluesky direct-message conversation'
            cand send 'Send a Bluesky direct message'
            cand mark-read 'Mark a Bluesky conversation read'
            cand open 'Find a Bluesky direct-message conversation'
        }
        &'mcp-bluesky;help;chat;ls'= {
        }
        &'mcp-bluesky;help;chat;read'= {
        }
        &'mcp-bluesky;help;chat;send'= {
        }
        &'mcp-bluesky;help;chat;mark-read'= {
        }
        &'mcp-bluesky;help;chat;open'= {
        }
        &'mcp-bluesky;help;trends'= {
        }
        &'mcp-bluesky;help;likes'= {
        }
        &'mcp-bluesky;help;reposts'= {
        }
        &'mcp-bluesky;help;quotes'= {
        }
        &'mcp-bluesky;help;followers'= {
        }
        &'mcp-bluesky;help;follows'= {
        }
        &'mcp-bluesky;help;mute'= {
        }
        &'mcp-bluesky;help;unmute'= {
        }
        &'mcp-bluesky;help;block'= {
        }
        &'mcp-bluesky;help;unblock'= {
        }
        &'mcp-bluesky;help;mutes'= {
        }
        &'mcp-bluesky;help;blocks'= {
        }
        &'mcp-bluesky;help;list'= {
            cand create 'Create a Bluesky list'
            cand update 'Change a Bluesky list'
            cand delete 'Delete a Bluesky list'
            cand add 'Add an account to a Bluesky list'
            cand remove 'Remove an account from a Bluesky list'
            cand show 'Show a Bluesky list'
            cand ls 'An account''s Bluesky lists'
            cand mute 'Mute a Bluesky moderation list'
            cand unmute 'Unmute a Bluesky moderation list'
            cand block 'Block a Bluesky moderation list'
            cand unblock 'Unblock a Bluesky moderation list'
        }
        &'mcp-bluesky;help;list;create'= {
        }
        &'mcp-bluesky;help;list;update'= {
        }
        &'mcp-bluesky;help;list;delete'= {
        }
        &'mcp-bluesky;help;list;add'= {
        }
        &'mcp-bluesky;help;list;remove'= {
        }
        &'mcp-bluesky;help;list;show'= {
        }
        &'mcp-bluesky;help;list;ls'= {
        }
        &'mcp-bluesky;help;list;mute'= {
        }
        &'mcp-bluesky;help;list;unmute'= {
        }
        &'mcp-bluesky;help;list;block'= {
        }
        &'mcp-bluesky;help;list;unblock'= {
        }
        &'mcp-bluesky;help;help'= {
        }
    ]
    $completions[$command]
}
