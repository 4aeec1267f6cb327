// Rings web client: everything a member's node does, in a browser, with
// nothing but a ring gateway. See web/README.md.

export { RingsError } from './errors.js'
export { toHex, fromHex, bytesOf, equal } from './bytes.js'
export { CID, encode, decode, cidOf, asCID, isLink, digestOf, cidFromDigest, checkBlock } from './codec.js'
export {
  checkLogNode, encodeLogNode, decodeLogNode, checkMessage, encodeMessage, decodeMessage, checkSession,
  checkRingEntry, encodeRingEntry, decodeRingEntry, blockOf,
  MAX_BODY_SIZE, MAX_LOG_NODE_SIZE, MAX_MESSAGE_SIZE, MAX_REFS
} from './schema.js'
export { aad, seal, open, KEY_SIZE, NONCE_SIZE, SEAL_OVERHEAD } from './seal.js'
export { sign, recover, addressOf } from './sign.js'
export {
  domainSeparator, logNodeClaim, logNodeDigest, flushDigest, ringEntryDigest, flushTypedData, logNodeTypedData,
  sessionDigest, sessionTypedData, sessionRevocationDigest, sessionRevocationTypedData,
  LOG_NODE_TYPE, FLUSH_TYPE, RING_ENTRY_TYPE, EIP712_DOMAIN_TYPE, SESSION_TYPE, SESSION_REVOCATION_TYPE
} from './eip712.js'
export { newSessionKey, buildSession, signSession, verifySession, sessionCovers, sessionJSON } from './session.js'
export { buildLogNode, signLogNode, verifyLogNode, checkNode, openLogNode } from './lognode.js'
export { verifyLog, blockGetter } from './verify.js'
export { buildFlush, signFlush, flushID, flushToRingParams } from './flush.js'
export { Gateway } from './gateway.js'
