/**
 * Every bound Sketchroom enforces, in one place, so the room, the browser, the tests and the README
 * quote the same numbers (README "Limits and what happens at them").
 */

/** Longest prompt a turn accepts; longer is 413. */
export const MAX_PROMPT_CHARS = 4_000
/** Longest display name kept for a chat author or a cursor label. */
export const MAX_AUTHOR_CHARS = 60

/** Model steps (one model call plus its tool calls) in one turn. */
export const MAX_STEPS_PER_TURN = 20
/** Shapes one tool call may create, update or delete. */
export const MAX_SHAPES_PER_TOOL_CALL = 200
/** Shapes one turn may create, update or delete in total. */
export const MAX_SHAPES_PER_TURN = 2_000
/** Characters of assistant text kept per turn; the rest of a runaway answer is cut. */
export const MAX_ASSISTANT_TEXT_CHARS = 20_000
/** Wall time of one turn before it is stopped with an error. */
export const TURN_TIMEOUT_MS = 5 * 60_000
/** Time a model may stay silent mid-stream before the turn is stopped. */
export const MODEL_IDLE_TIMEOUT_MS = 60_000

/** Turns a room accepts per minute; more is 429. */
export const TURNS_PER_MINUTE = 12
/** Agent turns kept for "Undo AI turn", newest first. */
export const UNDOABLE_TURNS = 20

/** Chat messages kept in the room's doc; older ones are dropped. */
export const MAX_CHAT_MESSAGES = 200
/** Recent chat messages replayed to the model as conversation history. */
export const MODEL_HISTORY_MESSAGES = 12

/** Shapes listed one per line in the board description given to the model. */
export const MAX_DESCRIBED_SHAPES = 300
/** Characters of a shape's text quoted in the board description. */
export const MAX_DESCRIBED_TEXT_CHARS = 80

/** Largest single Yjs update a client may send (after reassembling chunks). */
export const MAX_UPDATE_BYTES = 8 * 1024 * 1024
/** Largest board, as the byte size of the doc's encoded state. */
export const MAX_DOC_BYTES = 32 * 1024 * 1024
/** Most tldraw records a board may hold. */
export const MAX_BOARD_RECORDS = 20_000
/** Largest awareness (presence) state of one client. */
export const MAX_AWARENESS_BYTES = 64 * 1024
/** Awareness messages per client per second before the rest are dropped. */
export const AWARENESS_MESSAGES_PER_SECOND = 60

/** The code sandbox (README "Limits and what happens at them"). */
export const SANDBOX_TIME_LIMIT_MS = 1_000
export const SANDBOX_MEMORY_LIMIT_BYTES = 32 * 1024 * 1024
/**
 * QuickJS's frames also use the host's native stack; at 512 KiB the host (Node and workerd alike)
 * overflows before QuickJS notices, at 256 KiB plain recursion stops cleanly at ~1,480 calls.
 */
export const SANDBOX_STACK_LIMIT_BYTES = 256 * 1024
export const SANDBOX_MAX_SHAPES = 1_000
/**
 * Second stop beside the clock, which a deployed Worker freezes during synchronous code: QuickJS
 * interrupt checks per run. Measured ~45,000 in a second of the tightest loop (`for(;;){}`), in Node
 * and in workerd; loops with work in them make far fewer, and drawing programs use a few hundred.
 */
export const SANDBOX_MAX_INTERRUPT_CHECKS = 45_000
export const SANDBOX_MAX_CODE_CHARS = 20_000
export const SANDBOX_MAX_OUTPUT_CHARS = 8_000

// ── The write gate (docs/write-gate.md) ─────────────────────────────────────────────────────────
// Bounds on what a board may hold, checked before any client update is merged and on every agent
// and sandbox commit; boards written before the gate are brought within them when they load.

/** Shapes a shape may sit inside (groups and frames); tldraw's renderer recurses once per level. */
export const MAX_SHAPE_DEPTH = 50
/** Characters of text one record may hold (its rich text, names, URLs and meta; not its styles or drawn points). */
export const MAX_RECORD_TEXT_CHARS = 10_000
/** Characters of text a whole board may hold (sum over its records, assets excluded). */
export const MAX_BOARD_TEXT_CHARS = 200_000
/** Nesting of one rich-text document (lists in lists); TipTap renders it recursively. */
export const MAX_RICH_TEXT_DEPTH = 16
/** Nodes (paragraphs, list items, runs of text) in one rich-text document. */
export const MAX_RICH_TEXT_NODES = 5_000
/** Characters of text one shape the agent or a program writes may hold. */
export const MAX_AGENT_SHAPE_TEXT_CHARS = 1_000
/** Characters of text the agent and its programs may write in one turn, over all shapes. */
export const MAX_AGENT_TEXT_PER_TURN = 20_000
// ---------------------------------------------------------------------------------------------
// Browser experience (docs/ux.md): recent boards, files, camera, toasts.
// ---------------------------------------------------------------------------------------------

/** Boards remembered in this browser's "Boards" list; the oldest drop off. */
export const RECENT_BOARDS_MAX = 30
/** Longest side of a board's thumbnail in the Boards list, in CSS pixels. */
export const BOARD_THUMBNAIL_PX = 96
/** Quiet time after an edit before this device refreshes the board's thumbnail. */
export const BOARD_THUMBNAIL_DEBOUNCE_MS = 2_000
/** Longest board name kept in tldraw's document record. */
export const MAX_BOARD_NAME_CHARS = 80
/** Quiet time after the camera moves before this device remembers where it was on the board. */
export const CAMERA_SAVE_DEBOUNCE_MS = 400
/** Largest `.tldr` file opened into a board: what one update may carry (MAX_UPDATE_BYTES), with room for the doc's own encoding. */
export const MAX_TLDR_FILE_BYTES = 6 * 1024 * 1024
/** How long a "joined" / "left" toast stays on screen. */
export const PRESENCE_TOAST_MS = 4_000
/** Widest screen (CSS pixels) that gets the phone layout, with the chat as a drawer. */
export const PHONE_MAX_WIDTH_PX = 767

// ── View-only links and HTTP hardening (docs/permissions.md) ──────────────────────────────────

/** Shortest SKETCHROOM_SECRET a server accepts: 32 characters (generated ones carry 256 random bits). */
export const MIN_SECRET_CHARS = 32
/** Room ids are padded to one of these byte lengths before encryption, so a token hides the id's length. */
export const VIEW_TOKEN_PADDED_LENGTHS = [32, 64] as const

// ── Sandbox time and presence (issue 9: a sandbox no program can hold past its limit; presence
// that cannot be spoofed). See docs/sandbox-and-presence.md. ──

/**
 * How far past SANDBOX_TIME_LIMIT_MS a run may hold the room: the built-in meter charges every
 * heavy built-in before it runs, so the overrun is at most one bounded call and a report's worth
 * of work.
 */
export const SANDBOX_TIME_MARGIN_MS = 500
/**
 * Client ids one connection may announce presence for (a tab plus a few reconnect generations);
 * ids its own doc updates carry are always its own. MAX_AWARENESS_BYTES counts UTF-8 bytes.
 */
export const MAX_PRESENCE_IDS_PER_CONNECTION = 4
/**
 * Client ids a room remembers the owner of after the owner's socket dropped (so nobody else can
 * take them before it reconnects); past this, the longest-gone are forgotten first.
 */
export const MAX_REMEMBERED_PRESENCE_IDS = 10_000

// ── Real models (docs/models.md) ─────────────────────────────────────────────
/** Longest tool call a model may write as text; longer text is shown as text, not run. */
export const MAX_TEXT_CALL_CHARS = 100_000
/** Failed tool calls in a row (unknown tool, invalid after repair) before a turn ends. */
export const MAX_FAILED_CALLS_IN_A_ROW = 3
/** Largest viewport image a browser may attach to a prompt (JPEG bytes). */
export const MAX_VIEWPORT_IMAGE_BYTES = 300 * 1024
/** Longest side of that image, in pixels. */
export const MAX_VIEWPORT_IMAGE_PX = 1024
/** Token budget of the board description (approximated as characters / 4). */
export const BOARD_DESCRIPTION_TOKEN_BUDGET = 4_000
/** Edits people made since the last turn, kept per room for the next turn's description. */
export const MAX_TRACKED_EDITS = 200

/** Largest `POST …/agent` body: a prompt of MAX_PROMPT_CHARS, viewport and selection, and a base64 viewport image. */
export const MAX_TURN_BODY_BYTES = 64 * 1024 + Math.ceil(MAX_VIEWPORT_IMAGE_BYTES / 3) * 4

// ── Diagrams (create_diagram, layout_shapes; docs/diagrams.md) ──────────────────────────────────
/** Most nodes in one diagram (a 500-node layout takes well under a second; see the bench). */
export const MAX_DIAGRAM_NODES = 500
/** Most edges in one diagram. */
export const MAX_DIAGRAM_EDGES = 1_000
/** Least time between two re-layouts of a diagram while its call streams in. */
export const DIAGRAM_STREAM_RELAYOUT_MS = 120
/** Most shapes `layout_shapes` moves in one call. */
export const MAX_LAYOUT_SHAPES = 500
/** Most diagrams the model's board description lists with their structure. */
export const MAX_DESCRIBED_DIAGRAMS = 20
/** Longest structure (JSON) of one diagram in the board description; longer ones are cut to their first nodes. */
export const MAX_DESCRIBED_DIAGRAM_CHARS = 6_000
/**
 * Most characters of a diagram's structure (JSON) one shape keeps in its meta; a longer structure is
 * kept in parts on several of its shapes, since a record holds at most MAX_RECORD_TEXT_CHARS of text.
 */
export const DIAGRAM_SPEC_PART_CHARS = 8_000
// ---- Big boards (issue 12; docs/performance.md) ----

/**
 * Shapes a device puts into tldraw's store before the board first paints, nearest the view first;
 * the rest follow in chunks between frames. A board this size or smaller loads at once.
 */
export const FIRST_PAINT_SHAPES = 300
/** Time one deferred loading chunk aims to take (store put and render), so the editor keeps answering. */
export const LOAD_CHUNK_BUDGET_MS = 40
/**
 * Least share of the shapes already loaded that the next chunk adds: every chunk costs tldraw a
 * pass over everything loaded so far, so chunks grow with the board (about 16 for 10,000 shapes).
 */
export const LOAD_CHUNK_MIN_GROWTH = 0.25
/** Bounds of one deferred loading chunk, in shapes. */
export const LOAD_CHUNK_MIN_SHAPES = 50
export const LOAD_CHUNK_MAX_SHAPES = 2_000
/** Longest a deferred loading chunk waits for the page to be idle (tldraw starting, React drawing the last chunk) before it runs anyway. */
export const LOAD_IDLE_WAIT_MS = 1_000
/**
 * Most shapes a board's thumbnail is drawn from by tldraw's export (every shape to SVG in one
 * blocking pass); a bigger board's thumbnail is a sketch of its shapes' boxes (app/boards/boardThumbnail.ts).
 */
export const BOARD_THUMBNAIL_EXPORT_MAX_SHAPES = 300
/**
 * Quiet time after the camera moves before tldraw counts it as stopped (tldraw's
 * `cameraMovingTimeoutMs`, default 64 ms). Each stop re-runs hover hit-testing and re-subscribes
 * every shape to the zoom; a pan whose frames come slower than the timeout paid that every frame.
 */
export const CAMERA_MOVING_TIMEOUT_MS = 250
