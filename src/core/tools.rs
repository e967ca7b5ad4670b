//! Every tool, once. Adding a tool is a file in `src/core/` and a line here.

use super::AnyTool;
use super::{
    block, bookmark, chat, delete, draft, feed, follow, graph, like, list, mark_seen, mute,
    notifications, post, profile, reply_controls, repost, search, show, thread, trends,
};

pub static TOOLS: &[&dyn AnyTool] = &[
    &post::text::PostText,
    &post::image::PostImage,
    &post::video::PostVideo,
    &post::quote::QuotePost,
    &post::thread::PostThread,
    &draft::create::CreateDraft,
    &draft::list::GetDrafts,
    &draft::update::UpdateDraft,
    &draft::delete::DeleteDraft,
    &reply_controls::SetReplyControls,
    &feed::GetFeed,
    &feed::GetAuthorFeed,
    &search::SearchPosts,
    &search::SearchHashtags,
    &search::SearchUsers,
    &mark_seen::MarkNotificationsSeen,
    &post::reply::Reply,
    &like::Like,
    &like::Unlike,
    &repost::Repost,
    &repost::Unrepost,
    &follow::Follow,
    &follow::Unfollow,
    &delete::DeletePost,
    &thread::GetReplies,
    &show::GetPost,
    &profile::GetProfile,
    &notifications::GetNotifications,
    &bookmark::Bookmark,
    &bookmark::Unbookmark,
    &bookmark::GetBookmarks,
    &trends::GetTrends,
    &trends::GetTrendingTopics,
    &graph::GetLikes,
    &graph::GetRepostedBy,
    &graph::GetQuotes,
    &graph::GetFollowers,
    &graph::GetFollows,
    &graph::GetKnownFollowers,
    &mute::Mute,
    &mute::Unmute,
    &mute::MuteThread,
    &mute::UnmuteThread,
    &mute::GetMutes,
    &block::Block,
    &block::Unblock,
    &block::GetBlocks,
    &reply_controls::HideReply,
    &reply_controls::UnhideReply,
    &list::create::CreateList,
    &list::update::UpdateList,
    &list::delete::DeleteList,
    &list::members::AddToList,
    &list::members::RemoveFromList,
    &list::show::GetList,
    &list::show::GetLists,
    &list::subscribe::MuteList,
    &list::subscribe::UnmuteList,
    &list::subscribe::BlockList,
    &list::subscribe::UnblockList,
    &chat::list::ListConvos,
    &chat::read::GetMessages,
    &chat::open::GetConvo,
    &chat::send::SendMessage,
    &chat::mark_read::MarkConvoRead,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_writes_take_dry_run() {
        let mut names = std::collections::HashSet::new();
        for tool in TOOLS {
            let spec = tool.spec();
            assert!(names.insert(spec.name), "{} twice", spec.name);
            let schema = tool.input_schema();
            let takes_dry_run = schema
                .get("properties")
                .and_then(|p| p.get("dry_run"))
                .is_some();
            assert_eq!(
                takes_dry_run, spec.hints.writes_records,
                "{}: a tool takes dry_run exactly when it writes records",
                spec.name
            );
            assert!(
                !(spec.hints.read_only && spec.hints.writes_records),
                "{}",
                spec.name
            );
        }
    }
}
