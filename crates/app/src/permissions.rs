//! Who may do what in a chapter: one table of the operations hosts perform and the least role
//! each needs ([`Operation::need`]). The host pages declare their operation in the gateway's
//! route table (its router enforces it before any handler runs) and the API handlers call
//! [`authorize`] with theirs, so a page and an API route of the same operation cannot
//! disagree: the authorization test walks both, operation by operation, for every role.

use failnight_core::Db;

use crate::{
    accounts::{self, ApiHost, Role},
    error::Error,
};

/// Declares the operations with their stable name (the API's `operationId`) and their need.
macro_rules! operations {
    ($($(#[$doc:meta])* $name:ident = $id:literal => $need:ident,)*) => {
        /// Something a host does in a chapter.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Operation {
            $($(#[$doc])* $name,)*
        }

        impl Operation {
            /// Every operation, in the order of the table.
            pub const ALL: &[Operation] = &[$(Operation::$name,)*];

            /// The least role the operation needs in the chapter of the object it touches.
            pub const fn need(self) -> Role {
                match self {
                    $(Operation::$name => Role::$need,)*
                }
            }

            /// The operation's stable name: the `operationId` of its API route, if it has one.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Operation::$name => $id,)*
                }
            }

            /// The operation with this [`id`](Self::id).
            pub fn parse(id: &str) -> Option<Operation> {
                Operation::ALL.iter().copied().find(|op| op.id() == id)
            }
        }
    };
}

operations! {
    // At the door.
    /// The door page and its live counts.
    ViewDoor = "view_door" => Door,
    CheckIn = "check_in" => Door,
    /// Take back a mistaken check-in.
    UndoCheckIn = "undo_check_in" => Door,
    AddWalkIn = "add_walk_in" => Door,
    /// The door list as CSV.
    ExportDoorList = "export_door_list" => Door,

    // Hosts: nights, venues, series.
    ViewDashboard = "view_dashboard" => Host,
    ViewNights = "list_nights" => Host,
    CreateNight = "create_night" => Host,
    /// One night's host page (details, attendees, ticketing).
    ViewNight = "view_night" => Host,
    UpdateNight = "update_night" => Host,
    /// Upload or replace a night's cover photo.
    SetCover = "set_night_cover" => Host,
    RemoveCover = "remove_night_cover" => Host,
    PublishNight = "publish_night" => Host,
    CancelNight = "cancel_night" => Host,
    ExportAttendees = "export_attendees" => Host,
    MessageGuests = "message_guests" => Host,
    ViewVenues = "list_venues" => Host,
    CreateVenue = "create_venue" => Host,
    UpdateVenue = "update_venue" => Host,
    ViewSeries = "list_series" => Host,
    CreateSeries = "create_series" => Host,
    UpdateSeries = "update_series" => Host,
    PublishSeries = "publish_series" => Host,
    CancelSeries = "cancel_series" => Host,

    // Hosts: ticketing.
    /// A night's RSVPs with their details.
    ViewRsvps = "list_rsvps" => Host,
    ApproveRsvp = "approve_rsvp" => Host,
    DeclineRsvp = "decline_rsvp" => Host,
    /// Cancel a guest's place (refunded in full), at any time.
    CancelRsvp = "cancel_rsvp" => Host,
    CreateTicketType = "create_ticket_type" => Host,
    /// A night's approval mode and refund policy.
    UpdateNightTicketing = "update_night_ticketing" => Host,
    ViewTicketingSettings = "get_ticketing_settings" => Host,

    // Hosts: the call for stories.
    ViewLineup = "view_lineup" => Host,
    UpdateLineup = "update_lineup" => Host,
    /// The call for stories' settings, as the API reads them.
    ViewCallSettings = "get_call_settings" => Host,
    UpdateCallSettings = "update_call_settings" => Host,
    ViewStories = "view_stories" => Host,
    ReviewStory = "review_story" => Host,
    DecideStory = "decide_story" => Host,
    PurgeStory = "purge_story" => Host,
    /// The speakers' slides (images of the chapter's decks); slides are personal until
    /// published, so not the door.
    ViewSlides = "view_slides" => Host,
    /// Draft a speaker's recap after the night, for the speaker to approve (never publish it).
    DraftLesson = "draft_lesson" => Host,

    // Hosts: the night on stage.
    /// The projector view, the phone control and their live streams.
    ViewStage = "view_stage" => Host,
    /// Start, pause, step, add time, skip to Q&A.
    ControlStage = "control_stage" => Host,
    /// Approve, hide or mark answered the audience's questions.
    ModerateQuestions = "moderate_questions" => Host,

    // Hosts: after the night.
    /// A night's feedback: figures, every comment (unread ones too) and the takeaways.
    ViewFeedback = "view_feedback" => Host,
    /// Release a guest's comment to its speaker, or hide it from them.
    ModerateFeedback = "moderate_feedback" => Host,

    // Hosts: the chapter's figures.
    /// The chapter's numbers over a period: attendance, no-shows, regulars, stories; CSV and JSON.
    ViewNumbers = "view_numbers" => Host,

    // Owners.
    UpdateChapterSettings = "update_chapter_settings" => Owner,
    /// Every guest of every night of the chapter, as CSV.
    ExportChapter = "export_chapter" => Owner,
    /// Upload or replace the chapter's logo.
    SetLogo = "set_chapter_logo" => Owner,
    RemoveLogo = "remove_chapter_logo" => Owner,
    /// The chapter's seat, waitlist and refund settings.
    UpdateTicketingSettings = "update_ticketing_settings" => Owner,
    /// The chapter's hosts and their roles (the API's list).
    ListHosts = "list_hosts" => Owner,
    /// Add a host or change a host's role.
    ManageHosts = "manage_hosts" => Owner,
    RemoveHost = "remove_host" => Owner,
    ViewAudit = "view_audit" => Owner,

    // Owners: reports of conduct (kept apart from everything else).
    /// The chapter's conduct reports and each one.
    ViewReports = "view_conduct_reports" => Owner,
    /// A report's status and the owners' note.
    UpdateReport = "update_conduct_report" => Owner,

    // Owners: webhooks (their secrets sign what the chapter's receivers trust).
    ViewWebhooks = "list_webhooks" => Owner,
    GetWebhook = "get_webhook" => Owner,
    CreateWebhook = "create_webhook" => Owner,
    /// Pause, resume, roll the secret.
    UpdateWebhook = "update_webhook" => Owner,
    DeleteWebhook = "delete_webhook" => Owner,
    ViewWebhookDeliveries = "list_webhook_deliveries" => Owner,
    RedeliverWebhook = "redeliver_webhook" => Owner,
}

impl Operation {
    /// Whether `role` may perform the operation.
    pub fn allows(self, role: Role) -> bool {
        role >= self.need()
    }

    /// Whether the operation only reads (what a read-only token may do): by its name, which
    /// says so (`view_…`, `list_…`, `get_…`, `export_…`).
    pub fn is_read(self) -> bool {
        ["view_", "list_", "get_", "export_"].iter().any(|prefix| self.id().starts_with(prefix))
    }
}

/// The API caller's role in the chapter if it, and their token's scope, allow `operation`;
/// else `Forbidden` (also for no role).
pub async fn authorize(db: &Db, host: &ApiHost, chapter_id: i64, operation: Operation) -> Result<Role, Error> {
    match accounts::role_of(db, chapter_id, host.host_id).await? {
        Some(role) if operation.allows(role) && host.scope.allows(operation) => Ok(role),
        _ => Err(Error::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_parse_back() {
        let mut ids: Vec<&str> = Operation::ALL.iter().map(|op| op.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Operation::ALL.len());
        for op in Operation::ALL {
            assert_eq!(Operation::parse(op.id()), Some(*op));
        }
    }

    #[test]
    fn read_only_operations_change_nothing() {
        use crate::accounts::TokenScope;
        for op in [Operation::ViewNights, Operation::ViewRsvps, Operation::ExportAttendees, Operation::GetWebhook] {
            assert!(TokenScope::Read.allows(op), "{op:?}");
        }
        for op in [Operation::CheckIn, Operation::CreateNight, Operation::CancelRsvp, Operation::UpdateWebhook] {
            assert!(!TokenScope::Read.allows(op), "{op:?}");
        }
        assert!(TokenScope::Door.allows(Operation::CheckIn) && TokenScope::Door.allows(Operation::ExportDoorList));
        assert!(!TokenScope::Door.allows(Operation::ViewRsvps) && !TokenScope::Door.allows(Operation::CreateNight));
        assert!(Operation::ALL.iter().all(|op| TokenScope::Full.allows(*op)));
    }

    #[test]
    fn owner_only_settings() {
        assert_eq!(Operation::UpdateTicketingSettings.need(), Role::Owner);
        assert!(!Operation::UpdateTicketingSettings.allows(Role::Host));
        assert!(Operation::CheckIn.allows(Role::Door) && !Operation::CancelRsvp.allows(Role::Door));
    }
}
