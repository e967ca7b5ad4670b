# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_mcp_bluesky_global_optspecs
    string join \n config= pds-url= log-level= log-format= json jsonl h/help V/version
end

function __fish_mcp_bluesky_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_mcp_bluesky_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_mcp_bluesky_using_subcommand
    set -l cmd (__fish_mcp_bluesky_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -s V -l version -d 'Print version'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "hosted" -d 'Run and look after a hosted server: keys, who is connected, revoking'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "auth" -d 'Log in and out, list accounts, choose the default one'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "status" -d 'Check the configuration, accounts, sessions and PDS reachability'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "config" -d 'Show, locate, create or check the configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "mcp-config" -d 'Print the configuration entry that runs this server in an MCP client'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "test" -d 'Test the setup end to end and say what to fix'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "serve" -d 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "completions" -d 'Print a shell completion script, or write every shell\'s and the man pages'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "post" -d 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "draft" -d 'Drafts: list, change, delete and send them (`post --draft` saves one)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "reply-controls" -d 'Change who may reply to or quote your post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "hide" -d 'Hide a reply in your thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unhide" -d 'Unhide a reply in your thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "feed" -d 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account\'s posts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "search" -d 'Search posts, a hashtag\'s posts, or accounts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "reply" -d 'Reply to a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "like" -d 'Like a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unlike" -d 'Unlike a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "repost" -d 'Repost a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unrepost" -d 'Undo a repost'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "follow" -d 'Follow a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unfollow" -d 'Unfollow a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "delete" -d 'Delete a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "thread" -d 'Read a Bluesky thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "show" -d 'Read one Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "profile" -d 'Read a Bluesky profile'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "notifications" -d 'Read Bluesky notifications'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "bookmark" -d 'Save posts for later, privately, and list them'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "chat" -d 'Direct messages: your conversations, reading, sending'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "trends" -d 'What is trending on Bluesky now'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "likes" -d 'Who liked a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "reposts" -d 'Who reposted a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "quotes" -d 'Posts quoting a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "followers" -d 'Followers of an account (yours by default), or with --known those you follow too'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "follows" -d 'Accounts a Bluesky account follows'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "mute" -d 'Mute an account, or with --thread a thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unmute" -d 'Unmute an account, or with --thread a thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "block" -d 'Block a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "unblock" -d 'Unblock a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "mutes" -d 'Accounts you muted'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "blocks" -d 'Accounts you block'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "list" -d 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -f -a "keygen" -d 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -f -a "users" -d 'List the people connected: DID, handle, last use'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -f -a "revoke" -d 'Revoke a person\'s tokens here and their Bluesky grant, at once on every instance'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and not __fish_seen_subcommand_from keygen users revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l out -d 'The directory to write them to (made if missing); existing keys are never replaced' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from keygen" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l database-url -d 'A hosted server\'s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l database-url-file -d 'A hosted server\'s file holding the PostgreSQL URL [default: the DATABASE_URL variable]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l client-key-file -d 'A hosted server\'s OAuth client key (a private P-256 JWK) from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l state-key-file -d 'The key that seals a hosted server\'s sessions in the database, from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l database-url -d 'A hosted server\'s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l database-url-file -d 'A hosted server\'s file holding the PostgreSQL URL [default: the DATABASE_URL variable]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l client-key-file -d 'A hosted server\'s OAuth client key (a private P-256 JWK) from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l state-key-file -d 'The key that seals a hosted server\'s sessions in the database, from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from help" -f -a "keygen" -d 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from help" -f -a "users" -d 'List the people connected: DID, handle, last use'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a person\'s tokens here and their Bluesky grant, at once on every instance'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hosted; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -f -a "login" -d 'Log in with an app password, or in the browser with --oauth, and store the session'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -f -a "logout" -d 'Forget an account\'s session and revoke it (or its OAuth grant) on its PDS'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -f -a "list" -d 'List the accounts and the state of their sessions'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -f -a "default" -d 'Make an account the default for commands and tools that name none'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and not __fish_seen_subcommand_from login logout list default help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l alias -l account -d 'Name to refer to this account by; default: the configured alias or the handle' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l scope -d 'With --oauth: a scope to ask for instead of the configured oauth_scopes (repeat for more; `atproto` is required)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'With --oauth: seconds to wait for the browser to come back' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l port -d 'With --oauth: the callback\'s port on 127.0.0.1 (default: a free one)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l oauth -d 'Log in through the browser (atproto OAuth) instead of with an app password'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'With --oauth: print the sign-in address instead of opening a browser'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in with an app password, or in the browser with --oauth, and store the session'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget an account\'s session and revoke it (or its OAuth grant) on its PDS'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the accounts and the state of their sessions'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "default" -d 'Make an account the default for commands and tools that name none'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -s a -l account -d 'Check only this account (alias or handle)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -f -a "show" -d 'Print the effective configuration as YAML, passwords redacted'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -f -a "path" -d 'Print the path of the configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -f -a "init" -d 'Write a commented example configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -f -a "check" -d 'Check the configuration and the password sources it names'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and not __fish_seen_subcommand_from show path init check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration as YAML, passwords redacted'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented example configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the configuration and the password sources it names'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l name -d 'The server\'s name in the client' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l toolsets -d 'Offer these toolsets (comma-separated: read, post, engage, default, all)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l read-only -d 'Offer only read-only tools'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mcp-config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -s a -l account -d 'Test this account (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l transport -d 'How MCP clients connect [default: stdio; http with --listen or --port]' -r -f -a "stdio\t'JSON-RPC over stdin and stdout'
http\t'Streamable HTTP at /mcp, with /healthz and /metrics'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l listen -d 'Serve HTTP on this address [default with --transport http: 127.0.0.1:8080]. Anything but loopback needs --token-file' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l port -d 'HTTP on 127.0.0.1 and this port (the same as --transport http --listen 127.0.0.1:PORT)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l token-file -d 'A file holding the bearer token HTTP clients must send (at least 16 characters); with --hosted, the operator\'s token that /metrics asks for' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l max-sessions -d 'With HTTP: most MCP sessions open at once; more are refused with 503 until one ends (sessions idle for 30 minutes end by themselves)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l allowed-host -d 'With HTTP: accept requests only for this `Host` (repeatable), such as mcp.example.org behind a reverse proxy. Default: any off loopback (the token guards the server); on loopback, loopback names only, plus these' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l allowed-origin -d 'With HTTP: a browser origin allowed to call besides loopback ones (repeatable), such as https://app.example.org; `:*` allows any port. Requests without an Origin (every non-browser client) are not affected' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l toolsets -d 'Offer these groups of tools (comma-separated): read, post, engage, graph, moderation, lists, drafts, `default` (all but moderation and lists), `all` (all but chat), and chat (direct messages: only when named). Over the `toolsets` setting [default: default]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l tools -d 'Offer these tools too (comma-separated names); alone, only these. Over the `tools` setting' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l public-url -d 'With --hosted: the address people and MCP clients reach the server at (https://host[:port]), behind a reverse proxy its outside address' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l database-url -d 'A hosted server\'s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l database-url-file -d 'A hosted server\'s file holding the PostgreSQL URL [default: the DATABASE_URL variable]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l client-key-file -d 'A hosted server\'s OAuth client key (a private P-256 JWK) from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l state-key-file -d 'The key that seals a hosted server\'s sessions in the database, from `hosted keygen`' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l tls-cert -d 'With --hosted: serve HTTPS with this certificate chain (PEM); without it, plain HTTP for a reverse proxy that terminates TLS' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l tls-key -d 'With --tls-cert: its private key (PEM)' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l debug -d 'Log at debug level (same as --log-level debug)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l read-only -d 'Offer only the tools that change nothing (reading, searching), whatever the toolsets and tools'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l list-tools -d 'Print the tools this selection offers, each with its toolset, and exit'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l hosted -d 'Serve many people over HTTP, each signing in with their own Bluesky account (OAuth); all state in PostgreSQL, so instances can share the load. Needs --listen, and --public-url, a database and the key files (or the config\'s `hosted:` settings)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l out-dir -d 'Write all of them into this directory instead of printing one' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l image -d 'Attach an image (JPEG, PNG or WebP); repeat for up to 10. Metadata is stripped and large images shrunk' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l video -d 'Attach a video (MP4, MOV, WebM or MPEG, at most 300 MB; over 16 MiB it is uploaded in parts); it is posted once Bluesky has processed it. Ctrl-C gives the upload up' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l captions -d 'With --video: a WebVTT subtitle file and its language, as FILE:LANG (repeatable)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l alt -d 'Alt text: one --alt per --image, in the same order, or one for the --video. Describe what it shows' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l link -d 'Show this page as a link card (default: the first link in the text, unless `link_cards: false`)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l quote -d 'Quote this post (at:// URI or bsky.app URL)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l lang -d 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l who-can-reply -d 'Who may reply: everyone (default), nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l thread -d 'Split long text into a thread of posts at sentence, then word boundaries'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l numbered -d 'With --thread: end each post with "1/3", "2/3", …'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l draft -d 'Save it as a draft to review and send from the Bluesky app, not a post (long text becomes a thread)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l no-quotes -d 'Do not let others quote the post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -f -a "ls" -d 'Your Bluesky drafts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -f -a "rm" -d 'Delete a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -f -a "send" -d 'Publish a draft as the post or thread it holds, then delete the draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -f -a "edit" -d 'Change a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and not __fish_seen_subcommand_from ls rm send edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l quote -d 'Quote this post instead (at:// URI or bsky.app URL); "" removes the quote' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l link -d 'Show this page as a link card instead; "" removes it' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l lang -d 'Languages of the text (repeatable, at most 3)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l who-can-reply -d 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l no-quotes -d 'Do not let others quote it'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l quotes -d 'Let others quote it again'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from help" -f -a "ls" -d 'Your Bluesky drafts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from help" -f -a "send" -d 'Publish a draft as the post or thread it holds, then delete the draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand draft; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l who-can-reply -d 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l no-quotes -d 'Do not let others quote it'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l quotes -d 'Let others quote it again'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply-controls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand hide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unhide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l author -d 'Read this account\'s posts instead (handle, DID or profile URL)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l filter -d 'With --author: which posts' -r -f -a "replies\t'Posts and replies'
posts\t'Posts, no replies'
media\t'Posts with images or video'
threads\t'Posts and the author\'s own threads'
video\t'Posts with video'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -s n -l limit -d 'How many posts, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand feed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l tag -d 'Find posts with this hashtag instead (with or without #)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l author -d 'Only posts by this account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l mentions -d 'Only posts mentioning this account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l since -d 'Only posts at or after this date (YYYY-MM-DD or RFC 3339)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l until -d 'Only posts before this date (YYYY-MM-DD or RFC 3339)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l lang -d 'Only posts in this language' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l domain -d 'Only posts linking to this domain' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l sort -d 'Order of posts' -r -f -a "latest\t'Newest first'
top\t'Most engaging first'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -s n -l limit -d 'How many results, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l users -d 'Find accounts instead of posts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l lang -d 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l no-quotes -d 'Do not let others quote the reply. (Who may reply is the thread\'s first post\'s to say.)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand like" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unlike" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand repost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unrepost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unfollow" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l depth -d 'How many levels of replies to include, 0 to 1000' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l parent-height -d 'How many posts above it (parents) to include, 0 to 1000' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand thread" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand profile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l reason -d 'Only these reasons (repeatable); default: all' -r -f -a "like\t''
repost\t''
follow\t''
mention\t''
reply\t''
quote\t''
starterpack-joined\t''
like-via-repost\t''
repost-via-repost\t''"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -s n -l limit -d 'How many notifications, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l unread -d 'Only notifications not yet seen'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l mark-seen -d 'Afterwards, mark every notification as seen'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand notifications" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -f -a "add" -d 'Bookmark a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -f -a "rm" -d 'Remove a Bluesky bookmark'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -f -a "ls" -d 'Your Bluesky bookmarks'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and not __fish_seen_subcommand_from add rm ls help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "add" -d 'Bookmark a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a Bluesky bookmark'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "ls" -d 'Your Bluesky bookmarks'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand bookmark; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "ls" -d 'List Bluesky direct-message conversations'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "read" -d 'Read a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "send" -d 'Send a Bluesky direct message'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "mark-read" -d 'Mark a Bluesky conversation read'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "open" -d 'Find a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and not __fish_seen_subcommand_from ls read send mark-read open help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l unread -d 'Only conversations with unread messages'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l convo -d 'The conversation\'s id (from `chat ls`) instead' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -s n -l limit -d 'How many messages, newest first, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l convo -d 'Send in this conversation (its id, from `chat ls`) instead; then give only TEXT' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l convo -d 'The conversation\'s id (from `chat ls`) instead' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from mark-read" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l convo -d 'The conversation\'s id (from `chat ls`) instead' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List Bluesky direct-message conversations'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "read" -d 'Read a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send a Bluesky direct message'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "mark-read" -d 'Mark a Bluesky conversation read'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "open" -d 'Find a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand chat; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -s n -l limit -d 'How many, 1 to 25' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l topics -d 'Trending topics (and suggested ones) instead of trends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand trends" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand likes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand reposts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand quotes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l known -d 'Only those you follow too (bluesky_get_known_followers; needs HANDLE)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand followers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand follows" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l thread -d 'Mute the thread the post is in (its notifications), not an account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l thread -d 'Mute the thread the post is in (its notifications), not an account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unmute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand unblock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand mutes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -s n -l limit -d 'How many, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand blocks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "create" -d 'Create a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "update" -d 'Change a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "delete" -d 'Delete a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "add" -d 'Add an account to a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "remove" -d 'Remove an account from a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "show" -d 'Show a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "ls" -d 'An account\'s Bluesky lists'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "mute" -d 'Mute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "unmute" -d 'Unmute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "block" -d 'Block a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "unblock" -d 'Unblock a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and not __fish_seen_subcommand_from create update delete add remove show ls mute unmute block unblock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -s d -l description -d 'What the list is about (at most 300 graphemes)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l moderation -d 'A moderation list (people to mute or block together) rather than a curation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l name -d 'A new name (at most 64 graphemes)' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -s d -l description -d 'A new description (at most 300 graphemes); "" removes it' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -s n -l limit -d 'How many members, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -s n -l limit -d 'How many lists, across as many pages as that takes' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l cursor -d 'Where to continue: the `cursor` of an earlier result' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l all -d 'Every one there is (up to 10,000)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from mute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unmute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -s a -l account -d 'The account to use (alias or handle). Default: the default account' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l config -d 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]' -r -F
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l pds-url -d 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l log-level -d 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]' -r
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l log-format -d 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]' -r -f -a "human\t'Text for people'
json\t'One JSON object a line, for journald and log shippers'"
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l dry-run -d 'Check everything and show what would be written, writing nothing'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l json -d 'Print the result as JSON on stdout'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -l jsonl -d 'Print lists as JSON Lines: one item per line, for jq and friends'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an account to a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an account from a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "ls" -d 'An account\'s Bluesky lists'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "mute" -d 'Mute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "unmute" -d 'Unmute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "block" -d 'Block a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Unblock a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand list; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "hosted" -d 'Run and look after a hosted server: keys, who is connected, revoking'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "auth" -d 'Log in and out, list accounts, choose the default one'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "status" -d 'Check the configuration, accounts, sessions and PDS reachability'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "config" -d 'Show, locate, create or check the configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "mcp-config" -d 'Print the configuration entry that runs this server in an MCP client'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "test" -d 'Test the setup end to end and say what to fix'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "serve" -d 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "completions" -d 'Print a shell completion script, or write every shell\'s and the man pages'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "post" -d 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "draft" -d 'Drafts: list, change, delete and send them (`post --draft` saves one)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "reply-controls" -d 'Change who may reply to or quote your post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "hide" -d 'Hide a reply in your thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unhide" -d 'Unhide a reply in your thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "feed" -d 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account\'s posts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "search" -d 'Search posts, a hashtag\'s posts, or accounts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "reply" -d 'Reply to a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "like" -d 'Like a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unlike" -d 'Unlike a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "repost" -d 'Repost a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unrepost" -d 'Undo a repost'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "follow" -d 'Follow a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unfollow" -d 'Unfollow a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "delete" -d 'Delete a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "thread" -d 'Read a Bluesky thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "show" -d 'Read one Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "profile" -d 'Read a Bluesky profile'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "notifications" -d 'Read Bluesky notifications'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "bookmark" -d 'Save posts for later, privately, and list them'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "chat" -d 'Direct messages: your conversations, reading, sending'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "trends" -d 'What is trending on Bluesky now'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "likes" -d 'Who liked a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "reposts" -d 'Who reposted a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "quotes" -d 'Posts quoting a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "followers" -d 'Followers of an account (yours by default), or with --known those you follow too'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "follows" -d 'Accounts a Bluesky account follows'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "mute" -d 'Mute an account, or with --thread a thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unmute" -d 'Unmute an account, or with --thread a thread'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "block" -d 'Block a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "unblock" -d 'Unblock a Bluesky account'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "mutes" -d 'Accounts you muted'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "blocks" -d 'Accounts you block'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "list" -d 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and not __fish_seen_subcommand_from hosted auth status config mcp-config test serve completions post draft reply-controls hide unhide feed search reply like unlike repost unrepost follow unfollow delete thread show profile notifications bookmark chat trends likes reposts quotes followers follows mute unmute block unblock mutes blocks list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from hosted" -f -a "keygen" -d 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from hosted" -f -a "users" -d 'List the people connected: DID, handle, last use'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from hosted" -f -a "revoke" -d 'Revoke a person\'s tokens here and their Bluesky grant, at once on every instance'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in with an app password, or in the browser with --oauth, and store the session'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget an account\'s session and revoke it (or its OAuth grant) on its PDS'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "list" -d 'List the accounts and the state of their sessions'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "default" -d 'Make an account the default for commands and tools that name none'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration as YAML, passwords redacted'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented example configuration file'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Check the configuration and the password sources it names'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from draft" -f -a "ls" -d 'Your Bluesky drafts'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from draft" -f -a "rm" -d 'Delete a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from draft" -f -a "send" -d 'Publish a draft as the post or thread it holds, then delete the draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from draft" -f -a "edit" -d 'Change a Bluesky draft'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "add" -d 'Bookmark a Bluesky post'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "rm" -d 'Remove a Bluesky bookmark'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from bookmark" -f -a "ls" -d 'Your Bluesky bookmarks'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "ls" -d 'List Bluesky direct-message conversations'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "read" -d 'Read a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "send" -d 'Send a Bluesky direct message'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "mark-read" -d 'Mark a Bluesky conversation read'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from chat" -f -a "open" -d 'Find a Bluesky direct-message conversation'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "create" -d 'Create a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "update" -d 'Change a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "delete" -d 'Delete a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "add" -d 'Add an account to a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "remove" -d 'Remove an account from a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "show" -d 'Show a Bluesky list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "ls" -d 'An account\'s Bluesky lists'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "mute" -d 'Mute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "unmute" -d 'Unmute a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "block" -d 'Block a Bluesky moderation list'
complete -c mcp-bluesky -n "__fish_mcp_bluesky_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "unblock" -d 'Unblock a Bluesky moderation list'
