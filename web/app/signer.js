// The two signers a person chooses between:
//
// - a page key: a secp256k1 key the page makes once and keeps in
//   IndexedDB; it signs log nodes and flushes itself;
// - a wallet (EIP-1193, e.g. MetaMask): one eth_signTypedData_v4 prompt for
//   an EIP-712 Session that delegates signing to a fresh session key the
//   page keeps; the session key then signs log nodes (which carry the
//   session) and flushes (sent with the session beside them).
//
// A signer is {kind, author, session, problemAt(ms), buildNode(fields),
// signFlush(domain, flush)}: buildNode seals, builds and signs a log node
// and returns {node, cid, bytes}; signFlush returns the Flush's signature
// and the session to send with it (null for a page key).

import {
  addressOf, recover, toHex, fromHex, equal, bytesOf,
  buildLogNode, signLogNode, signFlush,
  newSessionKey, buildSession, sessionTypedData, sessionDigest
} from '../lib/index.js'
import { keys } from './store.js'

/** SESSION_LIFETIME is how long a wallet's session lasts: 24 h. */
export const SESSION_LIFETIME = 24 * 3600
/** SESSION_SKEW backdates a session's notBefore, for clocks a little apart. */
export const SESSION_SKEW = 60
/** SESSION_MARGIN: a session this close to its expiry is renewed before use (s). */
export const SESSION_MARGIN = 120

/** WalletError says what went wrong with the wallet, in words for the page's notice. */
export class WalletError extends Error {
  constructor (message, { code, renew = false } = {}) {
    super(message)
    this.name = 'WalletError'
    this.code = code
    this.renew = renew
  }
}

const lower = (a) => toHex(bytesOf(a, 20))

/** loadPageKey returns the page's key {privateKey, address}, made and stored on first use. */
export async function loadPageKey (store, make = () => newSessionKey().privateKey) {
  const got = await store.get(keys.pageKey())
  if (got?.privateKey) return { privateKey: got.privateKey, address: lower(addressOf(got.privateKey)) }
  const privateKey = make()
  const address = lower(addressOf(privateKey))
  await store.put(keys.pageKey(), { privateKey, address, created: Date.now() })
  return { privateKey, address }
}

/** pageSigner signs with the page's own key. */
export function pageSigner ({ privateKey, address }) {
  return {
    kind: 'page',
    author: address,
    session: null,
    problemAt: () => null,
    buildNode: (fields) => signLogNode(buildLogNode({ ...fields, author: address }), privateKey),
    signFlush: (domain, flush) => ({ sig: signFlush(domain, flush, privateKey), session: null })
  }
}

/**
 * sessionSigner signs with a wallet's session key: record is what
 * connectWallet stored, {author, privateKey, session: {key, notBefore,
 * expiry, sig}}.
 */
export function sessionSigner (record) {
  const { author, privateKey, session } = record
  return {
    kind: 'wallet',
    author,
    session,
    problemAt: (ms) => sessionProblem(session, ms),
    buildNode: (fields) => signLogNode(buildLogNode({ ...fields, author, session }), privateKey),
    signFlush: (domain, flush) => ({ sig: signFlush(domain, flush, privateKey, session), session })
  }
}

/**
 * sessionProblem says why session cannot sign at ms (unix ms): not yet
 * valid, expired or about to expire; null when it can.
 */
export function sessionProblem (session, ms) {
  const s = Math.floor(ms / 1000)
  if (s < session.notBefore) return `Your wallet session starts at ${clock(session.notBefore)}; your clock or the wallet's is off.`
  if (s > session.expiry - SESSION_MARGIN) return `Your wallet session ${s > session.expiry ? 'expired' : 'expires'} at ${clock(session.expiry)}. Click “Use wallet” to sign a new one (one prompt); your unsent messages are kept.`
  return null
}

function clock (unix) {
  return new Date(unix * 1000).toLocaleString()
}

async function request (provider, method, params) {
  try {
    return await provider.request(params === undefined ? { method } : { method, params })
  } catch (err) {
    throw walletError(method, err)
  }
}

function walletError (method, err) {
  const code = err?.code
  switch (code) {
    case 4001:
      return new WalletError('You declined the request in your wallet. Click “Use wallet” to try again, or “Use a page key”.', { code })
    case 4100:
      return new WalletError('Your wallet did not let this page use the account: unlock it, allow this page, and click “Use wallet” again.', { code })
    case -32002:
      return new WalletError('Your wallet already has a request from this page open: finish it in the wallet.', { code })
  }
  return new WalletError(`Your wallet refused ${method}: ${err?.message ?? err}. Check the wallet and click “Use wallet” again.`, { code })
}

/** findWallet returns window.ethereum, else the first EIP-6963 provider announced within wait ms, else null. */
export async function findWallet (win = globalThis, wait = 200) {
  if (win.ethereum?.request) return win.ethereum
  if (!win.addEventListener) return null
  return new Promise((resolve) => {
    const on = (ev) => {
      if (ev.detail?.provider?.request) {
        win.removeEventListener('eip6963:announceProvider', on)
        resolve(ev.detail.provider)
      }
    }
    win.addEventListener('eip6963:announceProvider', on)
    win.dispatchEvent(new win.Event('eip6963:requestProvider'))
    setTimeout(() => { win.removeEventListener('eip6963:announceProvider', on); resolve(null) }, wait)
  })
}

/**
 * connectWallet asks provider for the account and its chain, switches the
 * wallet to the ring's chain (MetaMask signs typed data only for its
 * active chain), has it sign ONE Session delegating to a fresh session key,
 * checks the signature and returns {author, privateKey, session}. now is
 * unix ms. It throws WalletError.
 */
export async function connectWallet ({ provider, ring, chain, now = Date.now(), lifetime = SESSION_LIFETIME }) {
  if (!provider) throw new WalletError('No wallet found in this browser. Install one (e.g. MetaMask), or click “Use a page key”.')
  const accounts = await request(provider, 'eth_requestAccounts')
  if (!Array.isArray(accounts) || typeof accounts[0] !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(accounts[0])) {
    throw new WalletError('Your wallet gave no account: unlock it, allow this page, and click “Use wallet” again.')
  }
  const author = accounts[0].toLowerCase()
  await ensureChain(provider, chain)

  const { privateKey, address } = newSessionKey()
  const notBefore = Math.floor(now / 1000) - SESSION_SKEW
  const session = buildSession({ key: address, notBefore, expiry: notBefore + SESSION_SKEW + lifetime })
  const domain = { chainId: chain, ring }
  const typed = sessionTypedData(domain, author, session)
  const sigHex = await request(provider, 'eth_signTypedData_v4', [author, JSON.stringify(typed)])
  let sig
  try {
    sig = fromHex(String(sigHex), 65)
  } catch {
    throw new WalletError('Your wallet answered with something that is not a signature. Click “Use wallet” to try again.')
  }
  if (sig[64] < 27) sig[64] += 27 // some wallets answer v = 0/1
  let signer = null
  try {
    signer = recover(sessionDigest(domain, author, session), sig)
  } catch { /* refused below */ }
  if (!signer || !equal(signer, bytesOf(author, 20))) {
    throw new WalletError(`Your wallet signed the session with another account than ${author}. Select that account in the wallet and click “Use wallet” again.`)
  }
  return { author, privateKey, session: { ...session, sig } }
}

/**
 * ensureChain makes the wallet's active chain the ring's: if it is
 * another, it asks wallet_switchEthereumChain, and if that fails says
 * which chain to switch to.
 */
export async function ensureChain (provider, chain) {
  const active = parseChain(await request(provider, 'eth_chainId'))
  if (active === chain) return
  const hex = '0x' + chain.toString(16)
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex }] })
  } catch (err) {
    if (err?.code === 4001) throw new WalletError(`This ring is on chain id ${chain} (${hex}) and your wallet is on ${active ?? 'another'}; you declined the switch. Switch your wallet to chain id ${chain} and click “Use wallet” again.`, { code: 4001 })
    throw new WalletError(`This ring is on chain id ${chain} (${hex}) and your wallet is on chain id ${active ?? '?'}; it could not switch (${err?.message ?? err}). Switch your wallet to chain id ${chain} — add that network to it if needed — and click “Use wallet” again. (A wallet signs only for its active chain.)`, { code: err?.code })
  }
  const now = parseChain(await request(provider, 'eth_chainId'))
  if (now !== chain) throw new WalletError(`Your wallet is still on chain id ${now ?? '?'}: switch it to chain id ${chain} (${hex}) and click “Use wallet” again.`)
}

function parseChain (v) {
  const n = typeof v === 'number' ? v : Number.parseInt(String(v), String(v).startsWith('0x') ? 16 : 10)
  return Number.isSafeInteger(n) ? n : null
}
