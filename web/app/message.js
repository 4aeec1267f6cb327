// The chat's Message conventions (docs/protocol.md, "Messages" and "The
// chat page"): a chat line is {app: "chat", domain: "ring", type:
// "chat.message", payload: {txt: "…"}}. The page also shows what
// `ipfs ring append` writes ({app: "ipfs-ring", type: "text"}, the text as
// the payload), so a member at the command line takes part.

export const CHAT_APP = 'chat'
export const CHAT_DOMAIN = 'ring'
export const CHAT_TYPE = 'chat.message'

/** MAX_TEXT bounds a chat line (characters), far below the body limit. */
export const MAX_TEXT = 4000

/** chatMessage returns the Message of a chat line. */
export function chatMessage (text) {
  return { app: CHAT_APP, domain: CHAT_DOMAIN, type: CHAT_TYPE, payload: { txt: String(text) } }
}

/**
 * textOf returns what the page shows for an opened Message: {text, kind}
 * with kind "chat" (a chat line or a CLI text), or "other" (another app's
 * message, shown by its app and type, never its payload).
 */
export function textOf (m) {
  if (m.app === CHAT_APP && m.type === CHAT_TYPE && isMap(m.payload) && typeof m.payload.txt === 'string') {
    return { text: m.payload.txt, kind: 'chat' }
  }
  if (m.app === 'ipfs-ring' && m.type === 'text' && typeof m.payload === 'string') {
    return { text: m.payload, kind: 'chat' }
  }
  return { text: `(a ${m.app} ${m.type} message this page does not show)`, kind: 'other' }
}

function isMap (v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
}
