import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseInvite, formatInvite, hasInvite, fragmentOf, InviteError } from '../app/invite.js'
import { gatewayOfPage } from '../app/main.js'

const ring = '0x61277b152bc084e47c4435d70e18864cf3d0e7ca'
const keyHex = '23f2aeff55fc0dc793bbccceda7aa86e3166758d374a3a99c1e1b5eee88cd4e6'

// As `ipfs ring invite club` prints it (plugin/commands InviteLink: Go's
// url.QueryEscape).
const goLink = `http://127.0.0.1:8090/ring/app/#v=1&ring=${ring}&chain=1337&gateway=http%3A%2F%2F127.0.0.1%3A8090&key=${keyHex}&name=club`

test('an invite printed by ipfs ring invite parses', () => {
  const inv = parseInvite(goLink)
  assert.equal(inv.ring, ring)
  assert.equal(inv.chain, 1337)
  assert.equal(inv.gateway, 'http://127.0.0.1:8090')
  assert.equal(inv.name, 'club')
  assert.equal(Buffer.from(inv.key).toString('hex'), keyHex)
  assert.equal(inv.key.length, 32)
})

test('format and parse round trip, from a link, a fragment or a bare fragment', () => {
  const inv = { ring, chain: 1337, gateway: 'https://ring.example:8443/base', key: keyHex, name: 'the club & co' }
  const link = formatInvite('https://chat.example/ipfs/bafy/#old', inv)
  assert.ok(link.startsWith('https://chat.example/ipfs/bafy/#v=1&ring='))
  for (const input of [link, '#' + fragmentOf(link), fragmentOf(link), `  ${link}\n`]) {
    const got = parseInvite(input)
    assert.equal(got.ring, ring)
    assert.equal(got.gateway, 'https://ring.example:8443/base')
    assert.equal(got.name, 'the club & co')
    assert.equal(formatInvite('https://chat.example/ipfs/bafy/', { ...got, key: got.key }), link)
  }
})

test('gateway defaults to the page\'s origin; checksummed and 0x keys are taken', () => {
  const inv = parseInvite(`#v=1&ring=0x61277B152Bc084E47C4435D70e18864CF3D0E7ca&chain=1&key=0x${keyHex.toUpperCase()}`, { origin: 'http://localhost:8090' })
  assert.equal(inv.gateway, 'http://localhost:8090')
  assert.equal(inv.ring, ring)
  assert.equal(inv.name, '')
  assert.equal(Buffer.from(inv.key).toString('hex'), keyHex)
  // Fields of a later version are ignored.
  assert.equal(parseInvite(goLink + '&theme=dark').name, 'club')
})

test('a malformed invite says what is wrong and what to do', () => {
  const base = { v: '1', ring, chain: '1337', gateway: 'http://127.0.0.1:8090', key: keyHex }
  const frag = (o) => '#' + Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')
  const cases = {
    'missing ring': { ...base, ring: undefined },
    'ring "0x1234" is not a 0x address': { ...base, ring: '0x1234' },
    'missing chain': { ...base, chain: undefined },
    'chain "0" is not a chain id': { ...base, chain: '0' },
    'chain "13x" is not a chain id': { ...base, chain: '13x' },
    'missing key': { ...base, key: undefined },
    'key is not 64 hex digits': { ...base, key: keyHex.slice(2) },
    'missing version': { ...base, v: undefined },
    'version v=2 is not one this page reads': { ...base, v: '2' },
    'gateway "ftp://x" is not an http(s) URL': { ...base, gateway: 'ftp://x' },
    'gateway "not a url" is not a URL': { ...base, gateway: 'not a url' },
    'missing gateway': { ...base, gateway: undefined }
  }
  for (const [want, o] of Object.entries(cases)) {
    assert.throws(() => parseInvite(frag(o)), (err) => {
      assert.ok(err instanceof InviteError, want)
      assert.ok(err.message.startsWith('The invite link is malformed: '), err.message)
      assert.ok(err.message.includes(want), `${err.message} should say ${want}`)
      assert.ok(err.message.endsWith('Ask for a new link.'), err.message)
      return true
    })
  }
  assert.throws(() => parseInvite(goLink + '&ring=' + ring), /ring is given twice/)
  assert.throws(() => parseInvite('#v=1&ring=%E0%A4%A'), /not properly URL-encoded/)
  assert.throws(() => parseInvite(''), /it is empty/)
  assert.throws(() => parseInvite('https://example.com/page'), /no #v=1/)
})

test('hasInvite tells a page opened without an invite from a broken one', () => {
  assert.equal(hasInvite('http://127.0.0.1:8090/ring/app/'), false)
  assert.equal(hasInvite('http://127.0.0.1:8090/ring/app/#'), false)
  assert.equal(hasInvite('http://127.0.0.1:8090/ring/app/#v=1'), true)
  assert.equal(hasInvite('#garbage'), true)
})

test('the page finds its own gateway at /ring/app/ and /ipfs/<cid>/', () => {
  const at = (href) => gatewayOfPage(new URL(href))
  assert.equal(at('http://127.0.0.1:8090/ring/app/'), 'http://127.0.0.1:8090')
  assert.equal(at('http://127.0.0.1:8090/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/'), 'http://127.0.0.1:8090')
  assert.equal(at('https://proxy.example/rings/ring/app/index.html'), 'https://proxy.example/rings')
  assert.equal(at('https://chat.example/'), 'https://chat.example')
  assert.equal(at('file:///tmp/index.html'), undefined)
})
