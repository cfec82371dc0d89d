/**
 * Every bound Sketchroom enforces, in one place, so the room, the browser, the tests and the README
 * quote the same numbers (DESIGN.md "Limits").
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

/** The code sandbox (DESIGN.md "The code sandbox"). */
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
/** Largest `POST …/agent` body: a prompt of MAX_PROMPT_CHARS plus viewport and selection, with room to spare. */
export const MAX_TURN_BODY_BYTES = 64 * 1024
