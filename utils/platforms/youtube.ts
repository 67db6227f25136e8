import { definePlatform } from './types';

// Lockups (yt-lockup-view-model: home, subscriptions, channel grids, the sidebar) put the channel on the first
// metadata row and "4.3M views • 3 days ago" on a later one: the views are that row's first item. On a channel's
// own grids the channel row is left out, so that row is the only one (NewPipeExtractor's lockup extractor); elsewhere
// a lone row starts with the channel (2026 home), so that rule waits for a channel page.
const LOCKUP_METADATA = 'yt-lockup-metadata-view-model yt-content-metadata-view-model';
const LOCKUP_ROW = `${LOCKUP_METADATA} > div:not(:first-child)`;
// A stream's "12K watching" ends the last row, alone like a members-only video's date or after the channel: only
// the thumbnail's LIVE badge tells it apart (Control Panel for YouTube hides streams by these badges).
const LIVE_VIEWERS = `yt-lockup-view-model:has(:is(.yt-badge-shape--thumbnail-live, .ytBadgeShapeThumbnailLive)) ${LOCKUP_METADATA} > div:last-child > span:last-child`;
// The channel header: "@handle" on the first row, then "1.2M subscribers • 345 videos".
const HEADER_METADATA = 'yt-page-header-view-model yt-content-metadata-view-model';
// The Shorts player's comments button: the first plain button after the like and dislike view models.
const SHORTS_COMMENTS = 'reel-action-bar-view-model > button-view-model:nth-of-type(1)';
const REPLIES_TOGGLE = 'ytd-comment-replies-renderer :is(#more-replies, #less-replies)';
// Subscribe buttons: the view model (2024–), the older renderer (still on the watch page and in search), m.youtube.com.
const SUBSCRIBE = 'yt-subscribe-button-view-model, ytd-subscribe-button-renderer, ytm-subscribe-button-renderer';
// The Subscribed state's grey style; Subscribe itself is filled (the userscript "Old YouTube Buttons" tells them so).
const TONAL = '.yt-spec-button-shape-next--tonal, .ytSpecButtonShapeNextTonal';

export default definePlatform({
  id: 'youtube',
  name: 'YouTube',
  hosts: [
    'www.youtube.com',
    'm.youtube.com', // mobile site
  ],
  counters: {
    likes: [
      'like-button-view-model .yt-spec-button-shape-next__button-text-content', // watch page, m.youtube.com (2024–25 classes)
      'like-button-view-model .ytSpecButtonShapeNextButtonTextContent', // same, camelCase classes (2026)
      'like-button-view-model .yt-spec-button-shape-with-label__label', // Shorts: the count under the button
      'like-button-view-model .ytSpecButtonShapeWithLabelLabel', // Shorts, camelCase classes
      '#segmented-like-button .yt-spec-button-shape-next__button-text-content', // watch page, 2023 segmented button
      '#like-button .yt-spec-button-shape-with-label__label', // Shorts overlay, 2023 (ytd-like-button-renderer)
      'ytd-comment-engagement-bar #vote-count-middle', // comments
      'ytd-comment-action-buttons-renderer #vote-count-middle', // older comments, community posts
      '#factoids > factoid-renderer:first-child [class*="FactoidRendererValue"]', // description panel: Ytw…/ytw…Value
      'ytm-sentiment-factoid-renderer .factoid-value', // m.youtube.com description
    ],
    views: [
      'ytd-watch-info-text #view-count', // watch page: the rolling view count
      'ytd-watch-info-text:not([detailed]) #info > span:first-child', // watch page: "4.3M views  3 days ago"
      '#metadata-line > span.inline-metadata-item:first-of-type:not(:last-of-type)', // search, older grids: views, then date
      'ytd-thumbnail[is-live-video] ~ * #metadata-line > span.inline-metadata-item:only-of-type', // a stream: "12K watching"
      `${LOCKUP_ROW} > span:first-child:not(:last-child)`, // lockups: "4.3M views • 3 days ago"
      'yt-content-metadata-view-model .ytContentMetadataViewModelLeadingIcon + span', // lockups 2026: number after ▶
      'yt-content-metadata-view-model .yt-content-metadata-view-model__leading-icon + span', // same, kebab-case classes
      'view-count-factoid-renderer [class*="FactoidRendererValue"]', // description panel
      '.shortsLockupViewModelHostOutsideMetadataSubhead', // Shorts shelves: "34M views" under the title
      '.shortsLockupViewModelHostMetadataSubhead', // the same on m.youtube.com, over the thumbnail
      'ytm-badge-and-byline-renderer [role="text"][aria-label]', // m.youtube.com feeds: only the views carry a label
      'ytm-factoid-renderer:nth-child(2) .factoid-value', // m.youtube.com description
    ],
    replies: [
      'ytd-comments-header-renderer #count', // watch page: "1,234 Comments"
      'ytd-comments-header-renderer .count-text', // same, markup without the id
      'ytd-engagement-panel-section-list-renderer[target-id="engagement-panel-comments-section"] #contextual-info', // panel
      `${REPLIES_TOGGLE} .yt-spec-button-shape-next__button-text-content`, // "12 replies" under a comment
      `${REPLIES_TOGGLE} .ytSpecButtonShapeNextButtonTextContent`, // same, camelCase classes
      `${SHORTS_COMMENTS} .yt-spec-button-shape-with-label__label`, // Shorts player
      `${SHORTS_COMMENTS} .ytSpecButtonShapeWithLabelLabel`, // Shorts player, camelCase classes
      '#comments-button .yt-spec-button-shape-with-label__label', // Shorts overlay, 2023
      'ytm-comments-entry-point-header-renderer .comments-entry-point-header-count', // m.youtube.com
      '#reply-button-end a .yt-core-attributed-string--white-space-no-wrap', // community post: its comments (YouHider)
      '#reply-button-end a .ytSpecButtonShapeNextButtonTextContent', // same, camelCase classes
    ],
    followers: [
      'ytd-video-owner-renderer #owner-sub-count', // watch page: "1.2M subscribers"
      `${HEADER_METADATA} > div:not(:first-child) > span:first-child:not(:last-child)`, // channel header: subscribers
      'ytd-c4-tabbed-header-renderer #subscriber-count', // channel header before 2024
      'ytd-c4-tabbed-header-renderer #videos-count', // channel header before 2024: "345 videos"
      'ytd-channel-renderer #video-count', // search: channel card (subscribers since 2024, videos before)
      'ytd-video-description-infocards-section-renderer #subtitle', // channel card in the description
      'ytm-slim-owner-renderer .subhead', // m.youtube.com watch page
    ],
    badges: [
      'ytd-notification-topbar-button-renderer .yt-spec-icon-badge-shape__badge', // bell in the top bar
      'ytd-notification-topbar-button-renderer .ytSpecIconBadgeShapeBadge', // same, camelCase classes
      '.yt-spec-icon-badge-shape--type-notification .yt-spec-icon-badge-shape__badge', // m.youtube.com bell
      'ytd-notification-topbar-button-renderer #notification-count', // bell before 2023
    ],
  },
  taggedCounters: [{ metric: 'views', within: 'yt-lockup-view-model', select: LIVE_VIEWERS }], // home, sidebar, Live tab
  textCounters: [
    // The video count beside the subscribers: only its text says what it is, in any language.
    { metric: 'followers', within: HEADER_METADATA },
    // Search, channel cards before 2024: "@handle" or "1.2M subscribers" in #subscribers.
    { metric: 'followers', within: 'ytd-channel-renderer #metadata' },
    // Expanded description: the views, or only the exact date ("20 Nov 2025") when #view-count shows them.
    { metric: 'views', within: 'ytd-watch-info-text[detailed] #info' },
  ],
  pageCounters: {
    profile: { views: [`${LOCKUP_METADATA} > div:only-child > span:first-child:not(:last-child)`] }, // channel grids
  },
  pageTypes: [
    { type: 'video', path: '^/(watch|shorts/|live/|embed/)' }, // a video, a Short, a stream
    { type: 'post', path: '^/post/' }, // a community post on its own page
    { type: 'search', path: '^/(results|hashtag/)' },
    { type: 'feed', path: '^/(feed/(subscriptions|trending|explore))?/?$' }, // home is "/"
    { type: 'profile', path: '^/(@|channel/|c/|user/)' }, // a channel and its tabs
  ],
  // Custom elements and ids of YouTube's own Polymer and view-model markup, as public userscripts select them.
  actions: [
    { kind: 'post', click: 'ytd-backstage-post-dialog-renderer #submit-button button' }, // community post composer
    { kind: 'reply', click: 'ytd-commentbox #submit-button button' }, // comment and reply box (Shorts panel too)
    { kind: 'like', click: 'like-button-view-model button[aria-pressed="false"]' }, // video, Short, m.youtube.com
    { kind: 'like', click: '#segmented-like-button button[aria-pressed="false"]' }, // video, 2023
    { kind: 'like', click: '#like-button button[aria-pressed="false"]' }, // comments, community posts, Shorts 2023
    {
      kind: 'follow',
      click: `:is(${SUBSCRIBE}) button:is(.yt-spec-button-shape-next--filled, .ytSpecButtonShapeNextFilled)`,
    },
    { kind: 'follow', click: `ytd-subscribe-button-renderer:not([subscribed]) button:not(${TONAL})` }, // before view models
    { kind: 'share', click: 'yt-copy-link-renderer #copy-button' }, // Copy in the share panel; Share only opens it
  ],
  composers: [
    { kind: 'post', field: 'ytd-backstage-post-dialog-renderer #contenteditable-root' },
    { kind: 'reply', field: 'ytd-commentbox #contenteditable-root' },
  ],
});

/* Test URLs
https://www.youtube.com/
https://www.youtube.com/@YouTube
https://www.youtube.com/@YouTube/streams
https://www.youtube.com/watch?v=jNQXAC9IVRw
https://www.youtube.com/results?search_query=youtube
https://www.youtube.com/shorts
https://www.youtube.com/@YouTube/posts
https://m.youtube.com/watch?v=jNQXAC9IVRw
*/
