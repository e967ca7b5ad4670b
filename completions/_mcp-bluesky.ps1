
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mcp-bluesky' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mcp-bluesky'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mcp-bluesky' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('hosted', 'hosted', [CompletionResultType]::ParameterValue, 'Run and look after a hosted server: keys, who is connected, revoking')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, list accounts, choose the default one')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the configuration, accounts, sessions and PDS reachability')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate, create or check the configuration file')
            [CompletionResult]::new('mcp-config', 'mcp-config', [CompletionResultType]::ParameterValue, 'Print the configuration entry that runs this server in an MCP client')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test the setup end to end and say what to fix')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or write every shell''s and the man pages')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Drafts: list, change, delete and send them (`post --draft` saves one)')
            [CompletionResult]::new('reply-controls', 'reply-controls', [CompletionResultType]::ParameterValue, 'Change who may reply to or quote your post')
            [CompletionResult]::new('hide', 'hide', [CompletionResultType]::ParameterValue, 'Hide a reply in your thread')
            [CompletionResult]::new('unhide', 'unhide', [CompletionResultType]::ParameterValue, 'Unhide a reply in your thread')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account''s posts')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search posts, a hashtag''s posts, or accounts')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Reply to a Bluesky post')
            [CompletionResult]::new('like', 'like', [CompletionResultType]::ParameterValue, 'Like a Bluesky post')
            [CompletionResult]::new('unlike', 'unlike', [CompletionResultType]::ParameterValue, 'Unlike a Bluesky post')
            [CompletionResult]::new('repost', 'repost', [CompletionResultType]::ParameterValue, 'Repost a Bluesky post')
            [CompletionResult]::new('unrepost', 'unrepost', [CompletionResultType]::ParameterValue, 'Undo a repost')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Follow a Bluesky account')
            [CompletionResult]::new('unfollow', 'unfollow', [CompletionResultType]::ParameterValue, 'Unfollow a Bluesky account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Bluesky post')
            [CompletionResult]::new('thread', 'thread', [CompletionResultType]::ParameterValue, 'Read a Bluesky thread')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Read one Bluesky post')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Read a Bluesky profile')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Read Bluesky notifications')
            [CompletionResult]::new('bookmark', 'bookmark', [CompletionResultType]::ParameterValue, 'Save posts for later, privately, and list them')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Direct messages: your conversations, reading, sending')
            [CompletionResult]::new('trends', 'trends', [CompletionResultType]::ParameterValue, 'What is trending on Bluesky now')
            [CompletionResult]::new('likes', 'likes', [CompletionResultType]::ParameterValue, 'Who liked a Bluesky post')
            [CompletionResult]::new('reposts', 'reposts', [CompletionResultType]::ParameterValue, 'Who reposted a Bluesky post')
            [CompletionResult]::new('quotes', 'quotes', [CompletionResultType]::ParameterValue, 'Posts quoting a Bluesky post')
            [CompletionResult]::new('followers', 'followers', [CompletionResultType]::ParameterValue, 'Followers of an account (yours by default), or with --known those you follow too')
            [CompletionResult]::new('follows', 'follows', [CompletionResultType]::ParameterValue, 'Accounts a Bluesky account follows')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute an account, or with --thread a thread')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute an account, or with --thread a thread')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a Bluesky account')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a Bluesky account')
            [CompletionResult]::new('mutes', 'mutes', [CompletionResultType]::ParameterValue, 'Accounts you muted')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'Accounts you block')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;hosted' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the people connected: DID, handle, last use')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;hosted;keygen' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory to write them to (made if missing); existing keys are never replaced')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;hosted;users' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file')
            [CompletionResult]::new('--database-url-file', '--database-url-file', [CompletionResultType]::ParameterName, 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`')
            [CompletionResult]::new('--state-key-file', '--state-key-file', [CompletionResultType]::ParameterName, 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;hosted;revoke' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file')
            [CompletionResult]::new('--database-url-file', '--database-url-file', [CompletionResultType]::ParameterName, 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`')
            [CompletionResult]::new('--state-key-file', '--state-key-file', [CompletionResultType]::ParameterName, 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;hosted;help' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the people connected: DID, handle, last use')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;hosted;help;keygen' {
            break
        }
        'mcp-bluesky;hosted;help;users' {
            break
        }
        'mcp-bluesky;hosted;help;revoke' {
            break
        }
        'mcp-bluesky;hosted;help;help' {
            break
        }
        'mcp-bluesky;auth' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with an app password, or in the browser with --oauth, and store the session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and the state of their sessions')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make an account the default for commands and tools that name none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;auth;login' {
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Name to refer to this account by; default: the configured alias or the handle')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Name to refer to this account by; default: the configured alias or the handle')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'With --oauth: a scope to ask for instead of the configured oauth_scopes (repeat for more; `atproto` is required)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'With --oauth: seconds to wait for the browser to come back')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'With --oauth: the callback''s port on 127.0.0.1 (default: a free one)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--oauth', '--oauth', [CompletionResultType]::ParameterName, 'Log in through the browser (atproto OAuth) instead of with an app password')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'With --oauth: print the sign-in address instead of opening a browser')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;auth;logout' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;auth;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;auth;default' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with an app password, or in the browser with --oauth, and store the session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and the state of their sessions')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make an account the default for commands and tools that name none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;auth;help;login' {
            break
        }
        'mcp-bluesky;auth;help;logout' {
            break
        }
        'mcp-bluesky;auth;help;list' {
            break
        }
        'mcp-bluesky;auth;help;default' {
            break
        }
        'mcp-bluesky;auth;help;help' {
            break
        }
        'mcp-bluesky;status' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Check only this account (alias or handle)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Check only this account (alias or handle)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration as YAML, passwords redacted')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the configuration file')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example configuration file')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the configuration and the password sources it names')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;config;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;config;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;config;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'mcp-bluesky;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration as YAML, passwords redacted')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the configuration file')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example configuration file')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the configuration and the password sources it names')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;config;help;show' {
            break
        }
        'mcp-bluesky;config;help;path' {
            break
        }
        'mcp-bluesky;config;help;init' {
            break
        }
        'mcp-bluesky;config;help;check' {
            break
        }
        'mcp-bluesky;config;help;help' {
            break
        }
        'mcp-bluesky;mcp-config' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The server''s name in the client')
            [CompletionResult]::new('--toolsets', '--toolsets', [CompletionResultType]::ParameterName, 'Offer these toolsets (comma-separated: read, post, engage, default, all)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Offer only read-only tools')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;test' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'Test this account (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Test this account (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;serve' {
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'How MCP clients connect [default: stdio; http with --listen or --port]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Serve HTTP on this address [default with --transport http: 127.0.0.1:8080]. Anything but loopback needs --token-file')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'HTTP on 127.0.0.1 and this port (the same as --transport http --listen 127.0.0.1:PORT)')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'A file holding the bearer token HTTP clients must send (at least 16 characters); with --hosted, the operator''s token that /metrics asks for')
            [CompletionResult]::new('--max-sessions', '--max-sessions', [CompletionResultType]::ParameterName, 'With HTTP: most MCP sessions open at once; more are refused with 503 until one ends (sessions idle for 30 minutes end by themselves)')
            [CompletionResult]::new('--allowed-host', '--allowed-host', [CompletionResultType]::ParameterName, 'With HTTP: accept requests only for this `Host` (repeatable), such as mcp.example.org behind a reverse proxy. Default: any off loopback (the token guards the server); on loopback, loopback names only, plus these')
            [CompletionResult]::new('--allowed-origin', '--allowed-origin', [CompletionResultType]::ParameterName, 'With HTTP: a browser origin allowed to call besides loopback ones (repeatable), such as https://app.example.org; `:*` allows any port. Requests without an Origin (every non-browser client) are not affected')
            [CompletionResult]::new('--toolsets', '--toolsets', [CompletionResultType]::ParameterName, 'Offer these groups of tools (comma-separated): read, post, engage, graph, moderation, lists, drafts, `default` (all but moderation and lists), `all` (all but chat), and chat (direct messages: only when named). Over the `toolsets` setting [default: default]')
            [CompletionResult]::new('--tools', '--tools', [CompletionResultType]::ParameterName, 'Offer these tools too (comma-separated names); alone, only these. Over the `tools` setting')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'With --hosted: the address people and MCP clients reach the server at (https://host[:port]), behind a reverse proxy its outside address')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'A hosted server''s PostgreSQL URL, without a password (peer or certificate authentication): postgres://USER@HOST/DATABASE. Over --database-url-file')
            [CompletionResult]::new('--database-url-file', '--database-url-file', [CompletionResultType]::ParameterName, 'A hosted server''s file holding the PostgreSQL URL [default: the DATABASE_URL variable]')
            [CompletionResult]::new('--client-key-file', '--client-key-file', [CompletionResultType]::ParameterName, 'A hosted server''s OAuth client key (a private P-256 JWK) from `hosted keygen`')
            [CompletionResult]::new('--state-key-file', '--state-key-file', [CompletionResultType]::ParameterName, 'The key that seals a hosted server''s sessions in the database, from `hosted keygen`')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'With --hosted: serve HTTPS with this certificate chain (PEM); without it, plain HTTP for a reverse proxy that terminates TLS')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'With --tls-cert: its private key (PEM)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Log at debug level (same as --log-level debug)')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Offer only the tools that change nothing (reading, searching), whatever the toolsets and tools')
            [CompletionResult]::new('--list-tools', '--list-tools', [CompletionResultType]::ParameterName, 'Print the tools this selection offers, each with its toolset, and exit')
            [CompletionResult]::new('--hosted', '--hosted', [CompletionResultType]::ParameterName, 'Serve many people over HTTP, each signing in with their own Bluesky account (OAuth); all state in PostgreSQL, so instances can share the load. Needs --listen, and --public-url, a database and the key files (or the config''s `hosted:` settings)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;completions' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write all of them into this directory instead of printing one')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;post' {
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Attach an image (JPEG, PNG or WebP); repeat for up to 10. Metadata is stripped and large images shrunk')
            [CompletionResult]::new('--video', '--video', [CompletionResultType]::ParameterName, 'Attach a video (MP4, MOV, WebM or MPEG, at most 300 MB; over 16 MiB it is uploaded in parts); it is posted once Bluesky has processed it. Ctrl-C gives the upload up')
            [CompletionResult]::new('--captions', '--captions', [CompletionResultType]::ParameterName, 'With --video: a WebVTT subtitle file and its language, as FILE:LANG (repeatable)')
            [CompletionResult]::new('--alt', '--alt', [CompletionResultType]::ParameterName, 'Alt text: one --alt per --image, in the same order, or one for the --video. Describe what it shows')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Show this page as a link card (default: the first link in the text, unless `link_cards: false`)')
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'Quote this post (at:// URI or bsky.app URL)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--who-can-reply', '--who-can-reply', [CompletionResultType]::ParameterName, 'Who may reply: everyone (default), nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Split long text into a thread of posts at sentence, then word boundaries')
            [CompletionResult]::new('--numbered', '--numbered', [CompletionResultType]::ParameterName, 'With --thread: end each post with "1/3", "2/3", …')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Save it as a draft to review and send from the Bluesky app, not a post (long text becomes a thread)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--no-quotes', '--no-quotes', [CompletionResultType]::ParameterName, 'Do not let others quote the post')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;draft' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky drafts')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a Bluesky draft')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Publish a draft as the post or thread it holds, then delete the draft')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a Bluesky draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;draft;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;draft;rm' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;draft;send' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;draft;edit' {
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'Quote this post instead (at:// URI or bsky.app URL); "" removes the quote')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Show this page as a link card instead; "" removes it')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Languages of the text (repeatable, at most 3)')
            [CompletionResult]::new('--who-can-reply', '--who-can-reply', [CompletionResultType]::ParameterName, 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--no-quotes', '--no-quotes', [CompletionResultType]::ParameterName, 'Do not let others quote it')
            [CompletionResult]::new('--quotes', '--quotes', [CompletionResultType]::ParameterName, 'Let others quote it again')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;draft;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky drafts')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a Bluesky draft')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Publish a draft as the post or thread it holds, then delete the draft')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a Bluesky draft')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;draft;help;ls' {
            break
        }
        'mcp-bluesky;draft;help;rm' {
            break
        }
        'mcp-bluesky;draft;help;send' {
            break
        }
        'mcp-bluesky;draft;help;edit' {
            break
        }
        'mcp-bluesky;draft;help;help' {
            break
        }
        'mcp-bluesky;reply-controls' {
            [CompletionResult]::new('--who-can-reply', '--who-can-reply', [CompletionResultType]::ParameterName, 'Who may reply: everyone, nobody, or any of mentioned, following, followers and lists (at:// URI or bsky.app URL); repeat or separate with commas. Left out: unchanged')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--no-quotes', '--no-quotes', [CompletionResultType]::ParameterName, 'Do not let others quote it')
            [CompletionResult]::new('--quotes', '--quotes', [CompletionResultType]::ParameterName, 'Let others quote it again')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;hide' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unhide' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;feed' {
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Read this account''s posts instead (handle, DID or profile URL)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'With --author: which posts')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many posts, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many posts, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;search' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Find posts with this hashtag instead (with or without #)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Only posts by this account')
            [CompletionResult]::new('--mentions', '--mentions', [CompletionResultType]::ParameterName, 'Only posts mentioning this account')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only posts at or after this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only posts before this date (YYYY-MM-DD or RFC 3339)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Only posts in this language')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only posts linking to this domain')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order of posts')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many results, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many results, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Find accounts instead of posts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;reply' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'A language of the text as a BCP-47 tag, such as `en` or `pt-BR` (repeatable, at most 3). Default: the `langs` setting')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--no-quotes', '--no-quotes', [CompletionResultType]::ParameterName, 'Do not let others quote the reply. (Who may reply is the thread''s first post''s to say.)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;like' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unlike' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;repost' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unrepost' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;follow' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unfollow' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;delete' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;thread' {
            [CompletionResult]::new('--depth', '--depth', [CompletionResultType]::ParameterName, 'How many levels of replies to include, 0 to 1000')
            [CompletionResult]::new('--parent-height', '--parent-height', [CompletionResultType]::ParameterName, 'How many posts above it (parents) to include, 0 to 1000')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;show' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;profile' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;notifications' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Only these reasons (repeatable); default: all')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many notifications, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many notifications, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--unread', '--unread', [CompletionResultType]::ParameterName, 'Only notifications not yet seen')
            [CompletionResult]::new('--mark-seen', '--mark-seen', [CompletionResultType]::ParameterName, 'Afterwards, mark every notification as seen')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;bookmark' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a Bluesky post')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a Bluesky bookmark')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky bookmarks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;bookmark;add' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;bookmark;rm' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;bookmark;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;bookmark;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a Bluesky post')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a Bluesky bookmark')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky bookmarks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;bookmark;help;add' {
            break
        }
        'mcp-bluesky;bookmark;help;rm' {
            break
        }
        'mcp-bluesky;bookmark;help;ls' {
            break
        }
        'mcp-bluesky;bookmark;help;help' {
            break
        }
        'mcp-bluesky;chat' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Bluesky direct-message conversations')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read a Bluesky direct-message conversation')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a Bluesky direct message')
            [CompletionResult]::new('mark-read', 'mark-read', [CompletionResultType]::ParameterValue, 'Mark a Bluesky conversation read')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Find a Bluesky direct-message conversation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;chat;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--unread', '--unread', [CompletionResultType]::ParameterName, 'Only conversations with unread messages')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;chat;read' {
            [CompletionResult]::new('--convo', '--convo', [CompletionResultType]::ParameterName, 'The conversation''s id (from `chat ls`) instead')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many messages, newest first, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many messages, newest first, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;chat;send' {
            [CompletionResult]::new('--convo', '--convo', [CompletionResultType]::ParameterName, 'Send in this conversation (its id, from `chat ls`) instead; then give only TEXT')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;chat;mark-read' {
            [CompletionResult]::new('--convo', '--convo', [CompletionResultType]::ParameterName, 'The conversation''s id (from `chat ls`) instead')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;chat;open' {
            [CompletionResult]::new('--convo', '--convo', [CompletionResultType]::ParameterName, 'The conversation''s id (from `chat ls`) instead')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;chat;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Bluesky direct-message conversations')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read a Bluesky direct-message conversation')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a Bluesky direct message')
            [CompletionResult]::new('mark-read', 'mark-read', [CompletionResultType]::ParameterValue, 'Mark a Bluesky conversation read')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Find a Bluesky direct-message conversation')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;chat;help;ls' {
            break
        }
        'mcp-bluesky;chat;help;read' {
            break
        }
        'mcp-bluesky;chat;help;send' {
            break
        }
        'mcp-bluesky;chat;help;mark-read' {
            break
        }
        'mcp-bluesky;chat;help;open' {
            break
        }
        'mcp-bluesky;chat;help;help' {
            break
        }
        'mcp-bluesky;trends' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, 1 to 25')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, 1 to 25')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--topics', '--topics', [CompletionResultType]::ParameterName, 'Trending topics (and suggested ones) instead of trends')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;likes' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;reposts' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;quotes' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;followers' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--known', '--known', [CompletionResultType]::ParameterName, 'Only those you follow too (bluesky_get_known_followers; needs HANDLE)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;follows' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;mute' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Mute the thread the post is in (its notifications), not an account')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unmute' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--thread', '--thread', [CompletionResultType]::ParameterName, 'Mute the thread the post is in (its notifications), not an account')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;block' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;unblock' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;mutes' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;blocks' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a Bluesky list')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a Bluesky list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Bluesky list')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account to a Bluesky list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account from a Bluesky list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a Bluesky list')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'An account''s Bluesky lists')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a Bluesky moderation list')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a Bluesky moderation list')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a Bluesky moderation list')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a Bluesky moderation list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;list;create' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'What the list is about (at most 300 graphemes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the list is about (at most 300 graphemes)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--moderation', '--moderation', [CompletionResultType]::ParameterName, 'A moderation list (people to mute or block together) rather than a curation list')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name (at most 64 graphemes)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'A new description (at most 300 graphemes); "" removes it')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description (at most 300 graphemes); "" removes it')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;delete' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;add' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;remove' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;show' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many members, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many members, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;ls' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many lists, across as many pages as that takes')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many lists, across as many pages as that takes')
            [CompletionResult]::new('--cursor', '--cursor', [CompletionResultType]::ParameterName, 'Where to continue: the `cursor` of an earlier result')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every one there is (up to 10,000)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;mute' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;unmute' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;block' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;unblock' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account to use (alias or handle). Default: the default account')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file [default: $XDG_CONFIG_HOME/mcp-bluesky/config.yaml]')
            [CompletionResult]::new('--pds-url', '--pds-url', [CompletionResultType]::ParameterName, 'PDS for every account, over BLUESKY_PDS_URL and the file [default: https://bsky.social]')
            [CompletionResult]::new('--log-level', '--log-level', [CompletionResultType]::ParameterName, 'Log level on stderr: trace, debug, info, warn, error, off [default: LOG_LEVEL, else warn; info for serve]')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines on stderr look: human, or json (one object a line) [default: LOG_FORMAT, else human]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and show what would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print the result as JSON on stdout')
            [CompletionResult]::new('--jsonl', '--jsonl', [CompletionResultType]::ParameterName, 'Print lists as JSON Lines: one item per line, for jq and friends')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mcp-bluesky;list;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a Bluesky list')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a Bluesky list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Bluesky list')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account to a Bluesky list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account from a Bluesky list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a Bluesky list')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'An account''s Bluesky lists')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a Bluesky moderation list')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a Bluesky moderation list')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a Bluesky moderation list')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a Bluesky moderation list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;list;help;create' {
            break
        }
        'mcp-bluesky;list;help;update' {
            break
        }
        'mcp-bluesky;list;help;delete' {
            break
        }
        'mcp-bluesky;list;help;add' {
            break
        }
        'mcp-bluesky;list;help;remove' {
            break
        }
        'mcp-bluesky;list;help;show' {
            break
        }
        'mcp-bluesky;list;help;ls' {
            break
        }
        'mcp-bluesky;list;help;mute' {
            break
        }
        'mcp-bluesky;list;help;unmute' {
            break
        }
        'mcp-bluesky;list;help;block' {
            break
        }
        'mcp-bluesky;list;help;unblock' {
            break
        }
        'mcp-bluesky;list;help;help' {
            break
        }
        'mcp-bluesky;help' {
            [CompletionResult]::new('hosted', 'hosted', [CompletionResultType]::ParameterValue, 'Run and look after a hosted server: keys, who is connected, revoking')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, list accounts, choose the default one')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Check the configuration, accounts, sessions and PDS reachability')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, locate, create or check the configuration file')
            [CompletionResult]::new('mcp-config', 'mcp-config', [CompletionResultType]::ParameterValue, 'Print the configuration entry that runs this server in an MCP client')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Test the setup end to end and say what to fix')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the MCP server (stdio, or HTTP), for Claude, VS Code, Cursor and other MCP clients')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or write every shell''s and the man pages')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Publish a post: text, images, a video, a quote of another post, or a long text as a thread; or save it as a draft')
            [CompletionResult]::new('draft', 'draft', [CompletionResultType]::ParameterValue, 'Drafts: list, change, delete and send them (`post --draft` saves one)')
            [CompletionResult]::new('reply-controls', 'reply-controls', [CompletionResultType]::ParameterValue, 'Change who may reply to or quote your post')
            [CompletionResult]::new('hide', 'hide', [CompletionResultType]::ParameterValue, 'Hide a reply in your thread')
            [CompletionResult]::new('unhide', 'unhide', [CompletionResultType]::ParameterValue, 'Unhide a reply in your thread')
            [CompletionResult]::new('feed', 'feed', [CompletionResultType]::ParameterValue, 'Read a feed: your home feed or timeline, Discover, a custom feed, or one account''s posts')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search posts, a hashtag''s posts, or accounts')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Reply to a Bluesky post')
            [CompletionResult]::new('like', 'like', [CompletionResultType]::ParameterValue, 'Like a Bluesky post')
            [CompletionResult]::new('unlike', 'unlike', [CompletionResultType]::ParameterValue, 'Unlike a Bluesky post')
            [CompletionResult]::new('repost', 'repost', [CompletionResultType]::ParameterValue, 'Repost a Bluesky post')
            [CompletionResult]::new('unrepost', 'unrepost', [CompletionResultType]::ParameterValue, 'Undo a repost')
            [CompletionResult]::new('follow', 'follow', [CompletionResultType]::ParameterValue, 'Follow a Bluesky account')
            [CompletionResult]::new('unfollow', 'unfollow', [CompletionResultType]::ParameterValue, 'Unfollow a Bluesky account')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Bluesky post')
            [CompletionResult]::new('thread', 'thread', [CompletionResultType]::ParameterValue, 'Read a Bluesky thread')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Read one Bluesky post')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Read a Bluesky profile')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Read Bluesky notifications')
            [CompletionResult]::new('bookmark', 'bookmark', [CompletionResultType]::ParameterValue, 'Save posts for later, privately, and list them')
            [CompletionResult]::new('chat', 'chat', [CompletionResultType]::ParameterValue, 'Direct messages: your conversations, reading, sending')
            [CompletionResult]::new('trends', 'trends', [CompletionResultType]::ParameterValue, 'What is trending on Bluesky now')
            [CompletionResult]::new('likes', 'likes', [CompletionResultType]::ParameterValue, 'Who liked a Bluesky post')
            [CompletionResult]::new('reposts', 'reposts', [CompletionResultType]::ParameterValue, 'Who reposted a Bluesky post')
            [CompletionResult]::new('quotes', 'quotes', [CompletionResultType]::ParameterValue, 'Posts quoting a Bluesky post')
            [CompletionResult]::new('followers', 'followers', [CompletionResultType]::ParameterValue, 'Followers of an account (yours by default), or with --known those you follow too')
            [CompletionResult]::new('follows', 'follows', [CompletionResultType]::ParameterValue, 'Accounts a Bluesky account follows')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute an account, or with --thread a thread')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute an account, or with --thread a thread')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a Bluesky account')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a Bluesky account')
            [CompletionResult]::new('mutes', 'mutes', [CompletionResultType]::ParameterValue, 'Accounts you muted')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'Accounts you block')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists: create and change your own, add and remove members, show any, and mute or block the members of a moderation list')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mcp-bluesky;help;hosted' {
            [CompletionResult]::new('keygen', 'keygen', [CompletionResultType]::ParameterValue, 'Make the client key (client-key.jwk) and the state key (state.key) in a directory, mode 0600')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List the people connected: DID, handle, last use')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a person''s tokens here and their Bluesky grant, at once on every instance')
            break
        }
        'mcp-bluesky;help;hosted;keygen' {
            break
        }
        'mcp-bluesky;help;hosted;users' {
            break
        }
        'mcp-bluesky;help;hosted;revoke' {
            break
        }
        'mcp-bluesky;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in with an app password, or in the browser with --oauth, and store the session')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget an account''s session and revoke it (or its OAuth grant) on its PDS')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts and the state of their sessions')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make an account the default for commands and tools that name none')
            break
        }
        'mcp-bluesky;help;auth;login' {
            break
        }
        'mcp-bluesky;help;auth;logout' {
            break
        }
        'mcp-bluesky;help;auth;list' {
            break
        }
        'mcp-bluesky;help;auth;default' {
            break
        }
        'mcp-bluesky;help;status' {
            break
        }
        'mcp-bluesky;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective configuration as YAML, passwords redacted')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the configuration file')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented example configuration file')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the configuration and the password sources it names')
            break
        }
        'mcp-bluesky;help;config;show' {
            break
        }
        'mcp-bluesky;help;config;path' {
            break
        }
        'mcp-bluesky;help;config;init' {
            break
        }
        'mcp-bluesky;help;config;check' {
            break
        }
        'mcp-bluesky;help;mcp-config' {
            break
        }
        'mcp-bluesky;help;test' {
            break
        }
        'mcp-bluesky;help;serve' {
            break
        }
        'mcp-bluesky;help;completions' {
            break
        }
        'mcp-bluesky;help;post' {
            break
        }
        'mcp-bluesky;help;draft' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky drafts')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a Bluesky draft')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Publish a draft as the post or thread it holds, then delete the draft')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a Bluesky draft')
            break
        }
        'mcp-bluesky;help;draft;ls' {
            break
        }
        'mcp-bluesky;help;draft;rm' {
            break
        }
        'mcp-bluesky;help;draft;send' {
            break
        }
        'mcp-bluesky;help;draft;edit' {
            break
        }
        'mcp-bluesky;help;reply-controls' {
            break
        }
        'mcp-bluesky;help;hide' {
            break
        }
        'mcp-bluesky;help;unhide' {
            break
        }
        'mcp-bluesky;help;feed' {
            break
        }
        'mcp-bluesky;help;search' {
            break
        }
        'mcp-bluesky;help;reply' {
            break
        }
        'mcp-bluesky;help;like' {
            break
        }
        'mcp-bluesky;help;unlike' {
            break
        }
        'mcp-bluesky;help;repost' {
            break
        }
        'mcp-bluesky;help;unrepost' {
            break
        }
        'mcp-bluesky;help;follow' {
            break
        }
        'mcp-bluesky;help;unfollow' {
            break
        }
        'mcp-bluesky;help;delete' {
            break
        }
        'mcp-bluesky;help;thread' {
            break
        }
        'mcp-bluesky;help;show' {
            break
        }
        'mcp-bluesky;help;profile' {
            break
        }
        'mcp-bluesky;help;notifications' {
            break
        }
        'mcp-bluesky;help;bookmark' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bookmark a Bluesky post')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a Bluesky bookmark')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'Your Bluesky bookmarks')
            break
        }
        'mcp-bluesky;help;bookmark;add' {
            break
        }
        'mcp-bluesky;help;bookmark;rm' {
            break
        }
        'mcp-bluesky;help;bookmark;ls' {
            break
        }
        'mcp-bluesky;help;chat' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List Bluesky direct-message conversations')
            [CompletionResult]::new('read', 'read', [CompletionResultType]::ParameterValue, 'Read a Bluesky direct-message conversation')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a Bluesky direct message')
            [CompletionResult]::new('mark-read', 'mark-read', [CompletionResultType]::ParameterValue, 'Mark a Bluesky conversation read')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Find a Bluesky direct-message conversation')
            break
        }
        'mcp-bluesky;help;chat;ls' {
            break
        }
        'mcp-bluesky;help;chat;read' {
            break
        }
        'mcp-bluesky;help;chat;send' {
            break
        }
        'mcp-bluesky;help;chat;mark-read' {
            break
        }
        'mcp-bluesky;help;chat;open' {
            break
        }
        'mcp-bluesky;help;trends' {
            break
        }
        'mcp-bluesky;help;likes' {
            break
        }
        'mcp-bluesky;help;reposts' {
            break
        }
        'mcp-bluesky;help;quotes' {
            break
        }
        'mcp-bluesky;help;followers' {
            break
        }
        'mcp-bluesky;help;follows' {
            break
        }
        'mcp-bluesky;help;mute' {
            break
        }
        'mcp-bluesky;help;unmute' {
            break
        }
        'mcp-bluesky;help;block' {
            break
        }
        'mcp-bluesky;help;unblock' {
            break
        }
        'mcp-bluesky;help;mutes' {
            break
        }
        'mcp-bluesky;help;blocks' {
            break
        }
        'mcp-bluesky;help;list' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a Bluesky list')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a Bluesky list')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a Bluesky list')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account to a Bluesky list')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an account from a Bluesky list')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a Bluesky list')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'An account''s Bluesky lists')
            [CompletionResult]::new('mute', 'mute', [CompletionResultType]::ParameterValue, 'Mute a Bluesky moderation list')
            [CompletionResult]::new('unmute', 'unmute', [CompletionResultType]::ParameterValue, 'Unmute a Bluesky moderation list')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Block a Bluesky moderation list')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Unblock a Bluesky moderation list')
            break
        }
        'mcp-bluesky;help;list;create' {
            break
        }
        'mcp-bluesky;help;list;update' {
            break
        }
        'mcp-bluesky;help;list;delete' {
            break
        }
        'mcp-bluesky;help;list;add' {
            break
        }
        'mcp-bluesky;help;list;remove' {
            break
        }
        'mcp-bluesky;help;list;show' {
            break
        }
        'mcp-bluesky;help;list;ls' {
            break
        }
        'mcp-bluesky;help;list;mute' {
            break
        }
        'mcp-bluesky;help;list;unmute' {
            break
        }
        'mcp-bluesky;help;list;block' {
            break
        }
        'mcp-bluesky;help;list;unblock' {
            break
        }
        'mcp-bluesky;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
